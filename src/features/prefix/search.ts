/**
 * The prefix page's view state, all of it in the URL so a link reproduces the view. Every field
 * falls back on bad input (a hand-edited URL shows the default view, not an error) and defaults are
 * left out of the URL, so `/prefix/1.1.1.0/24` stays the canonical link.
 */
import { z } from 'zod';
import { parseAsn } from '../../lib/asn';
import { SORT_KEYS } from './routes-model';

export const TABS = ['routes', 'paths', 'checks'] as const;
export type Tab = (typeof TABS)[number];

const asnParam = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const r = parseAsn(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.reason });
    return z.NEVER;
  }
  return r.value;
});

export const prefixSearchSchema = z.object({
  tab: z.enum(TABS).optional().catch(undefined),
  /** Only routes from this collector. */
  collector: z.string().min(1).max(64).optional().catch(undefined),
  /** Only routes whose path contains this AS; also the AS selected in the path graph. */
  as: asnParam.optional().catch(undefined),
  /** Only routes with this community (raw `asn:value` or a well-known name such as NO_EXPORT). */
  community: z.string().min(1).max(64).optional().catch(undefined),
  sort: z.enum(SORT_KEYS).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
  /** Auto-refresh on; opt-in because each refresh costs an API request. */
  live: z.boolean().optional().catch(undefined),
});

export type PrefixSearch = z.infer<typeof prefixSearchSchema>;
