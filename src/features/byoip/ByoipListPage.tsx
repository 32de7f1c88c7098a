/**
 * `/byoip`: every BGP prefix of the account, configured state next to what the Internet shows,
 * filtered and sorted from the URL, with a selection for bulk changes.
 */
import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { advertisementState } from '../../api/addressing';
import { PageHeader } from '../../components/layout/PageHeader';
import { EmptyState } from '../../components/ui/EmptyState';
import { Panel } from '../../components/ui/Panel';
import { driftOf } from './drift';
import { BulkChange } from './BulkChange';
import { useAccountRows, useNow, useSession, useStaggeredObservations } from './data';
import { filterAndSort, type ListSearch } from './list-search';
import { PrefixItem, type Item } from './PrefixItem';

export function ByoipListPage({ search }: { search: ListSearch }) {
  return (
    <>
      <PageHeader
        title="BYOIP advertisement"
        description="Configured advertisement of each BGP prefix next to what route collectors see."
      />
      <Panel title="BGP prefixes" skeletonRows={6}>
        <ListBody search={search} />
      </Panel>
    </>
  );
}

function ListBody({ search }: { search: ListSearch }) {
  const session = useSession();
  const rows = useAccountRows(session.accountId);
  const observed = useStaggeredObservations(rows);
  const now = useNow(5_000);
  const [selected, setSelected] = useState<string[]>([]);
  const items: Item[] = rows.map((row, i) => {
    const o = observed[i]?.observation ?? null;
    const state = advertisementState(row.bgp);
    const changed = Date.parse(row.bgp.on_demand?.advertised_modified_at ?? '');
    const configured = {
      advertised: state !== 'withdrawn',
      asn: row.bgp.asn ?? null,
      changedAt: Number.isNaN(changed) ? null : changed,
    };
    return {
      row,
      prefixId: row.prefix.id,
      prefixCidr: row.prefix.cidr,
      bgpId: row.bgp.id,
      cidr: row.bgp.cidr,
      asn: row.bgp.asn ?? null,
      state,
      observation: o,
      drift: driftOf(configured, o, now, session.timeScale),
    };
  });
  const shown = filterAndSort(items, search) as typeof items;
  if (rows.length === 0) {
    return (
      <EmptyState title="No BGP prefixes on this account">
        Add a BYOIP prefix in Cloudflare first.
      </EmptyState>
    );
  }
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  // The same item shows as a card below md and as a table row from md up.
  const itemProps = (item: Item) => ({
    item,
    selected: selected.includes(item.bgpId),
    onToggle: () => toggle(item.bgpId),
  });
  return (
    <div className="space-y-3">
      <Filters search={search} />
      <div className="md:hidden">
        <ul className="space-y-3">
          {shown.map((i) => (
            <PrefixItem key={i.bgpId} {...itemProps(i)} layout="card" />
          ))}
        </ul>
      </div>
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full min-w-[56rem] text-left text-sm">
          <thead className="border-b border-line text-xs text-ink-muted uppercase">
            <tr>
              <th className="w-8 py-2">
                <span className="sr-only">Select</span>
              </th>
              <th className="py-2 pr-3">BGP prefix</th>
              <th className="py-2 pr-3">IP prefix</th>
              <th className="py-2 pr-3">Configured</th>
              <th className="py-2 pr-3">Settings</th>
              <th className="py-2 pr-3">Observed</th>
              <th className="py-2">Drift</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <PrefixItem key={i.bgpId} {...itemProps(i)} layout="row" />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 ? <EmptyState title="No BGP prefix matches these filters" /> : null}
      {/* In the order shown, and only rows on screen: a filter must not hide what gets changed. */}
      <BulkChange
        rows={shown.filter((i) => selected.includes(i.bgpId)).map((i) => i.row)}
        onDone={() => setSelected([])}
      />
    </div>
  );
}

function Filters({ search }: { search: ListSearch }) {
  const navigate = useNavigate({ from: '/byoip/' });
  const set = (patch: Partial<ListSearch>) =>
    void navigate({ search: (s: ListSearch) => ({ ...s, ...patch }), replace: true });
  const select = 'rounded-md border border-line bg-surface px-2 py-1';
  return (
    <div className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        <span className="text-xs text-ink-muted">Search</span>
        <input
          className={select}
          value={search.q}
          placeholder="CIDR or AS"
          onChange={(e) => set({ q: e.target.value })}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-ink-muted">Configured</span>
        <select
          className={select}
          value={search.state}
          onChange={(e) => set({ state: e.target.value as ListSearch['state'] })}
        >
          <option value="all">all</option>
          <option value="advertised">advertised</option>
          <option value="withdrawn">withdrawn</option>
          <option value="not-on-demand">on-demand off</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-ink-muted">Drift</span>
        <select
          className={select}
          value={search.drift}
          onChange={(e) => set({ drift: e.target.value as ListSearch['drift'] })}
        >
          <option value="all">all</option>
          <option value="drift">drifting only</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-ink-muted">Sort by</span>
        <select
          className={select}
          value={search.sort}
          onChange={(e) => set({ sort: e.target.value as ListSearch['sort'] })}
        >
          <option value="cidr">prefix</option>
          <option value="state">configured state</option>
          <option value="visibility">visibility</option>
          <option value="drift">drift first</option>
        </select>
      </label>
    </div>
  );
}
