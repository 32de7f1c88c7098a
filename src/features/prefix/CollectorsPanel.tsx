/**
 * Which route collectors the answer comes from and how fresh each one is. A stalled collector
 * makes a prefix look less visible than it is, so stale ones are marked in words, not only colour.
 */
import { useSyncExternalStore } from 'react';
import type { Realtime } from '../../api/radar-routes';
import { Badge } from '../../components/ui/Badge';
import {
  ageMs,
  formatAge,
  formatUtc,
  parseRadarTime,
  STALE_RIB_MS,
  STALE_UPDATES_MS,
} from './time';
import { plural } from '../../lib/plural';

type Collector = Realtime['meta']['collectors'][number];

function Stamp({ ts, now, staleAfter }: { ts: string; now: number | null; staleAfter: number }) {
  const age = ageMs(ts, now);
  const stale = age === null || age > staleAfter;
  return (
    <span title={formatUtc(ts)} className={stale ? 'font-medium text-status-warn' : undefined}>
      {stale ? <span aria-hidden="true">▲ </span> : null}
      {formatAge(age)}
    </span>
  );
}

function isStale(c: Collector, now: number | null): boolean {
  const worst = (ts: string, limit: number) => {
    const a = ageMs(ts, now);
    return a === null || a > limit;
  };
  return (
    worst(c.latest_realtime_ts, STALE_UPDATES_MS) ||
    worst(c.latest_updates_ts, STALE_UPDATES_MS) ||
    worst(c.latest_rib_ts, STALE_RIB_MS)
  );
}

/** Tailwind's `sm` breakpoint. */
const WIDE = '(min-width: 40rem)';
const subscribeWide = (onChange: () => void) => {
  const media = window.matchMedia(WIDE);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};
const isWide = () => window.matchMedia(WIDE).matches;

export function CollectorsTable({
  collectors,
  queryTime,
  routesBy,
}: {
  collectors: readonly Collector[];
  queryTime: string;
  routesBy: ReadonlyMap<string, number>;
}) {
  // Ages are measured at query time, so they say how fresh the data was when Radar answered.
  const now = parseRadarTime(queryTime);
  const stale = collectors.filter((c) => isStale(c, now));
  // One of the two layouts in the DOM, not both with one hidden: half the nodes on first render.
  const wide = useSyncExternalStore(subscribeWide, isWide);
  return (
    <div>
      {stale.length > 0 ? (
        <p className="mb-2 text-sm text-status-warn" data-testid="stale-collectors">
          <span aria-hidden="true">▲ </span>
          {stale.length} of {collectors.length} collectors have stale data: routes they no longer
          see may still be listed, and new ones may be missing.
        </p>
      ) : null}
      {wide ? (
        // Focusable and named: when a long stale-collector row does not fit beside the origins
        // panel, the table scrolls sideways, and a keyboard user must be able to scroll it too.
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Collectors">
          <table className="w-full text-sm" data-testid="collectors">
            <thead className="text-left text-xs text-ink-muted">
              <tr>
                <th className="py-1 pr-3 font-medium">Collector</th>
                <th className="py-1 pr-3 text-right font-medium">Routes</th>
                <th
                  className="py-1 pr-3 text-right font-medium"
                  title="Peers in total (IPv4 / IPv6)"
                >
                  Peers (v4/v6)
                </th>
                <th className="py-1 pr-3 font-medium">Realtime</th>
                <th className="py-1 pr-3 font-medium">Updates</th>
                <th className="py-1 font-medium">RIB</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {collectors.map((c) => (
                <tr key={c.collector} data-collector={c.collector}>
                  {/* The badge may wrap under the name, so a stale row does not widen the table. */}
                  <td className="py-1 pr-3 font-mono">
                    <span className="whitespace-nowrap">{c.collector}</span>{' '}
                    {isStale(c, now) ? <Badge tone="warn">stale</Badge> : null}
                  </td>
                  <td className="py-1 pr-3 text-right tabular-nums">
                    {routesBy.get(c.collector) ?? 0}
                  </td>
                  <td className="py-1 pr-3 text-right whitespace-nowrap tabular-nums">
                    {c.peers_count} ({c.peers_v4_count}/{c.peers_v6_count})
                  </td>
                  <td className="py-1 pr-3 whitespace-nowrap">
                    <Stamp ts={c.latest_realtime_ts} now={now} staleAfter={STALE_UPDATES_MS} />
                  </td>
                  <td className="py-1 pr-3 whitespace-nowrap">
                    <Stamp ts={c.latest_updates_ts} now={now} staleAfter={STALE_UPDATES_MS} />
                  </td>
                  <td className="py-1 whitespace-nowrap">
                    <Stamp ts={c.latest_rib_ts} now={now} staleAfter={STALE_RIB_MS} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <CollectorCards collectors={collectors} now={now} routesBy={routesBy} />
      )}
    </div>
  );
}

/**
 * Below sm the six columns do not fit beside each other, and a sideways-scrolling table hides
 * the freshness columns that matter most: one small card per collector instead.
 */
function CollectorCards({
  collectors,
  now,
  routesBy,
}: {
  collectors: readonly Collector[];
  now: number | null;
  routesBy: ReadonlyMap<string, number>;
}) {
  return (
    <ul className="divide-y divide-line text-sm" data-testid="collector-cards">
      {collectors.map((c) => (
        <li key={c.collector} className="py-2">
          <p className="font-mono break-all">
            {c.collector} {isStale(c, now) ? <Badge tone="warn">stale</Badge> : null}
          </p>
          <p className="text-xs text-ink-muted">
            {plural(routesBy.get(c.collector) ?? 0, 'route')} · {plural(c.peers_count, 'peer')} (
            {c.peers_v4_count} IPv4, {c.peers_v6_count} IPv6)
          </p>
          <dl className="mt-1 grid grid-cols-3 gap-x-3 text-xs">
            {(
              [
                ['Realtime', c.latest_realtime_ts, STALE_UPDATES_MS],
                ['Updates', c.latest_updates_ts, STALE_UPDATES_MS],
                ['RIB', c.latest_rib_ts, STALE_RIB_MS],
              ] as const
            ).map(([label, ts, staleAfter]) => (
              <div key={label}>
                <dt className="text-ink-muted">{label}</dt>
                <dd>
                  <Stamp ts={ts} now={now} staleAfter={staleAfter} />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** data_time and query_time, with a warning when the data is much older than the query. */
export function DataTimes({ dataTime, queryTime }: { dataTime: string; queryTime: string }) {
  const q = parseRadarTime(queryTime);
  const d = parseRadarTime(dataTime);
  const lag = q !== null && d !== null ? q - d : null;
  const old = lag !== null && lag > STALE_UPDATES_MS;
  return (
    <p
      className={`text-sm ${old ? 'text-status-warn' : 'text-ink-muted'}`}
      data-testid="data-times"
    >
      {old ? <span aria-hidden="true">▲ </span> : null}
      Data as of <time dateTime={dataTime}>{formatUtc(dataTime)}</time>, queried{' '}
      <time dateTime={queryTime}>{formatUtc(queryTime)}</time>
      {old
        ? `: the data was ${formatAge(lag).replace(' ago', '')} old when queried, so recent changes may be missing.`
        : '.'}
    </p>
  );
}
