/** The relationships of one AS: summary, filters, graph and table, all driven by the URL. */
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useRef } from 'react';
import { asnInfoQuery, asnRelsQuery } from '../../api/radar-asns';
import type { GraphHandle } from '../../components/graph/CytoscapeGraph';
import { EmptyState } from '../../components/ui/EmptyState';
import { AsnGraph } from './AsnGraph';
import { AsnSummary } from './AsnSummary';
import { download, neighboursCsv } from './export';
import { GraphLegend } from './GraphLegend';
import { Toolbar } from './Toolbar';
import { NeighbourTable } from './NeighbourTable';
import {
  RANK_EXPLANATION,
  countRoles,
  countriesOf,
  filterNeighbours,
  sortNeighbours,
  toNeighbours,
} from './neighbours';
import { roleLabel } from './role-label';
import type { AsnPageProps } from './AsnPage';

type Props = Omit<AsnPageProps, 'asnParam'> & { asn: number };

export function Relationships({ asn, search, setSearch, openAsn }: Props) {
  const { data } = useSuspenseQuery(asnRelsQuery(asn));
  const info = useQuery(asnInfoQuery(asn)).data;
  const graph = useRef<GraphHandle>(null);
  const rel = search.rel ?? 'all';
  const country = search.country ?? '';
  const q = search.q ?? '';
  const view = search.view ?? 'both';
  const sort = search.sort ?? 'rel';

  const all = useMemo(() => toNeighbours(data.rels), [data]);
  const counts = useMemo(() => countRoles(all), [all]);
  const countries = useMemo(() => countriesOf(all), [all]);
  const filtered = useMemo(
    () => filterNeighbours(all, { rel, country, q }),
    [all, rel, country, q],
  );
  const rows = useMemo(() => sortNeighbours(filtered, sort), [filtered, sort]);
  const name = info?.name ?? data.rels[0]?.asn1_name ?? '';
  const center = useMemo(() => ({ asn, name }), [asn, name]);
  const selected = search.node === undefined ? undefined : all.find((n) => n.asn === search.node);

  if (all.length === 0) {
    return (
      <EmptyState title={`AS${asn} has no relationships in Radar's data.`}>
        Relationships are inferred from BGP paths seen by public route collectors (
        {data.meta.data_time}
        ). A network that is not seen in any path, or only behind one other network, has none here.
      </EmptyState>
    );
  }

  const filename = `AS${asn}-neighbours${rel === 'all' ? '' : `-${rel}`}${country ? `-${country}` : ''}`;
  const showGraph = view !== 'table';
  const showTable = view !== 'graph';
  return (
    <>
      <AsnSummary asn={asn} counts={counts} meta={data.meta} info={info ?? null} />
      <Toolbar
        rel={rel}
        country={country}
        q={q}
        view={view}
        counts={counts}
        countries={countries}
        shown={rows.length}
        onChange={(patch) =>
          setSearch({
            ...patch,
            ...(patch.rel !== undefined
              ? { rel: patch.rel === 'all' ? undefined : patch.rel }
              : {}),
            ...(patch.country !== undefined ? { country: patch.country || undefined } : {}),
            ...(patch.q !== undefined ? { q: patch.q || undefined } : {}),
            ...(patch.view !== undefined
              ? { view: patch.view === 'both' ? undefined : patch.view }
              : {}),
          })
        }
        onCsv={() =>
          download(new Blob([neighboursCsv(rows)], { type: 'text/csv' }), `${filename}.csv`)
        }
        onPng={
          showGraph
            ? () => {
                const bg = getComputedStyle(document.documentElement).getPropertyValue(
                  '--rd-surface-raised',
                );
                const png = graph.current?.exportPng(bg.trim() || '#ffffff');
                if (png) download(png, `${filename}.png`);
              }
            : undefined
        }
      />
      <div className={view === 'both' ? 'grid gap-4 2xl:grid-cols-[3fr_2fr]' : ''}>
        {showGraph ? (
          <div className="min-w-0 space-y-2">
            <div className="rounded-md border border-line bg-surface-raised">
              <AsnGraph
                center={center}
                neighbours={filtered}
                selected={search.node}
                compare={search.asn2}
                filterKey={`${rel}|${country}|${q}`}
                onSelect={(node) => setSearch({ node })}
                onOpen={openAsn}
                graph={graph}
              />
            </div>
            {selected ? (
              <p className="text-sm" data-testid="graph-selection">
                Selected: <strong>AS{selected.asn}</strong> {selected.name} ·{' '}
                {selected.country || 'country unknown'} · {roleLabel(selected)} ·{' '}
                <Link
                  to="/asn/$asn"
                  params={{ asn: String(selected.asn) }}
                  className="text-accent underline"
                >
                  open AS{selected.asn}
                </Link>
              </p>
            ) : null}
            <GraphLegend />
            <p className="text-xs text-ink-muted">{RANK_EXPLANATION}</p>
          </div>
        ) : null}
        {showTable ? (
          <div className="min-w-0">
            {rows.length === 0 ? (
              <EmptyState title="No neighbour matches these filters.">
                Clear the filters to see all {all.length.toLocaleString('en-US')}.
              </EmptyState>
            ) : (
              <NeighbourTable
                rows={rows}
                sort={sort}
                onSort={(s) => setSearch({ sort: s === 'rel' ? undefined : s })}
                compare={search.asn2}
                selected={search.node}
              />
            )}
          </div>
        ) : null}
      </div>
    </>
  );
}
