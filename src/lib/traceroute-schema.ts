/**
 * The traceroute response (CONTRACT.md section 5) as a zod schema. It lives in lib/, not api/,
 * because an exported result file is validated with the same schema when it is opened again
 * (lib/traceroute-analysis.ts), and lib/ cannot import api/. Every field is optional in the spec
 * and the live API may send null, so every field is nullish; unknown fields are kept (loose
 * objects) so an exported file is the whole answer, not routedeck's reading of it.
 */
import * as z from 'zod/mini';

export const PACKET_TYPES = ['icmp', 'tcp', 'udp', 'gre', 'gre+icmp'] as const;
export type PacketType = (typeof PACKET_TYPES)[number];

const num = z.nullish(z.number());

const tracerouteNodeSchema = z.looseObject({
  /** "AS13335"; empty or missing when the address has no known origin. */
  asn: z.nullish(z.string()),
  ip: z.nullish(z.string()),
  name: z.nullish(z.string()),
  labels: z.nullish(z.array(z.string())),
  packet_count: num,
  min_rtt_ms: num,
  mean_rtt_ms: num,
  max_rtt_ms: num,
  std_dev_rtt_ms: num,
});

const tracerouteHopSchema = z.looseObject({
  packets_ttl: num,
  packets_sent: num,
  packets_lost: num,
  nodes: z.nullish(z.array(tracerouteNodeSchema)),
});

const tracerouteColoSchema = z.looseObject({
  colo: z.nullish(z.looseObject({ name: z.nullish(z.string()), city: z.nullish(z.string()) })),
  /** "" or "Could not gather traceroute data: Code 1" … "Code 4". */
  error: z.nullish(z.string()),
  hops: z.nullish(z.array(tracerouteHopSchema)),
  target_summary: z.nullish(z.record(z.string(), z.unknown())),
  traceroute_time_ms: num,
});

const tracerouteTargetSchema = z.looseObject({
  target: z.nullish(z.string()),
  colos: z.nullish(z.array(tracerouteColoSchema)),
});

/** `result` of the envelope: one element per target. */
export const tracerouteResultSchema = z.array(tracerouteTargetSchema);

export type TracerouteNode = z.infer<typeof tracerouteNodeSchema>;
export type TracerouteHop = z.infer<typeof tracerouteHopSchema>;
export type TracerouteColo = z.infer<typeof tracerouteColoSchema>;
export type TracerouteResult = z.infer<typeof tracerouteResultSchema>;

/** The request body as routedeck sends it: `colos` is omitted (never empty) to mean all colos. */
export const tracerouteRequestSchema = z.object({
  targets: z.array(z.string()).check(z.minLength(1), z.maxLength(10)),
  colos: z.optional(z.array(z.string()).check(z.minLength(1))),
  options: z.object({
    packet_type: z.enum(PACKET_TYPES),
    max_ttl: z.int().check(z.minimum(0), z.maximum(64)),
    packets_per_ttl: z.int().check(z.minimum(0), z.maximum(10)),
    port: z.int().check(z.minimum(0), z.maximum(65535)),
    wait_time: z.int().check(z.minimum(1), z.maximum(5)),
  }),
});

export type TracerouteRequest = z.infer<typeof tracerouteRequestSchema>;
