/**
 * BYOIP addressing (CONTRACT section 4): IP prefixes and the BGP prefixes inside them. Every field is
 * optional in the SDK's types, so the schemas only require what routedeck cannot work without.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { accountPath, apiGet, apiSend } from './client';

const prefixSchema = z.object({
  id: z.string(),
  cidr: z.string(),
  asn: z.nullish(z.number()),
  description: z.nullish(z.string()),
  approved: z.nullish(z.string()),
  created_at: z.nullish(z.string()),
  modified_at: z.nullish(z.string()),
  rpki_validation_state: z.nullish(z.string()),
  irr_validation_state: z.nullish(z.string()),
  ownership_validation_state: z.nullish(z.string()),
});

export const bgpPrefixSchema = z.object({
  id: z.string(),
  cidr: z.string(),
  asn: z.nullish(z.number()),
  asn_prepend_count: z.nullish(z.number()),
  auto_advertise_withdraw: z.nullish(z.boolean()),
  created_at: z.nullish(z.string()),
  modified_at: z.nullish(z.string()),
  on_demand: z.nullish(
    z.object({
      /** Non-null only when on-demand advertisement is enabled (CONTRACT 4). */
      advertised: z.nullish(z.boolean()),
      advertised_modified_at: z.nullish(z.string()),
      on_demand_enabled: z.nullish(z.boolean()),
      on_demand_locked: z.nullish(z.boolean()),
    }),
  ),
});

export type IpPrefix = z.infer<typeof prefixSchema>;
export type BgpPrefix = z.infer<typeof bgpPrefixSchema>;

export type AdvertisementState = 'advertised' | 'withdrawn' | 'not-on-demand';

/** What a BGP prefix's on-demand block says about its advertisement. */
export function advertisementState(p: BgpPrefix): AdvertisementState {
  const od = p.on_demand;
  if (!od || od.on_demand_enabled === false || od.advertised == null) return 'not-on-demand';
  return od.advertised ? 'advertised' : 'withdrawn';
}

export const prefixesQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['addressing', 'prefixes', { accountId }],
    queryFn: ({ signal }) =>
      apiGet(accountPath(accountId, '/addressing/prefixes'), {
        schema: z.array(prefixSchema),
        signal,
      }),
  });

export const bgpPrefixesQuery = (accountId: string, prefixId: string) =>
  queryOptions({
    queryKey: ['addressing', 'bgp-prefixes', { accountId, prefixId }],
    queryFn: ({ signal }) =>
      apiGet(
        accountPath(accountId, `/addressing/prefixes/${encodeURIComponent(prefixId)}/bgp/prefixes`),
        { schema: z.array(bgpPrefixSchema), signal },
      ),
  });

const bgpPrefixPath = (accountId: string, prefixId: string, bgpPrefixId: string) =>
  accountPath(
    accountId,
    `/addressing/prefixes/${encodeURIComponent(prefixId)}/bgp/prefixes/${encodeURIComponent(bgpPrefixId)}`,
  );

export const bgpPrefixQuery = (accountId: string, prefixId: string, bgpPrefixId: string) =>
  queryOptions({
    queryKey: ['addressing', 'bgp-prefixes', { accountId, prefixId }, bgpPrefixId],
    queryFn: ({ signal }) =>
      apiGet(bgpPrefixPath(accountId, prefixId, bgpPrefixId), { schema: bgpPrefixSchema, signal }),
  });

/**
 * The three PATCH bodies of CONTRACT section 4, one field per request so a confirmation names
 * exactly one change: `{"on_demand":{"advertised":true}}`, `{"asn_prepend_count":2}`,
 * `{"auto_advertise_withdraw":true}`.
 */
export type BgpPrefixEdit =
  | { on_demand: { advertised: boolean } }
  | { asn_prepend_count: 0 | 1 | 2 | 3 }
  | { auto_advertise_withdraw: boolean };

/** One PATCH; the answer is the BGP prefix as the server now has it. Never retried (query-client). */
export const editBgpPrefix = (
  accountId: string,
  prefixId: string,
  bgpPrefixId: string,
  body: BgpPrefixEdit,
) => apiSend('PATCH', bgpPrefixPath(accountId, prefixId, bgpPrefixId), body, bgpPrefixSchema);
