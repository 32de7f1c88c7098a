/**
 * Round-trip time and loss per hop of one traceroute: the min–max band, the mean with ± one
 * standard deviation, and packet loss as bars on its own axis (0–100 %). A hop that did not answer
 * leaves a gap in the RTT lines. Data comes by props; the page shows the same numbers in a table,
 * so the chart is hidden from screen readers and its caption points there.
 */
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface HopPoint {
  ttl: number;
  minMs: number | null;
  meanMs: number | null;
  maxMs: number | null;
  sdMs: number | null;
  /** 0–100 */
  lossPct: number;
}

const fmt = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)} ms` : String(v));

export default function HopChart({
  hops,
  caption,
}: {
  hops: readonly HopPoint[];
  caption: string;
}) {
  const data = hops.map((h) => ({
    ttl: h.ttl,
    range: h.minMs !== null && h.maxMs !== null ? [h.minMs, h.maxMs] : null,
    mean: h.meanMs,
    sd: h.sdMs ?? 0,
    loss: h.lossPct,
  }));
  return (
    <figure data-testid="hop-chart" data-hops={hops.length}>
      <div className="h-64 text-ink-muted" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 8, right: 4, bottom: 4, left: -8 }}
          >
            <CartesianGrid stroke="var(--rd-line)" strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="ttl"
              fontSize={11}
              stroke="currentColor"
              label={{
                value: 'hop',
                position: 'insideBottomRight',
                offset: -2,
                fontSize: 11,
                fill: 'currentColor',
              }}
            />
            <YAxis yAxisId="rtt" unit=" ms" fontSize={11} stroke="currentColor" width={64} />
            <YAxis
              yAxisId="loss"
              orientation="right"
              domain={[0, 100]}
              unit="%"
              fontSize={11}
              stroke="currentColor"
              width={44}
            />
            <Tooltip
              contentStyle={{
                background: 'var(--rd-surface-raised)',
                border: '1px solid var(--rd-line)',
                color: 'var(--rd-ink)',
              }}
              labelFormatter={(v) => `Hop ${String(v)}`}
              formatter={(v, name) => {
                if (name === 'loss') return [`${String(v)}%`, 'loss'];
                if (Array.isArray(v)) return [`${fmt(v[0])} – ${fmt(v[1])}`, 'min – max'];
                return [fmt(v), String(name)];
              }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar
              yAxisId="loss"
              dataKey="loss"
              name="loss"
              fill="var(--rd-status-bad)"
              fillOpacity={0.35}
              barSize={10}
              isAnimationActive={false}
            />
            <Area
              yAxisId="rtt"
              dataKey="range"
              name="min – max RTT"
              stroke="none"
              fill="var(--rd-accent)"
              fillOpacity={0.15}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="rtt"
              dataKey="mean"
              name="mean RTT ± std dev"
              stroke="var(--rd-accent)"
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            >
              <ErrorBar dataKey="sd" width={4} stroke="var(--rd-accent)" direction="y" />
            </Line>
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-xs text-ink-muted">{caption}</figcaption>
    </figure>
  );
}
