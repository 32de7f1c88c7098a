/** Free and occupied slots per site and speed, over the pages loaded so far (the API has no totals). */
import type { Slot } from '../../api/cni';
import { describeSite } from '../../lib/colos';
import { countSlots, speedsOf } from './slot-counts';

export function SlotCounts({ slots, complete }: { slots: Slot[]; complete: boolean }) {
  const counts = countSlots(slots);
  const speeds = speedsOf(slots);
  return (
    <details className="rounded-md border border-line p-3" open={counts.length <= 12}>
      <summary className="cursor-pointer text-sm font-semibold">
        Free / occupied per site and speed{' '}
        <span className="font-normal text-ink-muted">
          {complete
            ? `(all ${slots.length} slots matching the filters)`
            : `(counted over the ${slots.length} slots loaded so far, not the whole catalogue)`}
        </span>
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="text-sm" data-testid="slot-counts">
          <caption className="sr-only">Free and occupied slots per site and speed</caption>
          <thead>
            <tr className="border-b border-line">
              <th className="px-2 py-1 text-left font-medium text-ink-muted">Site</th>
              {speeds.map((s) => (
                <th key={s} className="px-2 py-1 text-right font-medium text-ink-muted">
                  {s}
                </th>
              ))}
              <th className="px-2 py-1 text-right font-medium text-ink-muted">All</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.site} className="border-b border-line">
                <th scope="row" className="px-2 py-1 text-left font-normal whitespace-nowrap">
                  <span className="font-mono">{c.site.toUpperCase()}</span>{' '}
                  <span className="text-ink-muted">{describeSite(c.site)}</span>
                </th>
                {speeds.map((s) => {
                  const cell = c.speeds.find((x) => x.speed === s);
                  return (
                    <td key={s} className="px-2 py-1 text-right font-mono whitespace-nowrap">
                      {cell ? `${cell.free} / ${cell.occupied}` : '·'}
                    </td>
                  );
                })}
                <td className="px-2 py-1 text-right font-mono whitespace-nowrap">
                  {c.free} / {c.occupied}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-1 text-xs text-ink-muted">
          Each cell: free / occupied. · means none loaded.
        </p>
      </div>
    </details>
  );
}
