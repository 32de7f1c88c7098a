/**
 * The interconnect table. Below `md` each row becomes a card (the header is kept for screen readers
 * and each cell labels itself), so the page reads at 375 px without sideways scrolling.
 */
import { Link } from '@tanstack/react-router';
import { describeSite } from '../../lib/colos';
import { typeLabel, type InterconnectRow } from './interconnect-rows';
import { StatusBadge } from './StatusBadge';
import { Badge } from '../../components/ui/Badge';

const th = 'px-2 py-2 text-left font-medium text-ink-muted';
const td = 'px-2 py-1 md:py-2 align-top max-md:flex max-md:gap-2';
const label = (text: string) => (
  <span aria-hidden="true" className="w-20 shrink-0 text-ink-muted md:hidden">
    {text}
  </span>
);

export function InterconnectTable({ rows }: { rows: InterconnectRow[] }) {
  return (
    <table className="w-full text-sm" data-testid="interconnect-table">
      <thead className="max-md:sr-only">
        <tr className="border-b border-line">
          <th className={th}>Name</th>
          <th className={th}>Status</th>
          <th className={th}>Site</th>
          <th className={th}>Facility</th>
          <th className={th}>Speed</th>
          <th className={th}>Slot</th>
          <th className={th}>Type</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const ic = r.interconnect;
          return (
            <tr
              key={r.name}
              data-name={r.name}
              className="border-b border-line max-md:block max-md:py-2"
            >
              <th scope="row" className={`${td} text-left font-normal`}>
                {label('Name')}
                <Link
                  to="/interconnects/$icon"
                  params={{ icon: r.name }}
                  className="font-mono font-medium break-all text-accent underline md:break-normal md:whitespace-nowrap"
                >
                  {r.name}
                </Link>
              </th>
              <td className={td} data-testid="status">
                {label('Status')}
                {r.state ? (
                  <StatusBadge state={r.state} reason={r.reason} />
                ) : (
                  <Badge tone="neutral">Checking…</Badge>
                )}
              </td>
              <td className={td}>
                {label('Site')}
                {ic.site ? (
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
                )}
              </td>
              <td className={td}>
                {label('Facility')}
                {ic.facility?.name ?? '—'}
              </td>
              <td className={td}>
                {label('Speed')}
                {ic.speed ?? '—'}
              </td>
              <td className={td}>
                {label('Slot')}
                {ic.slot_id ? (
                  <span className="font-mono" title={ic.slot_id}>
                    {ic.slot_id.slice(0, 8)}
                  </span>
                ) : (
                  '—'
                )}
              </td>
              <td className={td}>
                {label('Type')}
                {typeLabel(ic.type)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
