/** The routes tab: filters, CSV export of exactly what is shown, and the virtualized table. */
import { useMemo } from 'react';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/ui/EmptyState';
import { routesToCsv, downloadText } from './csv';
import { RouteFilters } from './RouteFilters';
import {
  communityCounts,
  filterRows,
  sortRows,
  type RouteFilter,
  type RouteRow,
} from './routes-model';
import { RoutesTable } from './RoutesTable';
import type { PrefixSearch } from './search';

interface Props {
  cidr: string;
  rows: readonly RouteRow[];
  names: ReadonlyMap<number, string>;
  search: PrefixSearch;
  onSearch: (patch: Partial<PrefixSearch>) => void;
}

export function RoutesTab({ cidr, rows, names, search, onSearch }: Props) {
  const filter: RouteFilter = {
    collector: search.collector,
    as: search.as,
    community: search.community,
  };
  const sort = search.sort ?? 'collector';
  const dir = search.dir ?? 'asc';
  const collectors = useMemo(() => [...new Set(rows.map((r) => r.collector))].sort(), [rows]);
  const communities = useMemo(() => communityCounts(rows), [rows]);
  // Sorted once per sort order; a filter change only filters the sorted rows (order is kept).
  const sorted = useMemo(() => sortRows(rows, sort, dir), [rows, sort, dir]);
  const shown = useMemo(
    () => filterRows(sorted, filter),
    // The filter fields are primitives from the URL; the object is rebuilt each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sorted, filter.collector, filter.as, filter.community],
  );
  const onSort = (key: typeof sort) =>
    onSearch({
      sort: key === 'collector' ? undefined : key,
      dir: key === sort && dir === 'asc' ? 'desc' : undefined,
    });
  const exportCsv = () => {
    const name = `routes-${cidr.replace(/[/:]/g, '_')}.csv`;
    downloadText(name, routesToCsv(shown, names), 'text/csv');
  };
  return (
    <div>
      <RouteFilters
        filter={filter}
        collectors={collectors}
        communities={communities}
        onChange={(f) => onSearch({ collector: f.collector, as: f.as, community: f.community })}
      />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p data-testid="routes-count" aria-live="polite">
          {shown.length === rows.length
            ? `${rows.length} routes`
            : `${shown.length} of ${rows.length} routes match the filters`}
        </p>
        <Button onClick={exportCsv} disabled={shown.length === 0}>
          Export CSV ({shown.length})
        </Button>
      </div>
      {shown.length === 0 ? (
        <EmptyState title="No route matches these filters">
          Clear a filter to see more routes.
        </EmptyState>
      ) : (
        <>
          {/* Below sm the columns are wider than the screen; say so, since nothing else does. */}
          <p className="mb-1 text-xs text-ink-muted sm:hidden" aria-hidden="true">
            Scroll the table sideways for the rest of each path, communities and time →
          </p>
          <RoutesTable
            rows={shown}
            names={names}
            sort={sort}
            dir={dir}
            onSort={onSort}
            onPickAs={(as) => onSearch({ as })}
            highlight={filter.as}
          />
        </>
      )}
    </div>
  );
}
