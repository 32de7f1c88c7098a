/**
 * Network Interconnects (CONTRACT section 6). These endpoints answer bare objects, no v4 envelope,
 * and page with `cursor` + `limit` answered by `next`.
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { accountPath, apiBlob, apiSend, cniGet } from './client';

const interconnectSchema = z.object({
  name: z.string(),
  type: z.string(),
  account: z.nullish(z.string()),
  site: z.nullish(z.string()),
  region: z.nullish(z.string()),
  speed: z.nullish(z.string()),
  slot_id: z.nullish(z.string()),
  facility: z.nullish(z.object({ name: z.string(), address: z.array(z.string()) })),
  owner: z.nullish(z.string()),
  ccr_device_name: z.nullish(z.string()),
  virtual_port_reservation_id: z.nullish(z.string()),
});

/** `state` is Pending | Down | Unhealthy | Healthy today; other strings are kept and shown raw. */
const interconnectStatusSchema = z.object({
  state: z.string(),
  reason: z.nullish(z.string()),
});

const pageSchema = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), next: z.nullish(z.number()) });

export type Interconnect = z.infer<typeof interconnectSchema>;
export type InterconnectStatus = z.infer<typeof interconnectStatusSchema>;

/** Safety stop for a cursor that never ends; far above any real account's interconnect count. */
const MAX_PAGES = 50;

/** Follows the `next` cursor of a bare CNI list until it ends, for lists small enough to hold. */
async function listAllPages<T extends z.ZodMiniType>(
  path: string,
  item: T,
  signal: AbortSignal,
): Promise<z.infer<T>[]> {
  const items: z.infer<T>[] = [];
  let cursor: number | null | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await cniGet(path, { schema: pageSchema(item), signal, query: { cursor } });
    items.push(...(body.items as z.infer<T>[]));
    // A repeated or missing cursor means the list is complete.
    if (body.next == null || body.next === cursor || body.items.length === 0) break;
    cursor = body.next;
  }
  return items;
}

export const interconnectsQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['cni', 'interconnects', { accountId }],
    queryFn: ({ signal }) =>
      listAllPages(accountPath(accountId, '/cni/interconnects'), interconnectSchema, signal),
  });

export const interconnectStatusQuery = (accountId: string, name: string) =>
  queryOptions({
    queryKey: ['cni', 'interconnect-status', { accountId, name }],
    queryFn: ({ signal }) =>
      cniGet(accountPath(accountId, `/cni/interconnects/${encodeURIComponent(name)}/status`), {
        schema: interconnectStatusSchema,
        signal,
      }),
  });

export const interconnectQuery = (accountId: string, name: string) =>
  queryOptions({
    queryKey: ['cni', 'interconnect', { accountId, name }],
    queryFn: ({ signal }) =>
      cniGet(accountPath(accountId, `/cni/interconnects/${encodeURIComponent(name)}`), {
        schema: interconnectSchema,
        signal,
      }),
  });

/** LOA PDF of a physical interconnect; `name` replaces the account name on the letter (≤ 200 chars). */
export function fetchLoa(accountId: string, icon: string, name?: string): Promise<Blob> {
  return apiBlob(accountPath(accountId, `/cni/interconnects/${encodeURIComponent(icon)}/loa`), {
    query: { name },
  });
}

const facilitySchema = z.object({ name: z.string(), address: z.array(z.string()) });

const slotSchema = z.object({
  id: z.string(),
  facility: facilitySchema,
  occupied: z.boolean(),
  site: z.string(),
  speed: z.string(),
  account: z.nullish(z.string()),
  ccr_device_name: z.nullish(z.string()),
});

export type Slot = z.infer<typeof slotSchema>;

/** The slot list's API filters; absent means "any". */
export interface SlotFilters {
  site?: string;
  speed?: string;
  occupied?: boolean;
  address_contains?: string;
}

/** One page per request; the API gives no total, so pages are fetched as the user asks for more. */
const SLOT_PAGE_SIZE = 25;

export const slotsInfiniteQuery = (accountId: string, filters: SlotFilters) =>
  infiniteQueryOptions({
    queryKey: ['cni', 'slots', { accountId, ...filters, limit: SLOT_PAGE_SIZE }],
    initialPageParam: null as number | null,
    queryFn: ({ signal, pageParam }) =>
      cniGet(accountPath(accountId, '/cni/slots'), {
        schema: pageSchema(slotSchema),
        signal,
        query: { ...filters, cursor: pageParam, limit: SLOT_PAGE_SIZE },
      }),
    // `next` is the cursor of the following page (CONTRACT 6: inferred from the name); a repeated
    // cursor or an empty page ends the list so a misbehaving server cannot loop us.
    getNextPageParam: (last, _all, lastParam) =>
      last.next == null || last.next === lastParam || last.items.length === 0
        ? undefined
        : last.next,
  });

const cniSchema = z.object({
  id: z.string(),
  account: z.string(),
  cust_ip: z.string(),
  p2p_ip: z.string(),
  interconnect: z.string(),
  magic: z.object({ conduit_name: z.string(), description: z.string(), mtu: z.number() }),
  bgp: z.nullish(
    z.object({
      customer_asn: z.number(),
      extra_prefixes: z.array(z.string()),
      md5_key: z.nullish(z.string()),
    }),
  ),
  bgp_mode: z.nullish(z.string()),
});

export type Cni = z.infer<typeof cniSchema>;

/** Every CNI of the account (the API cannot filter by interconnect, so pages filter locally). */
export const cnisQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['cni', 'cnis', { accountId }],
    queryFn: ({ signal }) => listAllPages(accountPath(accountId, '/cni/cnis'), cniSchema, signal),
  });

export const cniQuery = (accountId: string, id: string) =>
  queryOptions({
    queryKey: ['cni', 'cni', { accountId, id }],
    queryFn: ({ signal }) =>
      cniGet(accountPath(accountId, `/cni/cnis/${encodeURIComponent(id)}`), {
        schema: cniSchema,
        signal,
      }),
  });

const cniPath = (accountId: string, id?: string) =>
  accountPath(accountId, id ? `/cni/cnis/${encodeURIComponent(id)}` : '/cni/cnis');

export const createCni = (accountId: string, body: unknown) =>
  apiSend('POST', cniPath(accountId), body, cniSchema, { raw: true });

/** PUT replaces the whole CNI: send every field. */
export const updateCni = (accountId: string, id: string, body: unknown) =>
  apiSend('PUT', cniPath(accountId, id), body, cniSchema, { raw: true });

/** The contract gives DELETE no body schema: whatever comes back is ignored. */
export const deleteCni = (accountId: string, id: string) =>
  apiSend('DELETE', cniPath(accountId, id), undefined, z.unknown(), { raw: true });

const cniSettingsSchema = z.object({ default_asn: z.number() });

export const cniSettingsQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['cni', 'settings', { accountId }],
    queryFn: ({ signal }) =>
      cniGet(accountPath(accountId, '/cni/settings'), { schema: cniSettingsSchema, signal }),
  });

export const updateCniSettings = (accountId: string, defaultAsn: number) =>
  apiSend(
    'PUT',
    accountPath(accountId, '/cni/settings'),
    { default_asn: defaultAsn },
    cniSettingsSchema,
    {
      raw: true,
    },
  );
