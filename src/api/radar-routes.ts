/** Radar BGP routes (CONTRACT section 3). */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet } from './client';

const pfx2asSchema = z.object({
  meta: z.object({
    data_time: z.string(),
    query_time: z.string(),
    total_peers: z.number(),
  }),
  prefix_origins: z.array(
    z.object({
      origin: z.number(),
      peer_count: z.number(),
      prefix: z.string(),
      rpki_validation: z.string(),
    }),
  ),
});

export interface Pfx2AsParams {
  prefix?: string;
  origin?: number;
  /** With an address or a more-specific prefix, answer the covering prefix in the table. */
  longestPrefixMatch?: boolean;
}

export const pfx2asQuery = (params: Pfx2AsParams) =>
  queryOptions({
    queryKey: ['radar', 'pfx2as', params],
    queryFn: ({ signal }) =>
      apiGet('/client/v4/radar/bgp/routes/pfx2as', {
        schema: pfx2asSchema,
        signal,
        query: { ...params },
      }),
  });

const realtimeSchema = z.object({
  meta: z.object({
    asn_info: z.array(
      z.object({
        asn: z.number(),
        as_name: z.string(),
        country_code: z.string(),
        org_id: z.string(),
        org_name: z.string(),
      }),
    ),
    collectors: z.array(
      z.object({
        collector: z.string(),
        latest_realtime_ts: z.string(),
        latest_rib_ts: z.string(),
        latest_updates_ts: z.string(),
        peers_count: z.number(),
        peers_v4_count: z.number(),
        peers_v6_count: z.number(),
      }),
    ),
    data_time: z.string(),
    query_time: z.string(),
    prefix_origins: z.array(
      z.object({
        origin: z.number(),
        prefix: z.string(),
        // A free string in the spec ("valid, invalid, unknown", casing unspecified): kept raw.
        rpki_validation: z.string(),
        total_peers: z.number(),
        total_visible: z.number(),
        visibility: z.number(),
      }),
    ),
  }),
  routes: z.array(
    z.object({
      /** Collector peer first, origin last. */
      as_path: z.array(z.number()),
      collector: z.string(),
      communities: z.array(z.string()),
      prefix: z.string(),
      timestamp: z.string(),
    }),
  ),
});

export type Realtime = z.infer<typeof realtimeSchema>;
export type PrefixOrigin = Realtime['meta']['prefix_origins'][number];

export const realtimeQuery = (prefix: string) =>
  queryOptions({
    queryKey: ['radar', 'routes-realtime', { prefix }],
    queryFn: ({ signal }) =>
      apiGet('/client/v4/radar/bgp/routes/realtime', {
        schema: realtimeSchema,
        signal,
        query: { prefix },
      }),
  });
