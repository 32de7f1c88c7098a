/**
 * One traceroute (one target from one colo): the verdict in a sentence, the hop chart, the AS
 * segments and the table of every node. A colo that could not run it shows its error here.
 */
import { lazy, Suspense, useMemo } from 'react';
import { Skeleton } from '../../components/ui/Skeleton';
import {
  asSegments,
  classifyLoss,
  lossRatio,
  primaryNode,
  type Cell,
  type LossKind,
} from '../../lib/traceroute-analysis';
import type { TracerouteColo, TracerouteHop } from '../../lib/traceroute-schema';
import { AsSegments } from './AsSegments';
import { HopTable } from './HopTable';

/** Starts fetching the chart code; called when a run starts, so it is ready when results land. */
export const loadHopChart = () => import('../../components/charts/HopChart');
const HopChart = lazy(loadHopChart);

const list = (ttls: number[]) => (ttls.length === 1 ? `hop ${ttls[0]}` : `hops ${ttls.join(', ')}`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The loss reading of the whole traceroute in one or two sentences. */
function lossVerdict(
  hops: readonly TracerouteHop[],
  kinds: readonly LossKind[],
  cell: Cell,
): string {
  const ttl = (i: number) => hops[i]?.packets_ttl ?? i + 1;
  const of = (k: LossKind) => kinds.flatMap((x, i) => (x === k ? [ttl(i)] : []));
  const parts: string[] = [];
  const fwd = of('forwarding');
  if (fwd.length) {
    parts.push(
      `Forwarding loss: loss starts at hop ${fwd[0]} and persists to the last hop that answers (${Math.round((cell.loss ?? 0) * 100)}% there).`,
    );
  }
  const rl = of('rate-limit');
  if (rl.length)
    parts.push(
      `Loss at ${list(rl)} is likely ICMP rate limiting: later hops answer without it, so it is not a problem.`,
    );
  const silent = of('no-reply');
  if (silent.length) parts.push(`${capital(list(silent))} did not answer, but later hops did.`);
  if (!fwd.length && !rl.length && cell.reached)
    parts.push('No loss on the way to the destination.');
  return parts.join(' ');
}

export function TraceDetail({ colo, cell }: { colo: TracerouteColo; cell: Cell }) {
  const hops = useMemo(() => colo.hops ?? [], [colo]);
  const kinds = useMemo(() => classifyLoss(hops), [hops]);
  const segments = useMemo(() => asSegments(hops), [hops]);
  const points = useMemo(
    () =>
      hops.map((h, i) => {
        const n = primaryNode(h);
        return {
          ttl: h.packets_ttl ?? i + 1,
          minMs: n?.min_rtt_ms ?? null,
          meanMs: n?.mean_rtt_ms ?? null,
          maxMs: n?.max_rtt_ms ?? null,
          sdMs: n?.std_dev_rtt_ms ?? null,
          lossPct: Math.round(lossRatio(h) * 100),
        };
      }),
    [hops],
  );
  if (cell.error) {
    return (
      <div
        role="alert"
        data-testid="colo-error"
        className="rounded-md border border-status-warn/50 bg-status-warn/5 p-3 text-sm"
      >
        <p className="font-semibold">
          <span aria-hidden="true">▲ </span>
          {cell.colo} could not run this traceroute
        </p>
        <p className="mt-1">
          Cloudflare answered: “{cell.error}”. The other colos’ results are unaffected.
        </p>
      </div>
    );
  }
  const lastTtl = lastAnswer(hops);
  const reached = cell.reached
    ? `Reached ${cell.target} at hop ${lastTtl}`
    : lastTtl
      ? `Did not reach ${cell.target}: the last answer came from hop ${lastTtl}`
      : `No hop answered on the way to ${cell.target}`;
  const rtt = cell.rttMs !== null ? `, mean RTT ${cell.rttMs.toFixed(1)} ms` : '';
  const time =
    typeof colo.traceroute_time_ms === 'number'
      ? ` The traceroute took ${(colo.traceroute_time_ms / 1000).toFixed(1)} s.`
      : '';
  return (
    <div className="space-y-4">
      <p data-testid="trace-summary" className="text-sm">
        <strong>
          {reached}
          {rtt}.
        </strong>{' '}
        <span data-testid="loss-verdict">{lossVerdict(hops, kinds, cell)}</span>
        {time}
      </p>
      {hops.length > 0 ? (
        <Suspense fallback={<Skeleton rows={6} label="Loading chart" />}>
          <HopChart
            hops={points}
            caption="Line: mean RTT per hop with ± one standard deviation; band: min to max; bars: loss on the right axis. The table below has every number."
          />
        </Suspense>
      ) : null}
      <section aria-label="AS segments">
        <h3 className="mb-1 text-sm font-semibold">AS segments</h3>
        <AsSegments segments={segments} />
      </section>
      <section aria-label="Hops">
        <h3 className="mb-1 text-sm font-semibold">Every hop</h3>
        <HopTable hops={hops} kinds={kinds} />
      </section>
    </div>
  );
}

/** TTL of the last hop that answered. */
function lastAnswer(hops: readonly TracerouteHop[]): number {
  for (let i = hops.length - 1; i >= 0; i--)
    if ((hops[i]!.nodes?.length ?? 0) > 0) return hops[i]!.packets_ttl ?? i + 1;
  return 0;
}
