/** Loaded slots; below `md` each row is a card (CardTable), as in the interconnect table. */
import type { Slot } from '../../api/cni';
import { Badge } from '../../components/ui/Badge';
import { type CardColumn, CardTable } from '../../components/ui/CardTable';
import { describeSite } from '../../lib/colos';

function Occupancy({ slot }: { slot: Slot }) {
  if (!slot.occupied) return <Badge tone="ok">Free</Badge>;
  return <Badge tone="neutral">{slot.account ? 'Occupied by your account' : 'Occupied'}</Badge>;
}

const COLUMNS: CardColumn<Slot>[] = [
  {
    header: 'Site',
    cell: (s) => (
      <span>
        <span className="font-mono">{s.site.toUpperCase()}</span>{' '}
        <span className="text-ink-muted">{describeSite(s.site)}</span>
      </span>
    ),
  },
  {
    header: 'Facility',
    cell: (s) => (
      <span>
        {s.facility.name}
        <span className="block text-ink-muted">{s.facility.address.join(', ')}</span>
      </span>
    ),
  },
  { header: 'Speed', cell: (s) => s.speed },
  { header: 'Occupied', cell: (s) => <Occupancy slot={s} /> },
  {
    header: 'Slot',
    cell: (s) => (
      <span className="font-mono text-xs break-all md:break-normal md:whitespace-nowrap">
        {s.id}
      </span>
    ),
  },
];

export function SlotTable({ slots }: { slots: Slot[] }) {
  return (
    <CardTable
      columns={COLUMNS}
      rows={slots}
      rowKey={(s) => s.id}
      rowData={(s) => ({ 'data-slot-id': s.id })}
      testId="slot-table"
    />
  );
}
