/**
 * `/byoip`: every BGP prefix of the account, configured state next to what the Internet shows,
 * filtered and sorted from the URL, with a selection for bulk changes.
 */
import { useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { advertisementState } from '../../api/addressing';
import { PageHeader } from '../../components/layout/PageHeader';
import { EmptyState } from '../../components/ui/EmptyState';
import { Panel } from '../../components/ui/Panel';
import { driftOf } from './drift';
import { BulkChange } from './BulkChange';
import { useAccountRows, useNow, useSession, useStaggeredObservations, type Row } from './data';
import { ListCards } from './ListCards';
import { filterAndSort, type ListItem, type ListSearch } from './list-search';
import { ConfiguredBadge, DriftBadges, ObservedSummary } from './StateBadges';

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
  const items: (ListItem & { row: Row })[] = rows.map((row, i) => {
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
  return (
    <div className="space-y-3">
      <Filters search={search} />
      <div className="md:hidden">
        <ListCards
          items={shown}
          selected={selected}
          onToggle={toggle}
          settings={(row) => <Settings row={row} />}
        />
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
              <tr key={i.bgpId} className="border-b border-line align-top last:border-0">
                <td className="py-2">
                  <input
                    type="checkbox"
                    aria-label={`Select ${i.cidr}`}
                    checked={selected.includes(i.bgpId)}
                    onChange={() => toggle(i.bgpId)}
                  />
                </td>
                <td className="py-2 pr-3 font-mono">
                  <Link
                    to="/byoip/$prefixId/$bgpPrefixId"
                    params={{ prefixId: i.prefixId, bgpPrefixId: i.bgpId }}
                    className="text-accent underline"
                  >
                    {i.cidr}
                  </Link>
                  <div className="text-xs text-ink-muted">{i.asn ? `AS${i.asn}` : 'no ASN'}</div>
                </td>
                <td className="py-2 pr-3 font-mono">
                  <Link
                    to="/byoip/$prefixId"
                    params={{ prefixId: i.prefixId }}
                    // A label, not an sr-only span: the absolutely placed span took the link's
                    // click point off the link, so a pointer landed on the cell instead.
                    aria-label={`IP prefix ${i.prefixCidr}`}
                    className="underline"
                  >
                    {i.prefixCidr}
                  </Link>
                </td>
                <td className="py-2 pr-3">
                  <ConfiguredBadge bgp={i.row.bgp} />
                </td>
                <td className="py-2 pr-3 text-xs">
                  <Settings row={i.row} />
                </td>
                <td className="py-2 pr-3">
                  <ObservedSummary o={i.observation} />
                </td>
                <td className="py-2">
                  <DriftBadges labels={i.drift} />
                </td>
              </tr>
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

function Settings({ row }: { row: Row }) {
  const od = row.bgp.on_demand;
  return (
    <ul className="space-y-0.5">
      <li>on-demand: {od?.on_demand_enabled ? 'enabled' : 'not enabled'}</li>
      {od?.on_demand_locked ? <li className="font-semibold">locked</li> : null}
      <li>prepend: {row.bgp.asn_prepend_count ?? 0}</li>
      <li>auto advertise/withdraw: {row.bgp.auto_advertise_withdraw ? 'on' : 'off'}</li>
    </ul>
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
