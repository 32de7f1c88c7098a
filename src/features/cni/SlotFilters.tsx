/**
 * The slot list's filters: the API's four, applied to the URL on submit (text fields) or on change
 * (the occupied choice). Sites and speeds are suggested, not imposed: the API takes any string.
 */
import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { Button } from '../../components/ui/Button';
import { COLOS } from '../../lib/colos';
import { inputClass } from './Field';
import type { SlotsSearch } from './search';

/** Speeds the API's bandwidth enum lists (CONTRACT 6), as suggestions. */
const API_SPEEDS = [
  '50M',
  '100M',
  '200M',
  '300M',
  '400M',
  '500M',
  '1G',
  '2G',
  '5G',
  '10G',
  '20G',
  '50G',
];

type Occupied = 'any' | 'free' | 'occupied';
const toOccupied = (v: boolean | undefined): Occupied =>
  v === undefined ? 'any' : v ? 'occupied' : 'free';
const fromOccupied = (v: Occupied) => (v === 'any' ? undefined : v === 'occupied');

export function SlotFilters({ search }: { search: SlotsSearch }) {
  // Keyed by the URL so Back/Forward and "clear" refill the fields.
  return <FilterForm key={JSON.stringify(search)} search={search} />;
}

function FilterForm({ search }: { search: SlotsSearch }) {
  const navigate = useNavigate({ from: '/slots' });
  const [site, setSite] = useState(search.site ?? '');
  const [speed, setSpeed] = useState(search.speed ?? '');
  const [address, setAddress] = useState(search.address_contains ?? '');
  const apply = (occupied: boolean | undefined) =>
    void navigate({
      search: {
        site: site.trim().toLowerCase() || undefined,
        speed: speed.trim().toUpperCase() || undefined,
        occupied,
        address_contains: address.trim() || undefined,
      },
    });
  const active = Object.values(search).some((v) => v !== undefined);
  return (
    <form
      role="search"
      aria-label="Slot filters"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
      onSubmit={(e) => {
        e.preventDefault();
        apply(search.occupied);
      }}
    >
      <label className="text-sm font-medium">
        Site
        <input
          className={`${inputClass} mt-1`}
          list="slot-sites"
          value={site}
          placeholder="e.g. lhr"
          onChange={(e) => setSite(e.target.value)}
        />
        <datalist id="slot-sites">
          {COLOS.map((c) => (
            <option key={c.code} value={c.code}>
              {c.city}, {c.country}
            </option>
          ))}
        </datalist>
      </label>
      <label className="text-sm font-medium">
        Speed
        <input
          className={`${inputClass} mt-1`}
          list="slot-speeds"
          value={speed}
          placeholder="e.g. 10G"
          onChange={(e) => setSpeed(e.target.value)}
        />
        <datalist id="slot-speeds">
          {API_SPEEDS.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </label>
      <label className="text-sm font-medium">
        Occupied
        <select
          className={`${inputClass} mt-1`}
          value={toOccupied(search.occupied)}
          onChange={(e) => apply(fromOccupied(e.target.value as Occupied))}
        >
          <option value="any">Free or occupied</option>
          <option value="free">Free only</option>
          <option value="occupied">Occupied only</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Address contains
        <input
          className={`${inputClass} mt-1`}
          value={address}
          placeholder="street or city"
          onChange={(e) => setAddress(e.target.value)}
        />
      </label>
      <div className="flex items-end gap-2">
        <Button type="submit" variant="primary">
          Apply
        </Button>
        {active ? (
          <Button variant="ghost" onClick={() => void navigate({ search: {} })}>
            Clear
          </Button>
        ) : null}
      </div>
    </form>
  );
}
