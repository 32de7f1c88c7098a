/**
 * Visibility over time since the change, against the documented window and the moment a failure
 * may be declared. The table beside it carries the same points for screen readers and copy-paste.
 */
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { visibilityOf, visiblePeers, type Observation } from '../../lib/verification';
import { formatDuration } from '../../lib/verification-text';
import { tickLabel, ticksFor } from './chart-ticks';

interface Props {
  /** The instant at x = 0 (ms): the change, or the first answer when the change is long past. */
  origin: number;
  series: Observation[];
  /** The documented window, relative to the change; absent when the change is long past. */
  window?: { minMs: number; maxMs: number };
  /** No failure before this instant (ms): the window plus the collectors' lag. */
  deadline?: number;
}

export function VisibilityChart({ origin, series, window, deadline }: Props) {
  const points = series
    .filter((o) => o.dataTime >= origin)
    .map((o) => ({
      t: (o.dataTime - origin) / 1000,
      pct: Math.round(visibilityOf(o) * 1000) / 10,
    }));
  const last = Math.max(
    deadline === undefined ? 60 : (deadline - origin) / 1000,
    ...points.map((p) => p.t),
  );
  const ticks = ticksFor(last);
  const end = ticks.at(-1) ?? last;
  return (
    // min-w-0: inside a flex or grid item the chart must not hold its parent at its first
    // measured width, or a narrow screen scrolls sideways.
    <div className="h-48 w-full min-w-0" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%" minWidth={0}>
        {/* The table carries the same points for keyboards and screen readers, so the chart
            stays out of the tab order (recharts makes it focusable by default). */}
        <LineChart
          data={points}
          margin={{ top: 8, right: 20, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--rd-line)" strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            domain={[0, end]}
            ticks={ticks}
            interval={0}
            tickFormatter={tickLabel}
            stroke="var(--rd-ink-muted)"
            fontSize={11}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 50, 100]}
            unit="%"
            width={44}
            stroke="var(--rd-ink-muted)"
            fontSize={11}
          />
          {window ? (
            <ReferenceArea
              x1={window.minMs / 1000}
              x2={window.maxMs / 1000}
              fill="var(--rd-accent)"
              fillOpacity={0.12}
            />
          ) : null}
          {deadline !== undefined ? (
            <ReferenceLine
              x={(deadline - origin) / 1000}
              stroke="var(--rd-status-warn)"
              strokeDasharray="4 2"
              strokeWidth={2}
            />
          ) : null}
          <Tooltip
            formatter={(v) => [`${String(v)}%`, 'visible']}
            labelFormatter={(s) => `after ${formatDuration(Number(s) * 1000)}`}
            contentStyle={{
              background: 'var(--rd-surface-raised)',
              border: '1px solid var(--rd-line)',
            }}
          />
          <Line
            type="stepAfter"
            dataKey="pct"
            stroke="var(--rd-accent)"
            strokeWidth={2}
            dot={{ r: 2 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function VisibilityTable({ changeAt, series }: { changeAt: number; series: Observation[] }) {
  const rows = series
    .filter((o) => o.dataTime >= changeAt)
    .slice(-12)
    .reverse();
  if (rows.length === 0)
    return <p className="text-sm text-ink-muted">No collector data newer than the change yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Visibility since the change, newest first</caption>
      <thead className="text-xs text-ink-muted">
        <tr>
          <th className="pr-3 font-medium">After</th>
          <th className="pr-3 font-medium">Peers</th>
          <th className="pr-3 font-medium">Visible</th>
          <th className="font-medium">Collector lag</th>
        </tr>
      </thead>
      <tbody className="font-mono text-xs">
        {rows.map((o) => (
          <tr key={o.at}>
            <td className="pr-3">{formatDuration(o.dataTime - changeAt)}</td>
            <td className="pr-3">
              {visiblePeers(o)}/{o.totalPeers}
            </td>
            <td className="pr-3">{Math.round(visibilityOf(o) * 100)}%</td>
            <td>{formatDuration(o.at - o.dataTime)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
