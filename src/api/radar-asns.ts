/** Radar AS entities: relationships and the AS itself (CONTRACT section 2). */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { ApiError, apiGet } from './client';

const relSchema = z.object({
  asn1: z.number(),
  asn1_country: z.string(),
  asn1_name: z.string(),
  asn2: z.number(),
  asn2_country: z.string(),
  asn2_name: z.string(),
  // Documented only as a string: unknown values are kept and shown raw.
  rel: z.string(),
});

const asnRelsSchema = z.object({
  meta: z.object({
    data_time: z.string(),
    query_time: z.string(),
    total_peers: z.number(),
  }),
  rels: z.array(relSchema),
});

export type AsnRel = z.infer<typeof relSchema>;
export type AsnRels = z.infer<typeof asnRelsSchema>;

/** Only the fields routedeck shows; the rest of the entity (related, estimatedUsers...) may vary. */
const asnInfoSchema = z.object({
  asn: z.object({
    asn: z.number(),
    name: z.string(),
    country: z.string(),
    countryName: z.optional(z.string()),
    orgName: z.optional(z.string()),
    source: z.optional(z.string()),
  }),
});

export type AsnInfo = z.infer<typeof asnInfoSchema>['asn'];

const relPath = (asn: number) => `/client/v4/radar/entities/asns/${asn}/rel`;

export const asnRelsQuery = (asn: number, asn2?: number) =>
  queryOptions({
    queryKey: ['radar', 'asn-rels', { asn, asn2 }],
    queryFn: ({ signal }) =>
      apiGet(relPath(asn), { schema: asnRelsSchema, signal, query: { asn2 } }),
  });

/**
 * The AS itself. Radar answers 404 for an AS it has no entity for, which is not an error for the
 * relationships page (the AS may still have relationships), so 404 reads as `null`.
 */
export const asnInfoQuery = (asn: number) =>
  queryOptions({
    queryKey: ['radar', 'asn', { asn }],
    queryFn: async ({ signal }): Promise<AsnInfo | null> => {
      try {
        const body = await apiGet(`/client/v4/radar/entities/asns/${asn}`, {
          schema: asnInfoSchema,
          signal,
        });
        return body.asn;
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
