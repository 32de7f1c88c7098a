/**
 * The prefix page's view state, all of it in the URL so a link reproduces the view. Every field
 * falls back on bad input (a hand-edited URL shows the default view, not an error) and defaults are
 * left out of the URL, so `/prefix/1.1.1.0/24` stays the canonical link.
 */
import * as z from 'zod/mini';
import { parseAsn } from '../../lib/asn';
import { SORT_KEYS } from './routes-model';

export const TABS = ['routes', 'paths', 'checks'] as const;
export type Tab = (typeof TABS)[number];

/** An optional value that falls back to "absent" when it does not fit. */
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const asnParam = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((v, ctx) => {
    const r = parseAsn(v);
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: r.reason, input: v });
      return z.NEVER;
    }
    return r.value;
  }),
);

export const prefixSearchSchema = z.object({
  tab: optional(z.enum(TABS)),
  /** Only routes from this collector. */
  collector: optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** Only routes whose path contains this AS; also the AS selected in the path graph. */
  as: optional(asnParam),
  /** Only routes with this community (raw `asn:value` or a well-known name such as NO_EXPORT). */
  community: optional(z.string().check(z.minLength(1), z.maxLength(64))),
  sort: optional(z.enum(SORT_KEYS)),
  dir: optional(z.enum(['asc', 'desc'])),
  /** Auto-refresh on; opt-in because each refresh costs an API request. */
  live: optional(z.boolean()),
});

export type PrefixSearch = z.infer<typeof prefixSearchSchema>;
