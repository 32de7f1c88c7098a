/**
 * The `/byoip` list on a narrow screen: one card per BGP prefix with the same facts as the table's
 * row, so configured state, observed state and drift are all in view without scrolling sideways.
 */
import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { Row } from './data';
import type { ListItem } from './list-search';
import { ConfiguredBadge, DriftBadges, ObservedSummary } from './StateBadges';

interface Props {
  items: (ListItem & { row: Row })[];
  selected: string[];
  onToggle: (bgpId: string) => void;
  settings: (row: Row) => ReactNode;
}

export function ListCards({ items, selected, onToggle, settings }: Props) {
  return (
    <ul className="space-y-3">
      {items.map((i) => (
        <li key={i.bgpId} className="space-y-2 rounded-md border border-line p-3 text-sm">
          <div className="flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-1"
              aria-label={`Select ${i.cidr}`}
              checked={selected.includes(i.bgpId)}
              onChange={() => onToggle(i.bgpId)}
            />
            <div className="min-w-0 flex-1">
              <Link
                to="/byoip/$prefixId/$bgpPrefixId"
                params={{ prefixId: i.prefixId, bgpPrefixId: i.bgpId }}
                className="font-mono text-base text-accent underline"
              >
                {i.cidr}
              </Link>
              <div className="text-xs text-ink-muted">
                {i.asn ? `AS${i.asn}` : 'no ASN'} · in{' '}
                <Link
                  to="/byoip/$prefixId"
                  params={{ prefixId: i.prefixId }}
                  aria-label={`IP prefix ${i.prefixCidr}`}
                  className="font-mono underline"
                >
                  {i.prefixCidr}
                </Link>
              </div>
            </div>
          </div>
          {/* On its own line: beside the CIDR, a long label squeezed the address under it. */}
          <DriftBadges labels={i.drift} />
          <dl className="grid grid-cols-2 gap-2">
            <div>
              <dt className="text-xs text-ink-muted">Configured</dt>
              <dd>
                <ConfiguredBadge bgp={i.row.bgp} />
              </dd>
            </div>
            <div>
              <dt className="text-xs text-ink-muted">Observed</dt>
              <dd>
                <ObservedSummary o={i.observation} />
              </dd>
            </div>
          </dl>
          <div className="text-xs">{settings(i.row)}</div>
        </li>
      ))}
    </ul>
  );
}
