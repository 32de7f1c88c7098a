/** Loaded slots; below `md` each row is a card with labelled cells, as in the interconnect table. */
import type { Slot } from '../../api/cni';
import { Badge } from '../../components/ui/Badge';
import { describeSite } from '../../lib/colos';

const th = 'px-2 py-2 text-left font-medium text-ink-muted';
const td = 'px-2 py-1 md:py-2 align-top max-md:flex max-md:gap-2';
const label = (text: string) => (
  <span aria-hidden="true" className="w-20 shrink-0 text-ink-muted md:hidden">
    {text}
  </span>
);

function Occupancy({ slot }: { slot: Slot }) {
  if (!slot.occupied) return <Badge tone="ok">Free</Badge>;
  return <Badge tone="neutral">{slot.account ? 'Occupied by your account' : 'Occupied'}</Badge>;
}

export function SlotTable({ slots }: { slots: Slot[] }) {
  return (
    <table className="w-full text-sm" data-testid="slot-table">
      <thead className="max-md:sr-only">
        <tr className="border-b border-line">
          <th className={th}>Site</th>
          <th className={th}>Facility</th>
          <th className={th}>Speed</th>
          <th className={th}>Occupied</th>
          <th className={th}>Slot</th>
        </tr>
      </thead>
      <tbody>
        {slots.map((s) => (
          <tr
            key={s.id}
            data-slot-id={s.id}
            className="border-b border-line max-md:block max-md:py-2"
          >
            <th scope="row" className={`${td} text-left font-normal`}>
              {label('Site')}
              <span>
                <span className="font-mono">{s.site.toUpperCase()}</span>{' '}
                <span className="text-ink-muted">{describeSite(s.site)}</span>
              </span>
            </th>
            <td className={td}>
              {label('Facility')}
              <span>
                {s.facility.name}
                <span className="block text-ink-muted">{s.facility.address.join(', ')}</span>
              </span>
            </td>
            <td className={td}>
              {label('Speed')}
              {s.speed}
            </td>
            <td className={td}>
              {label('Occupied')}
              <Occupancy slot={s} />
            </td>
            <td className={td}>
              {label('Slot')}
              <span className="font-mono text-xs break-all md:break-normal md:whitespace-nowrap">
                {s.id}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
