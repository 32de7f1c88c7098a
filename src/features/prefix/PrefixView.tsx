/** One prefix's realtime routes: freshness, alarms, origins, collectors, then the tabs. */
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { realtimeQuery } from '../../api/radar-routes';
import { sessionQuery } from '../../api/session';
import { AppLink } from '../../components/layout/AppLink';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/ui/EmptyState';
import { Panel } from '../../components/ui/Panel';
import { Skeleton } from '../../components/ui/Skeleton';
import { StaleNotice } from '../../components/ui/StaleNotice';
import { Tabs } from '../../components/ui/Tabs';
import { CollectorsTable, DataTimes } from './CollectorsPanel';
import { coveringQuery, asnNames } from './data';
import { LiveRefresh, useVisibilityHistory } from './LiveRefresh';
import { OriginAlarms, OriginsList } from './OriginsPanel';
import { LeakHints, Upstreams } from './PathChecks';
import { toRows } from './routes-model';
import { RoutesTab } from './RoutesTab';
import { TABS, type PrefixSearch, type Tab } from './search';
import { mostSpecific } from './target';

// Cytoscape and recharts load only when their view is opened, so the table is interactive first.
const PathGraph = lazy(() => import('./PathGraph'));
const VisibilityChart = lazy(() => import('./VisibilityChart'));

const TAB_LABEL: Record<Tab, string> = {
  routes: 'Routes',
  paths: 'AS paths',
  checks: 'Path checks',
};

interface Props {
  cidr: string;
  search: PrefixSearch;
  onSearch: (patch: Partial<PrefixSearch>) => void;
}

/** For a prefix nobody announces: the covering prefix that is announced, if any. */
function CoveringHint({ cidr }: { cidr: string }) {
  const { data } = useQuery(coveringQuery(cidr));
  const best = data
    ? mostSpecific(data.prefix_origins.filter((o) => o.prefix !== cidr))
    : undefined;
  if (!best) return null;
  return (
    <p className="mt-2">
      It is covered by{' '}
      <AppLink href={`/prefix/${best.prefix}`} className="font-mono text-accent underline">
        {best.prefix}
      </AppLink>{' '}
      (AS{best.origin}), which is announced.
    </p>
  );
}

export function PrefixView({ cidr, search, onSearch }: Props) {
  const query = useSuspenseQuery(realtimeQuery(cidr));
  const session = useQuery(sessionQuery());
  const { meta, routes } = query.data;
  const names = useMemo(() => asnNames(meta.asn_info), [meta.asn_info]);
  const rows = useMemo(() => toRows(routes), [routes]);
  const paths = useMemo(() => routes.map((r) => r.as_path), [routes]);
  const routesBy = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of routes) m.set(r.collector, (m.get(r.collector) ?? 0) + 1);
    return m;
  }, [routes]);
  const visible = meta.prefix_origins.reduce((n, o) => Math.max(n, o.total_visible), 0);
  const total = meta.prefix_origins.reduce((n, o) => Math.max(n, o.total_peers), 0);
  const history = useVisibilityHistory(cidr, query.dataUpdatedAt, visible, total);
  const showChart = search.live === true && history.length > 0;
  // The same elements while only the table's filters, sort or tab change, so React skips these
  // panels on each filter change instead of re-rendering every collector and origin.
  const overview = useMemo(
    () => (
      <>
        <OriginAlarms origins={meta.prefix_origins} />
        <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
          <Panel
            title="Origins"
            description="Who announces the prefix, its RPKI state and how many collector peers see it."
          >
            <OriginsList origins={meta.prefix_origins} names={names} />
            {showChart ? (
              <Suspense fallback={<Skeleton rows={2} />}>
                <VisibilityChart points={history} />
              </Suspense>
            ) : null}
          </Panel>
          <Panel
            title="Collectors"
            description="Where the routes come from and how fresh each collector's data is."
          >
            <CollectorsTable
              collectors={meta.collectors}
              queryTime={meta.query_time}
              routesBy={routesBy}
            />
          </Panel>
        </div>
      </>
    ),
    [meta, names, routesBy, history, showChart],
  );
  const tab = search.tab ?? 'routes';
  const pickAs = (as: number | undefined) => onSearch({ as, tab: undefined });

  const live = (
    <LiveRefresh
      live={search.live === true}
      demo={session.data?.mode === 'demo'}
      fetching={query.isFetching}
      onToggle={(on) => onSearch({ live: on || undefined })}
      onRefresh={() => void query.refetch()}
    />
  );

  if (routes.length === 0 && meta.prefix_origins.length === 0) {
    return (
      <div className="space-y-3">
        <DataTimes dataTime={meta.data_time} queryTime={meta.query_time} />
        <EmptyState title={`Nobody announces ${cidr}`}>
          <p data-testid="no-routes">
            No collector peer has a route for exactly this prefix and no origin is listed for it.
          </p>
          <CoveringHint cidr={cidr} />
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <DataTimes dataTime={meta.data_time} queryTime={meta.query_time} />
        {live}
      </div>
      <StaleNotice
        dataUpdatedAt={query.dataUpdatedAt}
        error={query.isRefetchError ? query.error : null}
        onRefresh={() => void query.refetch()}
      />
      {overview}
      <section
        aria-label="Routes and paths"
        className="min-w-0 rounded-lg border border-line bg-surface-raised p-4 shadow-sm"
      >
        <Tabs
          label="View"
          tabs={TABS.map((t) => ({
            value: t,
            label: t === 'routes' ? `${TAB_LABEL[t]} (${routes.length})` : TAB_LABEL[t],
          }))}
          value={tab}
          onChange={(t) => onSearch({ tab: t === 'routes' ? undefined : t })}
        >
          {tab === 'routes' ? (
            <RoutesTab cidr={cidr} rows={rows} names={names} search={search} onSearch={onSearch} />
          ) : null}
          {tab === 'paths' ? (
            <Suspense fallback={<Skeleton rows={6} label="Loading the graph" />}>
              <PathGraph
                paths={paths}
                names={names}
                selected={search.as}
                onSelect={(as) => onSearch({ as })}
              />
              {search.as !== undefined ? (
                <Button className="mt-2" onClick={() => onSearch({ tab: undefined })}>
                  Show the routes through AS{search.as}
                </Button>
              ) : null}
            </Suspense>
          ) : null}
          {tab === 'checks' ? (
            <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
              <div>
                <h3 className="mb-2 font-semibold">Upstreams of the origin</h3>
                <Upstreams rows={rows} names={names} onPickAs={pickAs} />
              </div>
              <div>
                <h3 className="mb-2 font-semibold">
                  Valley-free check (hints: relationships are inferred)
                </h3>
                <LeakHints rows={rows} names={names} onPickAs={pickAs} />
              </div>
            </div>
          ) : null}
        </Tabs>
      </section>
    </div>
  );
}
