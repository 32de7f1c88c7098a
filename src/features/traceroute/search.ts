/**
 * The traceroute form in the URL, so a link prefills it (it never runs by itself). Every field
 * falls back to its default on bad input; colos keep only real codes that can run traceroutes.
 */
import { z } from 'zod';
import { coloOf } from '../../lib/colos';
import { PACKET_TYPES } from '../../lib/traceroute-schema';

const int = (min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).optional().catch(undefined);

const colosParam = z
  .string()
  .max(4000)
  .transform((v) => {
    const codes = v
      .split(',')
      .map((c) => c.trim().toLowerCase())
      .filter((c) => coloOf(c)?.code === c && coloOf(c)?.countryCode !== 'CN');
    return codes.length ? [...new Set(codes)].join(',') : undefined;
  });

export const tracerouteSearchSchema = z.object({
  /** Comma-separated, as typed: a bad target is shown with its reason, not silently dropped. */
  targets: z.string().max(2000).optional().catch(undefined),
  colos: colosParam.optional().catch(undefined),
  packet_type: z.enum(PACKET_TYPES).optional().catch(undefined),
  max_ttl: int(0, 64),
  packets_per_ttl: int(0, 10),
  port: int(0, 65535),
  wait_time: int(1, 5),
});

export type TracerouteSearch = z.infer<typeof tracerouteSearchSchema>;
