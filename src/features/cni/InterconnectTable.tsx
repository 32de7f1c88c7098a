/** The interconnect table; below `md` each row is a card (CardTable). */
import { Link } from '@tanstack/react-router';
import { Badge } from '../../components/ui/Badge';
import { type CardColumn, CardTable } from '../../components/ui/CardTable';
import { describeSite } from '../../lib/colos';
import { typeLabel, type InterconnectRow } from './interconnect-rows';
import { StatusBadge } from './StatusBadge';

const COLUMNS: CardColumn<InterconnectRow>[] = [
  {
    header: 'Name',
    cell: (r) => (
      <Link
        to="/interconnects/$icon"
        params={{ icon: r.name }}
        className="font-mono font-medium break-all text-accent underline md:break-normal md:whitespace-nowrap"
      >
        {r.name}
      </Link>
    ),
  },
  {
    header: 'Status',
    testId: 'status',
    cell: (r) =>
      r.state ? (
        <StatusBadge state={r.state} reason={r.reason} />
      ) : (
        <Badge tone="neutral">Checking…</Badge>
      ),
  },
  {
    header: 'Site',
    cell: ({ interconnect: ic }) =>
      ic.site ? (
        <span>
          <span className="font-mono">{ic.site.toUpperCase()}</span>{' '}
          <span className="text-ink-muted">{describeSite(ic.site)}</span>
        </span>
      ) : ic.region ? (
        <span>
          Cloud region <span className="font-mono">{ic.region}</span>
        </span>
      ) : (
        '—'
      ),
  },
  { header: 'Facility', cell: (r) => r.interconnect.facility?.name ?? '—' },
  { header: 'Speed', cell: (r) => r.interconnect.speed ?? '—' },
  {
    header: 'Slot',
    cell: ({ interconnect: ic }) =>
      ic.slot_id ? (
        <span className="font-mono" title={ic.slot_id}>
          {ic.slot_id.slice(0, 8)}
        </span>
      ) : (
        '—'
      ),
  },
  { header: 'Type', cell: (r) => typeLabel(r.interconnect.type) },
];

export function InterconnectTable({ rows }: { rows: InterconnectRow[] }) {
  return (
    <CardTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => r.name}
      rowData={(r) => ({ 'data-name': r.name })}
      testId="interconnect-table"
    />
  );
}
