/**
 * Colos from the real list (lib/colos.ts), searchable by code, city or country and grouped by
 * region. Nothing picked means all colos: the request then leaves `colos` out, as the API asks.
 * China colos are listed but cannot be picked: they do not run traceroutes.
 */
import { useId, useMemo, useState } from 'react';
import { COLOS, coloOf, type Colo } from '../../lib/colos';
import { coloUnavailable } from './form-model';

function matches(c: Colo, q: string) {
  return (
    c.code.startsWith(q) || c.city.toLowerCase().includes(q) || c.country.toLowerCase().includes(q)
  );
}

export function ColoPicker({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange: (colos: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  // The full list (340 checkboxes) is drawn only when asked for or filtered.
  const [browse, setBrowse] = useState(false);
  const id = useId();
  const q = query.trim().toLowerCase();
  const regions = useMemo(() => {
    const by = new Map<string, Colo[]>();
    for (const c of COLOS) {
      if (q && !matches(c, q)) continue;
      by.set(c.region, [...(by.get(c.region) ?? []), c]);
    }
    return [...by].sort(([a], [b]) => a.localeCompare(b));
  }, [q]);
  const picked = new Set(value);
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...value, code] : value.filter((c) => c !== code));
  const shown = regions.flatMap(([, cs]) => cs).filter((c) => !coloUnavailable(c.code));

  return (
    <fieldset className="min-w-0" aria-describedby={`${id}-summary`}>
      <legend className="text-sm font-medium">Colos</legend>
      <div id={`${id}-summary`} className="mt-1 flex flex-wrap items-center gap-1 text-sm">
        {value.length === 0 ? (
          <span data-testid="colos-all">
            All colos (none picked: the request leaves <code>colos</code> out)
          </span>
        ) : (
          <>
            {value.map((code) => (
              <button
                key={code}
                type="button"
                onClick={() => toggle(code, false)}
                className="rounded border border-line bg-surface-sunken px-1.5 py-0.5 font-mono text-xs hover:border-status-bad"
                aria-label={`Remove ${code} (${coloOf(code)?.city ?? ''})`}
              >
                {code} <span aria-hidden="true">×</span>
              </button>
            ))}
            <button
              type="button"
              className="text-xs text-accent underline"
              onClick={() => onChange([])}
            >
              Clear: use all colos
            </button>
          </>
        )}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-q`} className="sr-only">
          Filter colos by code, city or country
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Filter: den, Singapore, Brazil…"
          className="min-h-9 w-full max-w-xs rounded-md border border-line bg-surface px-2 text-sm"
        />
        <button
          type="button"
          aria-expanded={browse || q !== ''}
          className="text-xs text-accent underline"
          onClick={() => {
            setBrowse(!browse);
            setQuery('');
          }}
        >
          {browse ? 'Hide the list' : `Browse all ${COLOS.length} colos by region`}
        </button>
        {q && shown.length > 0 ? (
          <button
            type="button"
            className="text-xs text-accent underline"
            onClick={() => onChange([...new Set([...value, ...shown.map((c) => c.code)])])}
          >
            Pick all {shown.length} shown
          </button>
        ) : null}
      </div>
      {browse || q ? (
        <div
          className="mt-2 max-h-56 overflow-y-auto rounded-md border border-line p-2 text-sm"
          data-testid="colo-list"
        >
          {regions.length === 0 ? (
            <p className="text-ink-muted">No colo matches “{query}”.</p>
          ) : null}
          {regions.map(([region, colos]) => (
            <div key={region} role="group" aria-label={region} className="mb-2">
              <p className="sticky -top-2 bg-surface-raised py-0.5 text-xs font-semibold text-ink-muted">
                {region}
              </p>
              <ul className="grid grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-x-3">
                {colos.map((c) => {
                  const off = coloUnavailable(c.code);
                  return (
                    <li key={c.code}>
                      <label className={`flex gap-2 py-0.5 ${off ? 'text-ink-muted' : ''}`}>
                        <input
                          type="checkbox"
                          checked={picked.has(c.code)}
                          disabled={off}
                          onChange={(e) => toggle(c.code, e.target.checked)}
                        />
                        <span className="min-w-0">
                          <span className="font-mono">{c.code}</span> {c.city}, {c.country}
                          {off ? <span className="text-xs"> (no traceroutes in China)</span> : null}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
