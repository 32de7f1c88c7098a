/**
 * Reading a traceroute the way an operator would. Pure functions over the response of
 * POST …/diagnostics/traceroute (lib/traceroute-schema.ts), used by the page and its tests.
 *
 * Loss: routers answer probes from their control plane, which rate-limits ICMP replies, so loss at
 * one hop that later hops do not show says nothing about forwarding. Only loss that persists from
 * some hop all the way to the last hop that answers is loss of forwarded traffic.
 */
import { parseAsn } from './asn';
import type {
  TracerouteColo,
  TracerouteHop,
  TracerouteNode,
  TracerouteResult,
} from './traceroute-schema';

const CLOUDFLARE_ASN = 13335;

export type LossKind = 'none' | 'rate-limit' | 'forwarding' | 'no-reply' | 'unreached';

const sentOf = (h: TracerouteHop) => h.packets_sent ?? 0;
const lostOf = (h: TracerouteHop) => Math.min(h.packets_lost ?? 0, sentOf(h));
const answered = (h: TracerouteHop) => (h.nodes?.length ?? 0) > 0 && lostOf(h) < sentOf(h);

/** Share of probes lost at a hop, 0-1; 0 when no probe was sent. */
export function lossRatio(h: TracerouteHop): number {
  const sent = sentOf(h);
  return sent > 0 ? lostOf(h) / sent : 0;
}

/** One label per hop, in hop order. */
export function classifyLoss(hops: readonly TracerouteHop[]): LossKind[] {
  let last = -1;
  hops.forEach((h, i) => {
    if (answered(h)) last = i;
  });
  // The run of lossy hops that reaches the last answering hop: forwarding loss.
  let runStart = last + 1;
  if (last >= 0 && lossRatio(hops[last]!) > 0) {
    runStart = last;
    while (runStart > 0 && lossRatio(hops[runStart - 1]!) > 0) runStart--;
  }
  return hops.map((h, i) => {
    if (i > last) return sentOf(h) > 0 ? 'unreached' : 'none';
    if (!answered(h)) return 'no-reply';
    if (lossRatio(h) === 0) return 'none';
    return i >= runStart ? 'forwarding' : 'rate-limit';
  });
}

/** The loss label in words, for the table and screen readers. */
export function describeLoss(kind: LossKind, ratio: number): string {
  const pct = `${Math.round(ratio * 100)}% loss`;
  switch (kind) {
    case 'none':
      return 'No loss';
    case 'rate-limit':
      return `${pct}, likely ICMP rate limiting: later hops answer without it, so traffic passes (not a problem)`;
    case 'forwarding':
      return `${pct}, forwarding loss: it persists from here to the last hop that answers`;
    case 'no-reply':
      return 'No reply: this router does not answer probes, but later hops do, so traffic passes';
    case 'unreached':
      return 'No reply from here on: the destination was not reached';
  }
}

/** The node that answered most probes at a hop (ECMP can put several routers on one TTL). */
export function primaryNode(h: TracerouteHop): TracerouteNode | undefined {
  let best: TracerouteNode | undefined;
  for (const n of h.nodes ?? [])
    if (!best || (n.packet_count ?? 0) > (best.packet_count ?? 0)) best = n;
  return best;
}

// A 3,400-traceroute result repeats a few hundred ASN strings tens of thousands of times.
const asnCache = new Map<string, number | null>();

/** "AS13335" → 13335; empty, AS0 or malformed → null. */
function asnOf(node: TracerouteNode | undefined): number | null {
  if (!node?.asn) return null;
  let v = asnCache.get(node.asn);
  if (v === undefined) {
    const r = parseAsn(node.asn);
    v = r.ok ? r.value : null;
    asnCache.set(node.asn, v);
  }
  return v;
}

export interface AsSegment {
  /** 'as': hops inside one AS; 'no-asn': answering hops without an AS; 'no-reply': silent hops. */
  kind: 'as' | 'no-asn' | 'no-reply';
  asn: number | null;
  ttls: number[];
}

const ttlOf = (h: TracerouteHop, i: number) => h.packets_ttl ?? i + 1;

/** Consecutive hops grouped by the AS of their answering router; silent hops form their own group. */
export function asSegments(hops: readonly TracerouteHop[]): AsSegment[] {
  const out: AsSegment[] = [];
  hops.forEach((h, i) => {
    const node = primaryNode(h);
    const asn = asnOf(node);
    const kind: AsSegment['kind'] = !node ? 'no-reply' : asn === null ? 'no-asn' : 'as';
    const prev = out[out.length - 1];
    if (prev && prev.kind === kind && prev.asn === asn) prev.ttls.push(ttlOf(h, i));
    else out.push({ kind, asn, ttls: [ttlOf(h, i)] });
  });
  // Trailing silence after the last answer is "not reached", not a segment of the path.
  while (out.length && out[out.length - 1]!.kind === 'no-reply') out.pop();
  return out;
}

/** Pairs of consecutive distinct ASes along the path, for their relationship. */
export function asPairs(segments: readonly AsSegment[]): [number, number][] {
  const ases = segments.flatMap((s) => (s.asn === null ? [] : [s.asn]));
  const pairs: [number, number][] = [];
  for (let i = 1; i < ases.length; i++) {
    const a = ases[i - 1]!;
    const b = ases[i]!;
    if (a !== b && !pairs.some(([x, y]) => x === a && y === b)) pairs.push([a, b]);
  }
  return pairs;
}

/** Where the path leaves Cloudflare: the first other AS, 'cloudflare' if it never does, null if unknown. */
export type Upstream = number | 'cloudflare' | null;

export function upstreamOf(hops: readonly TracerouteHop[]): Upstream {
  let sawAny = false;
  for (const h of hops) {
    const asn = asnOf(primaryNode(h));
    if (asn === null) continue;
    sawAny = true;
    if (asn !== CLOUDFLARE_ASN) return asn;
  }
  return sawAny ? 'cloudflare' : null;
}

export interface Cell {
  target: string;
  colo: string;
  city: string;
  error: string | null;
  /** Mean RTT at the last hop that answered, ms. */
  rttMs: number | null;
  /** Loss at that hop (end to end), 0-1; 1 when nothing answered. */
  loss: number | null;
  /** Whether the last answering hop is the target itself. */
  reached: boolean;
  upstream: Upstream;
  hopCount: number;
}

function isDestination(
  node: TracerouteNode | undefined,
  target: string,
  summary: TracerouteColo['target_summary'],
) {
  if (!node) return false;
  const summaryIp = typeof summary?.ip === 'string' ? summary.ip : null;
  return node.ip === target || node.name === target || (!!summaryIp && node.ip === summaryIp);
}

/** The matrix cell for one colo's traceroute to `target`. */
export function cellOf(target: string, c: TracerouteColo): Cell {
  const hops = c.hops ?? [];
  const base = {
    target,
    colo: c.colo?.name ?? '?',
    city: c.colo?.city ?? '',
    hopCount: hops.length,
  };
  if (c.error)
    return { ...base, error: c.error, rttMs: null, loss: null, reached: false, upstream: null };
  const last = hops.findLast(answered);
  const node = last ? primaryNode(last) : undefined;
  return {
    ...base,
    error: null,
    rttMs: node?.mean_rtt_ms ?? null,
    loss: last ? lossRatio(last) : hops.length ? 1 : null,
    reached: isDestination(node, target, c.target_summary),
    upstream: upstreamOf(hops),
  };
}

export interface Matrix {
  targets: string[];
  colos: { code: string; city: string }[];
  /** cells[targetIndex][coloCode] */
  cells: Map<string, Cell>[];
}

export function buildMatrix(result: TracerouteResult): Matrix {
  const colos = new Map<string, string>();
  const targets = result.map((t) => t.target ?? '');
  const cells = result.map((t, ti) => {
    const row = new Map<string, Cell>();
    for (const c of t.colos ?? []) {
      const cell = cellOf(targets[ti]!, c);
      if (!colos.has(cell.colo)) colos.set(cell.colo, cell.city);
      row.set(cell.colo, cell);
    }
    return row;
  });
  return { targets, colos: [...colos].map(([code, city]) => ({ code, city })), cells };
}

export type SortKey = { by: 'colo' } | { by: 'rtt' | 'loss'; target: number };

/** Colo codes sorted by name or by one target's RTT or loss; cells without a value sort last. */
export function sortColos(m: Matrix, key: SortKey, dir: 'asc' | 'desc'): string[] {
  const sign = dir === 'asc' ? 1 : -1;
  const codes = m.colos.map((c) => c.code);
  if (key.by === 'colo') return codes.sort((a, b) => sign * a.localeCompare(b));
  const value = (code: string) => {
    const cell = m.cells[key.target]?.get(code);
    return key.by === 'rtt' ? (cell?.rttMs ?? null) : (cell?.loss ?? null);
  };
  return codes.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? a.localeCompare(b) : va === null ? 1 : -1;
    return sign * (va - vb) || a.localeCompare(b);
  });
}

/**
 * Colos grouped by the upstream their path to `target` leaves Cloudflare through, keeping the
 * given order inside each group; groups ordered by size, then AS number.
 */
export function groupByUpstream(m: Matrix, order: readonly string[], target: number) {
  const groups = new Map<string, { upstream: Upstream; colos: string[] }>();
  for (const code of order) {
    const up = m.cells[target]?.get(code)?.upstream ?? null;
    const k = String(up);
    const g = groups.get(k) ?? { upstream: up, colos: [] };
    g.colos.push(code);
    groups.set(k, g);
  }
  const rank = (u: Upstream) => (u === null ? Infinity : u === 'cloudflare' ? -1 : u);
  return [...groups.values()].sort(
    (a, b) => b.colos.length - a.colos.length || rank(a.upstream) - rank(b.upstream),
  );
}
