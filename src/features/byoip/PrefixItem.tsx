/**
 * One BGP prefix of the `/byoip` list, as a table row (md and up) or, on a narrow screen, as a
 * card with the same facts, so configured state, observed state and drift are all in view without
 * scrolling sideways. Both layouts place the same pieces, so they cannot drift apart.
 */
import { Link } from '@tanstack/react-router';
import type { Row } from './data';
import type { ListItem } from './list-search';
import { ConfiguredBadge, DriftBadges, ObservedSummary } from './StateBadges';

export type Item = ListItem & { row: Row };

interface Props {
  item: Item;
  layout: 'row' | 'card';
  selected: boolean;
  onToggle: () => void;
}

export function PrefixItem({ item: i, layout, selected, onToggle }: Props) {
  const card = layout === 'card';
  const select = (
    <input
      type="checkbox"
      className={card ? 'mt-1' : undefined}
      aria-label={`Select ${i.cidr}`}
      checked={selected}
      onChange={onToggle}
    />
  );
  const bgpLink = (
    <Link
      to="/byoip/$prefixId/$bgpPrefixId"
      params={{ prefixId: i.prefixId, bgpPrefixId: i.bgpId }}
      className={card ? 'font-mono text-base text-accent underline' : 'text-accent underline'}
    >
      {i.cidr}
    </Link>
  );
  const asn = i.asn ? `AS${i.asn}` : 'no ASN';
  const ipLink = (
    <Link
      to="/byoip/$prefixId"
      params={{ prefixId: i.prefixId }}
      // A label, not an sr-only span: the absolutely placed span took the link's click point off
      // the link, so a pointer landed on the table cell instead.
      aria-label={`IP prefix ${i.prefixCidr}`}
      className={card ? 'font-mono underline' : 'underline'}
    >
      {i.prefixCidr}
    </Link>
  );
  const configured = <ConfiguredBadge bgp={i.row.bgp} />;
  const observed = <ObservedSummary o={i.observation} />;
  const drift = <DriftBadges labels={i.drift} />;
  const settings = <Settings row={i.row} />;

  if (!card) {
    return (
      <tr className="border-b border-line align-top last:border-0">
        <td className="py-2">{select}</td>
        <td className="py-2 pr-3 font-mono">
          {bgpLink}
          <div className="text-xs text-ink-muted">{asn}</div>
        </td>
        <td className="py-2 pr-3 font-mono">{ipLink}</td>
        <td className="py-2 pr-3">{configured}</td>
        <td className="py-2 pr-3 text-xs">{settings}</td>
        <td className="py-2 pr-3">{observed}</td>
        <td className="py-2">{drift}</td>
      </tr>
    );
  }
  return (
    <li className="space-y-2 rounded-md border border-line p-3 text-sm">
      <div className="flex items-start gap-2">
        {select}
        <div className="min-w-0 flex-1">
          {bgpLink}
          <div className="text-xs text-ink-muted">
            {asn} · in {ipLink}
          </div>
        </div>
      </div>
      {/* On its own line: beside the CIDR, a long label squeezed the address under it. */}
      {drift}
      <dl className="grid grid-cols-2 gap-2">
        <div>
          <dt className="text-xs text-ink-muted">Configured</dt>
          <dd>{configured}</dd>
        </div>
        <div>
          <dt className="text-xs text-ink-muted">Observed</dt>
          <dd>{observed}</dd>
        </div>
      </dl>
      <div className="text-xs">{settings}</div>
    </li>
  );
}

function Settings({ row }: { row: Row }) {
  const od = row.bgp.on_demand;
  return (
    <ul className="space-y-0.5">
      <li>on-demand: {od?.on_demand_enabled ? 'enabled' : 'not enabled'}</li>
      {od?.on_demand_locked ? <li className="font-semibold">locked</li> : null}
      <li>prepend: {row.bgp.asn_prepend_count ?? 0}</li>
      <li>auto advertise/withdraw: {row.bgp.auto_advertise_withdraw ? 'on' : 'off'}</li>
    </ul>
  );
}
