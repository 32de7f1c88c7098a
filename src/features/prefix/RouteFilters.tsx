/**
 * Filters for the routes table. Each change goes straight to the URL (from the event handler), so
 * a filtered view can be shared and survives a reload. The AS box refuses what is not an AS number
 * with the reason, instead of silently filtering everything out.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/Button';
import { parseAsn } from '../../lib/asn';
import { communityLabel, type Community } from '../../lib/communities';
import type { RouteFilter } from './routes-model';

interface Props {
  filter: RouteFilter;
  collectors: readonly string[];
  communities: ReadonlyArray<{ community: Community; routes: number }>;
  onChange: (next: RouteFilter) => void;
}

const field = 'h-9 rounded-md border border-line bg-surface px-2 text-sm';

export function RouteFilters({ filter, collectors, communities, onChange }: Props) {
  const [asText, setAsText] = useState(filter.as === undefined ? '' : String(filter.as));
  const [asError, setAsError] = useState<string | null>(null);
  const [communityText, setCommunityText] = useState(filter.community ?? '');
  // Suggestions are only needed once the box is used; not rendering them spares the first paint.
  const [suggest, setSuggest] = useState(false);
  // When the URL changes from elsewhere (a click in the graph or a path), show what it says.
  const [seen, setSeen] = useState(filter);
  if (seen.as !== filter.as || seen.community !== filter.community) {
    setSeen(filter);
    setAsText(filter.as === undefined ? '' : String(filter.as));
    setCommunityText(filter.community ?? '');
    setAsError(null);
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    let as: number | undefined;
    if (asText.trim() !== '') {
      const r = parseAsn(asText);
      if (!r.ok) {
        setAsError(r.reason);
        return;
      }
      as = r.value;
    }
    setAsError(null);
    onChange({ ...filter, as, community: communityText.trim() || undefined });
  };

  const active =
    filter.collector !== undefined || filter.as !== undefined || filter.community !== undefined;
  return (
    <form
      onSubmit={submit}
      className="mb-3 flex flex-wrap items-end gap-2"
      aria-label="Filter routes"
    >
      <label className="flex flex-col text-xs text-ink-muted">
        Collector
        <select
          className={field}
          value={filter.collector ?? ''}
          onChange={(e) => onChange({ ...filter, collector: e.target.value || undefined })}
        >
          <option value="">All collectors</option>
          {collectors.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-ink-muted">
        AS in path
        <input
          className={`${field} w-32 font-mono`}
          value={asText}
          placeholder="e.g. 174"
          aria-invalid={asError !== null}
          aria-describedby={asError ? 'as-filter-error' : undefined}
          onChange={(e) => setAsText(e.target.value)}
        />
      </label>
      <label className="flex flex-col text-xs text-ink-muted">
        Community
        <input
          className={`${field} w-40 font-mono`}
          value={communityText}
          list="community-options"
          placeholder="e.g. NO_EXPORT"
          onChange={(e) => setCommunityText(e.target.value)}
          onFocus={() => setSuggest(true)}
        />
        <datalist id="community-options">
          {suggest
            ? communities.slice(0, 50).map(({ community, routes }) => (
                <option key={community.raw} value={communityLabel(community)}>
                  {routes} routes
                </option>
              ))
            : null}
        </datalist>
      </label>
      <Button type="submit">Apply</Button>
      {active ? (
        <Button variant="ghost" onClick={() => onChange({})}>
          Clear filters
        </Button>
      ) : null}
      {asError ? (
        <p id="as-filter-error" role="alert" className="w-full text-sm text-status-bad">
          {asError}
        </p>
      ) : null}
    </form>
  );
}
