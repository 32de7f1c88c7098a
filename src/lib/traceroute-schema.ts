/**
 * The traceroute response (CONTRACT.md section 5) as a zod schema. It lives in lib/, not api/,
 * because an exported result file is validated with the same schema when it is opened again
 * (lib/traceroute-analysis.ts), and lib/ cannot import api/. Every field is optional in the spec
 * and the live API may send null, so every field is nullish; unknown fields are kept (loose
 * objects) so an exported file is the whole answer, not routedeck's reading of it.
 */
import { z } from 'zod';

export const PACKET_TYPES = ['icmp', 'tcp', 'udp', 'gre', 'gre+icmp'] as const;
export type PacketType = (typeof PACKET_TYPES)[number];

const num = z.number().nullish();

export const tracerouteNodeSchema = z.looseObject({
  /** "AS13335"; empty or missing when the address has no known origin. */
  asn: z.string().nullish(),
  ip: z.string().nullish(),
  name: z.string().nullish(),
  labels: z.array(z.string()).nullish(),
  packet_count: num,
  min_rtt_ms: num,
  mean_rtt_ms: num,
  max_rtt_ms: num,
  std_dev_rtt_ms: num,
});

export const tracerouteHopSchema = z.looseObject({
  packets_ttl: num,
  packets_sent: num,
  packets_lost: num,
  nodes: z.array(tracerouteNodeSchema).nullish(),
});

export const tracerouteColoSchema = z.looseObject({
  colo: z.looseObject({ name: z.string().nullish(), city: z.string().nullish() }).nullish(),
  /** "" or "Could not gather traceroute data: Code 1" … "Code 4". */
  error: z.string().nullish(),
  hops: z.array(tracerouteHopSchema).nullish(),
  target_summary: z.record(z.string(), z.unknown()).nullish(),
  traceroute_time_ms: num,
});

export const tracerouteTargetSchema = z.looseObject({
  target: z.string().nullish(),
  colos: z.array(tracerouteColoSchema).nullish(),
});

/** `result` of the envelope: one element per target. */
export const tracerouteResultSchema = z.array(tracerouteTargetSchema);

export type TracerouteNode = z.infer<typeof tracerouteNodeSchema>;
export type TracerouteHop = z.infer<typeof tracerouteHopSchema>;
export type TracerouteColo = z.infer<typeof tracerouteColoSchema>;
export type TracerouteTarget = z.infer<typeof tracerouteTargetSchema>;
export type TracerouteResult = z.infer<typeof tracerouteResultSchema>;

/** The request body as routedeck sends it: `colos` is omitted (never empty) to mean all colos. */
export const tracerouteRequestSchema = z.object({
  targets: z.array(z.string()).min(1).max(10),
  colos: z.array(z.string()).min(1).optional(),
  options: z.object({
    packet_type: z.enum(PACKET_TYPES),
    max_ttl: z.number().int().min(0).max(64),
    packets_per_ttl: z.number().int().min(0).max(10),
    port: z.number().int().min(0).max(65535),
    wait_time: z.number().int().min(1).max(5),
  }),
});

export type TracerouteRequest = z.infer<typeof tracerouteRequestSchema>;
