import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { Interconnect } from '../../api/cni';
import { coloOf } from '../../lib/colos';
import { typeLabel } from './interconnect-rows';

/** Every field the API gives, in words; fields a partner interconnect lacks are left out. */
export function InterconnectDetails({ interconnect: ic }: { interconnect: Interconnect }) {
  const colo = ic.site ? coloOf(ic.site) : undefined;
  const rows: [string, ReactNode][] = [
    ['Type', typeLabel(ic.type)],
    ['Speed', ic.speed ?? 'not stated'],
  ];
  if (ic.site) {
    rows.push([
      'Site',
      <>
        <span className="font-mono">{ic.site.toUpperCase()}</span>
        {colo
          ? ` · ${colo.city}, ${colo.country} (${colo.region})`
          : ' · not in routedeck’s colo list'}
      </>,
    ]);
  }
  if (ic.region) rows.push(['Cloud region', <span className="font-mono">{ic.region}</span>]);
  if (ic.facility) {
    rows.push([
      'Facility',
      <>
        {ic.facility.name}
        {ic.facility.address.map((line) => (
          <span key={line} className="block text-ink-muted">
            {line}
          </span>
        ))}
      </>,
    ]);
  }
  if (ic.slot_id) {
    rows.push([
      'Slot',
      <>
        <span className="font-mono break-all">{ic.slot_id}</span>
        {ic.site ? (
          <Link to="/slots" search={{ site: ic.site }} className="ml-2 text-accent underline">
            other slots at {ic.site.toUpperCase()}
          </Link>
        ) : null}
      </>,
    ]);
  }
  if (ic.ccr_device_name)
    rows.push(['Device', <span className="font-mono">{ic.ccr_device_name}</span>]);
  if (ic.virtual_port_reservation_id) {
    rows.push([
      'Port reservation',
      <span className="font-mono break-all">{ic.virtual_port_reservation_id}</span>,
    ]);
  }
  if (ic.owner) rows.push(['Owner', ic.owner]);
  return (
    <dl className="grid grid-cols-[minmax(6rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-ink-muted">{k}</dt>
          <dd className="min-w-0">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
