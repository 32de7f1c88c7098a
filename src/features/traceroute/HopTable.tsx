/** Every node of every hop, the text equivalent of the hop chart, with the loss read in words. */
import { Badge, type Tone } from '../../components/ui/Badge';
import { lossRatio, type LossKind } from '../../lib/traceroute-analysis';
import type { TracerouteHop } from '../../lib/traceroute-schema';

const TONE: Record<LossKind, Tone> = {
  none: 'ok',
  'rate-limit': 'neutral',
  forwarding: 'bad',
  'no-reply': 'neutral',
  unreached: 'warn',
};

function lossLabel(kind: LossKind, ratio: number): string {
  const pct = `${Math.round(ratio * 100)}%`;
  switch (kind) {
    case 'none':
      return 'no loss';
    case 'rate-limit':
      return `${pct}: likely ICMP rate limiting`;
    case 'forwarding':
      return `${pct}: forwarding loss`;
    case 'no-reply':
      return 'no reply: router silent';
    case 'unreached':
      return 'no reply: not reached';
  }
}

const ms = (v: number | null | undefined) => (typeof v === 'number' ? v.toFixed(2) : '–');

export function HopTable({
  hops,
  kinds,
}: {
  hops: readonly TracerouteHop[];
  kinds: readonly LossKind[];
}) {
  return (
    <div
      className="overflow-x-auto rounded border border-line"
      tabIndex={0}
      role="region"
      aria-label="Every hop (scrolls sideways on narrow screens)"
    >
      <table className="w-full min-w-[52rem] text-sm" data-testid="hop-table">
        <caption className="sr-only">
          Every node of every hop, with packet counts and round-trip times in milliseconds
        </caption>
        <thead className="bg-surface-sunken text-left text-xs text-ink-muted">
          <tr>
            <th scope="col" className="px-2 py-1.5">
              Hop
            </th>
            <th scope="col" className="px-2 py-1.5">
              Sent / lost
            </th>
            <th scope="col" className="px-2 py-1.5">
              Loss
            </th>
            <th scope="col" className="px-2 py-1.5">
              IP
            </th>
            <th scope="col" className="px-2 py-1.5">
              Name
            </th>
            <th scope="col" className="px-2 py-1.5">
              ASN
            </th>
            <th scope="col" className="px-2 py-1.5">
              Labels
            </th>
            <th scope="col" className="px-2 py-1.5 text-right">
              Packets
            </th>
            <th scope="col" className="px-2 py-1.5 text-right">
              Min ms
            </th>
            <th scope="col" className="px-2 py-1.5 text-right">
              Mean ms
            </th>
            <th scope="col" className="px-2 py-1.5 text-right">
              Max ms
            </th>
            <th scope="col" className="px-2 py-1.5 text-right">
              Std dev ms
            </th>
          </tr>
        </thead>
        <tbody>
          {hops.map((h, i) => {
            const kind = kinds[i] ?? 'none';
            const nodes = h.nodes ?? [];
            const span = Math.max(1, nodes.length);
            const hopCells = (
              <>
                <th scope="row" rowSpan={span} className="px-2 py-1 text-left font-mono align-top">
                  {h.packets_ttl ?? i + 1}
                </th>
                <td rowSpan={span} className="px-2 py-1 font-mono align-top whitespace-nowrap">
                  {h.packets_sent ?? '–'} / {h.packets_lost ?? '–'}
                </td>
                <td
                  rowSpan={span}
                  className="px-2 py-1 align-top"
                  data-testid="hop-loss"
                  data-kind={kind}
                >
                  <Badge tone={TONE[kind]}>{lossLabel(kind, lossRatio(h))}</Badge>
                </td>
              </>
            );
            if (nodes.length === 0) {
              return (
                <tr key={i} className="border-t border-line/60" data-testid="hop-row">
                  {hopCells}
                  <td colSpan={9} className="px-2 py-1 text-ink-muted">
                    * no router answered at this TTL
                  </td>
                </tr>
              );
            }
            return nodes.map((n, j) => (
              <tr
                key={`${i}-${j}`}
                className="border-t border-line/60"
                data-testid={j === 0 ? 'hop-row' : undefined}
              >
                {j === 0 ? hopCells : null}
                <td className="px-2 py-1 font-mono">{n.ip ?? '–'}</td>
                <td className="max-w-56 truncate px-2 py-1 font-mono" title={n.name ?? undefined}>
                  {n.name && n.name !== n.ip ? (
                    n.name
                  ) : (
                    <span className="text-ink-muted">same as IP</span>
                  )}
                </td>
                <td className="px-2 py-1 font-mono">
                  {n.asn || <span className="text-ink-muted">none</span>}
                </td>
                <td className="px-2 py-1">
                  {n.labels?.length ? (
                    n.labels.join(', ')
                  ) : (
                    <span className="text-ink-muted">none</span>
                  )}
                </td>
                <td className="px-2 py-1 text-right font-mono">{n.packet_count ?? '–'}</td>
                <td className="px-2 py-1 text-right font-mono">{ms(n.min_rtt_ms)}</td>
                <td className="px-2 py-1 text-right font-mono">{ms(n.mean_rtt_ms)}</td>
                <td className="px-2 py-1 text-right font-mono">{ms(n.max_rtt_ms)}</td>
                <td className="px-2 py-1 text-right font-mono">{ms(n.std_dev_rtt_ms)}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
}
