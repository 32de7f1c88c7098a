/**
 * BYOIP addressing (CONTRACT section 4): IP prefixes and the BGP prefixes inside them. Every field is
 * optional in the SDK's types, so the schemas only require what routedeck cannot work without.
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { accountPath, apiGet, apiSend } from './client';

const prefixSchema = z.object({
  id: z.string(),
  cidr: z.string(),
  asn: z.number().nullish(),
  description: z.string().nullish(),
  approved: z.string().nullish(),
  created_at: z.string().nullish(),
  modified_at: z.string().nullish(),
  rpki_validation_state: z.string().nullish(),
  irr_validation_state: z.string().nullish(),
  ownership_validation_state: z.string().nullish(),
});

export const bgpPrefixSchema = z.object({
  id: z.string(),
  cidr: z.string(),
  asn: z.number().nullish(),
  asn_prepend_count: z.number().nullish(),
  auto_advertise_withdraw: z.boolean().nullish(),
  created_at: z.string().nullish(),
  modified_at: z.string().nullish(),
  on_demand: z
    .object({
      /** Non-null only when on-demand advertisement is enabled (CONTRACT 4). */
      advertised: z.boolean().nullish(),
      advertised_modified_at: z.string().nullish(),
      on_demand_enabled: z.boolean().nullish(),
      on_demand_locked: z.boolean().nullish(),
    })
    .nullish(),
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
