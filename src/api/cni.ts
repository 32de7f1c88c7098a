/**
 * Network Interconnects (CONTRACT section 6). These endpoints answer bare objects, no v4 envelope,
 * and page with `cursor` + `limit` answered by `next`.
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { accountPath, cniGet } from './client';

export const interconnectSchema = z.object({
  name: z.string(),
  type: z.string(),
  account: z.string().nullish(),
  site: z.string().nullish(),
  region: z.string().nullish(),
  speed: z.string().nullish(),
  slot_id: z.string().nullish(),
  facility: z.object({ name: z.string(), address: z.array(z.string()) }).nullish(),
  owner: z.string().nullish(),
});

/** `state` is Pending | Down | Unhealthy | Healthy today; other strings are kept and shown raw. */
export const interconnectStatusSchema = z.object({
  state: z.string(),
  reason: z.string().nullish(),
});

const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next: z.number().nullish() });

export type Interconnect = z.infer<typeof interconnectSchema>;
export type InterconnectStatus = z.infer<typeof interconnectStatusSchema>;

/** Safety stop for a cursor that never ends; far above any real account's interconnect count. */
const MAX_PAGES = 50;

async function listAllInterconnects(accountId: string, signal: AbortSignal) {
  const items: Interconnect[] = [];
  let cursor: number | null | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await cniGet(accountPath(accountId, '/cni/interconnects'), {
      schema: pageSchema(interconnectSchema),
      signal,
      query: { cursor },
    });
    items.push(...body.items);
    // A repeated or missing cursor means the list is complete.
    if (body.next == null || body.next === cursor || body.items.length === 0) break;
    cursor = body.next;
  }
  return items;
}

export const interconnectsQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['cni', 'interconnects', { accountId }],
    queryFn: ({ signal }) => listAllInterconnects(accountId, signal),
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
