/**
 * The traceroute form in the URL, so a link prefills it (it never runs by itself). Every field
 * falls back to its default on bad input; colos keep only real codes that can run traceroutes.
 */
import * as z from 'zod/mini';
import { coloOf } from '../../lib/colos';
import { PACKET_TYPES } from '../../lib/traceroute-schema';

/** An optional value that falls back to "absent" when it does not fit. */
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const int = (min: number, max: number) =>
  optional(z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max)));

const colosParam = z.pipe(
  z.string().check(z.maxLength(4000)),
  z.transform((v) => {
    const codes = v
      .split(',')
      .map((c) => c.trim().toLowerCase())
      .filter((c) => coloOf(c)?.code === c && coloOf(c)?.countryCode !== 'CN');
    return codes.length ? [...new Set(codes)].join(',') : undefined;
  }),
);

export const tracerouteSearchSchema = z.object({
  /** Comma-separated, as typed: a bad target is shown with its reason, not silently dropped. */
  targets: optional(z.string().check(z.maxLength(2000))),
  colos: optional(colosParam),
  packet_type: optional(z.enum(PACKET_TYPES)),
  max_ttl: int(0, 64),
  packets_per_ttl: int(0, 10),
  port: int(0, 65535),
  wait_time: int(1, 5),
});

export type TracerouteSearch = z.infer<typeof tracerouteSearchSchema>;
