/**
 * One simulated traceroute from a colo: the valley-free AS path from AS13335 to the target's
 * origin, a few routers per AS with addresses from that AS's prefixes, RTTs from great-circle
 * distance at ~200 km/ms in fibre with path stretch, and loss the way ICMP rate limiting looks:
 * an intermediate hop drops some or all probes while later hops answer fine; rarely, loss that
 * persists to the destination. Randomness comes from a PRNG seeded by the inputs.
 */
import type { Colo } from '../dataset/load';
import type { TracerouteRequest } from './validate';

export interface PathPlan {
  target: string;
  /** Destination address, or null when the name did not resolve. */
  ip: string | null;
  /** ASes from AS13335 to the origin; the origin answers only when `reachable`. */
  ases: { asn: number; addresses: (string | null)[] }[];
  reachable: boolean;
  /** Where the destination sits: the colo itself for anycast origins. */
  site: { lat: number; lon: number } | null;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RAD = Math.PI / 180;
function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const h =
    Math.sin(((b.lat - a.lat) * RAD) / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(((b.lon - a.lon) * RAD) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const FIBRE_KM_PER_MS = 200;
const STRETCH = 1.6;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function stats(samples: number[]) {
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  const sd =
    samples.length > 1
      ? Math.sqrt(samples.reduce((s, x) => s + (x - mean) ** 2, 0) / (samples.length - 1))
      : 0;
  return {
    min_rtt_ms: round3(Math.min(...samples)),
    mean_rtt_ms: round3(mean),
    max_rtt_ms: round3(Math.max(...samples)),
    std_dev_rtt_ms: round3(sd),
  };
}

export function traceFromColo(
  plan: PathPlan,
  colo: Colo,
  opts: TracerouteRequest['options'],
  seed: number,
) {
  const rand = mulberry32(seed);
  const site = plan.site ?? colo;
  const totalKm = greatCircleKm(colo, site);
  const routers = plan.ases.flatMap((as, k) =>
    as.addresses.map((ip, j) => ({
      asn: as.asn,
      ip,
      progress: (k + (j + 1) / (as.addresses.length + 1)) / plan.ases.length,
    })),
  );
  const dest =
    plan.reachable && plan.ip
      ? [{ asn: plan.ases.at(-1)?.asn ?? 13335, ip: plan.ip, progress: 1 }]
      : [];
  const all = [...routers, ...dest];
  // Rarely a congested link: loss from that hop all the way to the destination.
  const persistFrom =
    rand() < 0.06 ? 1 + Math.floor(rand() * Math.max(1, all.length - 1)) : Infinity;
  const udpDropped = opts.packet_type === 'udp' && rand() < 0.3;
  const hops = [];
  let timeMs = 0;
  let summary: Record<string, unknown> = {};
  for (let ttl = 1; ttl <= opts.max_ttl; ttl++) {
    const r = all[ttl - 1];
    const isDest = r !== undefined && ttl === all.length && dest.length > 0;
    const sent = opts.packets_per_ttl;
    let lost = 0;
    if (!r || (isDest && udpDropped)) lost = sent;
    else if (!isDest && rand() < 0.08)
      lost = sent; // router never answers probes
    else if (ttl >= persistFrom)
      lost = Math.min(sent, 1 + Math.floor(rand() * Math.max(1, sent - 1)));
    else if (!isDest && rand() < 0.2) lost = Math.min(sent, 1 + Math.floor(rand() * sent)); // rate limited
    const answered = sent - lost;
    const baseMs =
      0.3 + ttl * 0.15 + (2 * totalKm * (r?.progress ?? 1) * STRETCH) / FIBRE_KM_PER_MS;
    const samples = Array.from(
      { length: answered },
      () => baseMs * (1 + rand() * 0.08) + rand() * rand() * 4,
    );
    timeMs += samples.reduce((s, x) => s + x, 0) + lost * opts.wait_time * 1000;
    const nodes =
      answered > 0 && r?.ip
        ? [
            {
              asn: `AS${r.asn}`,
              ip: r.ip,
              name: isDest && plan.target !== r.ip ? plan.target : r.ip,
              labels: [],
              packet_count: answered,
              ...stats(samples),
            },
          ]
        : [];
    hops.push({
      packets_ttl: ttl,
      packets_sent: sent,
      packets_lost: nodes.length ? lost : sent,
      nodes,
    });
    if (isDest) {
      summary = nodes[0] ?? {};
      break;
    }
  }
  return {
    colo: { name: colo.name, city: colo.city },
    error: '',
    hops,
    target_summary: summary,
    traceroute_time_ms: Math.round(timeMs),
  };
}
