/**
 * `/api/audit`: the server's log of every mutation sent through it, newest first (routedeck's own
 * endpoint, bare JSON). The BYOIP change journal reads it, so the journal is shared by everyone
 * using the same server and survives reloads and restarts.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { VerdictRecord } from '../lib/verdict-record';
import { apiGet, apiSend } from './client';

const auditEntrySchema = z.object({
  time: z.string(),
  mode: z.string(),
  method: z.string(),
  path: z.string(),
  body: z.unknown(),
  status: z.number(),
  cfRay: z.nullish(z.string()),
  /** The signed-in user (basic auth), when the server knows one. */
  user: z.nullish(z.string()),
  before: z.optional(z.unknown()),
  result: z.optional(z.unknown()),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuery = (limit: number) =>
  queryOptions({
    queryKey: ['app', 'audit', { limit }],
    queryFn: ({ signal }) =>
      apiGet('/api/audit', {
        schema: z.array(auditEntrySchema),
        signal,
        raw: true,
        query: { limit },
      }),
    // Other people using the same server change things too: keep the journal current.
    staleTime: 10_000,
  });

/** A final verification verdict, recorded in the server's journal for everyone using it. */
export const postVerdict = (v: VerdictRecord) =>
  apiSend('POST', '/api/audit/verdicts', v, auditEntrySchema, { raw: true });
