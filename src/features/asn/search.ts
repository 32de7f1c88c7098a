/**
 * The page's URL state. Each field falls back on its own when a pasted link carries a bad value,
 * so one typo does not throw away the rest of a shared view.
 */
import { z } from 'zod';
import { parseAsn } from '../../lib/asn';
import type { Sort } from './neighbours';

const SORTS = [
  'asn',
  '-asn',
  'name',
  '-name',
  'country',
  '-country',
  'rel',
  '-rel',
] as const satisfies readonly Sort[];

const asnParam = z
  .union([z.string(), z.number()])
  .transform((v, ctx) => {
    const r = parseAsn(v);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.reason });
    return z.NEVER;
  })
  .optional()
  .catch(undefined);

export const asnSearchSchema = z.object({
  view: z.enum(['both', 'graph', 'table']).optional().catch(undefined),
  rel: z.enum(['all', 'provider', 'peer', 'customer', 'other']).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  // The router reads `?q=6939` as a number: a text filter may be digits only.
  q: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().max(100))
    .optional()
    .catch(undefined),
  node: asnParam,
  asn2: asnParam,
  sort: z.enum(SORTS).optional().catch(undefined),
});

export type AsnSearch = z.infer<typeof asnSearchSchema>;
export type AsnView = NonNullable<AsnSearch['view']>;
