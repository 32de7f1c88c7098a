/** Filters, view switch and exports. Every control writes the URL, so a view can be shared. */
import { useId } from 'react';
import { Button } from '../../components/ui/Button';
import type { RelFilter, RoleCounts } from './neighbours';
import type { AsnView } from './search';

interface ToolbarProps {
  rel: RelFilter;
  country: string;
  q: string;
  view: AsnView;
  counts: RoleCounts;
  countries: { code: string; count: number }[];
  shown: number;
  onChange: (patch: { rel?: RelFilter; country?: string; q?: string; view?: AsnView }) => void;
  onCsv: () => void;
  onPng?: () => void;
}

const field = 'rounded-md border border-line bg-surface px-2 py-1.5';
const VIEWS: { value: AsnView; label: string }[] = [
  { value: 'both', label: 'Graph and table' },
  { value: 'graph', label: 'Graph' },
  { value: 'table', label: 'Table' },
];

export function Toolbar(p: ToolbarProps) {
  const id = useId();
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    <div className="mb-3 flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        <span className="text-ink-muted">Relationship</span>
        <select
          className={field}
          value={p.rel}
          onChange={(e) => p.onChange({ rel: e.target.value as RelFilter })}
        >
          <option value="all">
            All ({n(p.counts.provider + p.counts.peer + p.counts.customer + p.counts.other)})
          </option>
          <option value="provider">Providers ({n(p.counts.provider)})</option>
          <option value="peer">Peers ({n(p.counts.peer)})</option>
          <option value="customer">Customers ({n(p.counts.customer)})</option>
          {p.counts.other > 0 ? <option value="other">Other ({n(p.counts.other)})</option> : null}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-ink-muted">Country</span>
        <select
          className={field}
          value={p.country}
          onChange={(e) => p.onChange({ country: e.target.value })}
        >
          <option value="">All countries</option>
          {p.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} ({n(c.count)})
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-40 flex-1 flex-col gap-1">
        <span className="text-ink-muted">Find a neighbour</span>
        <input
          type="search"
          className={field}
          value={p.q}
          placeholder="ASN or name"
          onChange={(e) => p.onChange({ q: e.target.value })}
          aria-describedby={`${id}-shown`}
        />
      </label>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-ink-muted">Show</legend>
        <div className="flex rounded-md border border-line">
          {VIEWS.map((v) => (
            <label
              key={v.value}
              className="cursor-pointer px-2 py-1.5 has-[:checked]:bg-accent has-[:checked]:text-accent-ink has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent"
            >
              <input
                type="radio"
                name={`${id}-view`}
                value={v.value}
                checked={p.view === v.value}
                onChange={() => p.onChange({ view: v.value })}
                className="sr-only"
              />
              {v.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex gap-2">
        <Button onClick={p.onCsv}>Download CSV</Button>
        {p.onPng ? <Button onClick={p.onPng}>Download PNG</Button> : null}
      </div>
      <p id={`${id}-shown`} className="basis-full text-ink-muted" aria-live="polite">
        {n(p.shown)} {p.shown === 1 ? 'neighbour matches' : 'neighbours match'}.
      </p>
    </div>
  );
}
