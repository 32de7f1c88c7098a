/** Site, type and status filters; each change goes straight into the URL. */
import { useNavigate } from '@tanstack/react-router';
import { KNOWN_STATES } from './status';
import type { Option } from './interconnect-rows';
import type { InterconnectsSearch } from './search';
import { inputClass } from './Field';

export function InterconnectFilters({
  search,
  options,
}: {
  search: InterconnectsSearch;
  options: { sites: Option[]; types: Option[] };
}) {
  const navigate = useNavigate({ from: '/interconnects/' });
  const set = (key: keyof InterconnectsSearch, value: string) =>
    void navigate({ search: (prev) => ({ ...prev, [key]: value || undefined }) });
  const statusOptions = KNOWN_STATES.map((s) => ({ value: s, label: s }));
  const filters: { key: keyof InterconnectsSearch; label: string; options: Option[] }[] = [
    { key: 'site', label: 'Site', options: options.sites },
    { key: 'type', label: 'Type', options: options.types },
    { key: 'status', label: 'Status', options: statusOptions },
  ];
  return (
    <div className="flex flex-wrap gap-3">
      {filters.map((f) => {
        const value = search[f.key] ?? '';
        // Keep a value from the URL selectable even if this account has no such site or type.
        const opts =
          value && !f.options.some((o) => o.value === value)
            ? [...f.options, { value, label: value }]
            : f.options;
        return (
          <label key={f.key} className="text-sm font-medium">
            {f.label}
            <select
              className={`${inputClass} mt-1 block min-w-32`}
              value={value}
              onChange={(e) => set(f.key, e.target.value)}
            >
              <option value="">Any</option>
              {opts.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </div>
  );
}
