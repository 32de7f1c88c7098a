/** Visibility at each refresh of this session, with the same numbers as text for screen readers. */
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { VisibilityPoint } from './LiveRefresh';

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

export default function VisibilityChart({ points }: { points: readonly VisibilityPoint[] }) {
  const data = points.map((p) => ({
    at: p.at,
    pct: p.total > 0 ? Math.round((p.visible / p.total) * 1000) / 10 : 0,
  }));
  const lastPoint = points[points.length - 1];
  return (
    <figure data-testid="visibility-history">
      <div className="h-28" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 4, right: 8, bottom: 0, left: -16 }}
          >
            <XAxis dataKey="at" tickFormatter={clock} fontSize={10} stroke="currentColor" />
            <YAxis domain={[0, 100]} unit="%" fontSize={10} stroke="currentColor" />
            <Tooltip
              labelFormatter={(v) => clock(Number(v))}
              formatter={(v) => [`${String(v)}%`, 'visible']}
            />
            <Line dataKey="pct" stroke="var(--rd-accent)" dot isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-xs text-ink-muted">
        Visibility over {points.length} {points.length === 1 ? 'answer' : 'answers'} this session
        {lastPoint
          ? `; latest ${lastPoint.visible} of ${lastPoint.total} peers at ${clock(lastPoint.at)}`
          : ''}
        .
      </figcaption>
    </figure>
  );
}
