/**
 * The page's URL state. Each field falls back on its own when a pasted link carries a bad value,
 * so one typo does not throw away the rest of a shared view.
 */
import * as z from 'zod/mini';
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

/** An optional value that falls back to "absent" when it does not fit. */
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const asnParam = optional(
  z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v, ctx) => {
      const r = parseAsn(v);
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', message: r.reason, input: v });
      return z.NEVER;
    }),
  ),
);

export const asnSearchSchema = z.object({
  view: optional(z.enum(['both', 'graph', 'table'])),
  rel: optional(z.enum(['all', 'provider', 'peer', 'customer', 'other'])),
  country: optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  // The router reads `?q=6939` as a number: a text filter may be digits only.
  q: optional(
    z.pipe(
      z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
      z.string().check(z.maxLength(100)),
    ),
  ),
  node: asnParam,
  asn2: asnParam,
  sort: optional(z.enum(SORTS)),
});

export type AsnSearch = z.infer<typeof asnSearchSchema>;
export type AsnView = NonNullable<AsnSearch['view']>;
