/**
 * `/api/session`: which backend answers (live proxy or demo stand-in), the account, read-only mode
 * and, in demo mode, the data sources to credit. routedeck's own endpoint, so no v4 envelope.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet } from './client';

const dataSourceSchema = z.object({
  name: z.string(),
  description: z.string(),
  licence: z.string(),
  url: z.string(),
  /** The credit line as the source asks for it, e.g. "IP Geolocation by DB-IP". */
  attribution: z.string(),
});

const sessionSchema = z.object({
  mode: z.enum(['live', 'demo']),
  accountId: z.string(),
  readOnly: z.boolean(),
  /** Why changes are refused: READ_ONLY on the server, or this person is not a writer (Workers). */
  readOnlyReason: z.optional(z.string()),
  version: z.string(),
  /** Demo mode only: the shipped datasets, to be credited in the UI. */
  dataSources: z.array(dataSourceSchema),
  /** Demo only: the stand-in's clock speed-up (STANDIN_TIME_SCALE); 1 against Cloudflare. */
  timeScale: z._default(z.number().check(z.positive()), 1),
});

export type DataSource = z.infer<typeof dataSourceSchema>;

export const sessionQuery = () =>
  queryOptions({
    queryKey: ['app', 'session'],
    queryFn: ({ signal }) => apiGet('/api/session', { schema: sessionSchema, signal, raw: true }),
    // The mode and account cannot change while the server runs.
    staleTime: Infinity,
  });
