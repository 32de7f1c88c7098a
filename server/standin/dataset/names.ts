/** Name and registration country of an AS, from the ip-location-db table (empty when unknown). */
import { data } from './dataset';

function find(asn: number): number {
  const { asns } = data.names();
  let lo = 0;
  let hi = asns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = asns[mid]!;
    if (v === asn) return mid;
    if (v < asn) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export interface AsLabel {
  name: string;
  country: string;
}

export function asLabel(asn: number): AsLabel {
  const i = find(asn);
  const n = data.names();
  return i < 0
    ? { name: '', country: '' }
    : { name: n.names[i] ?? '', country: n.countries[i] ?? '' };
}

/** Known to the stand-in: has a name row or appears in the CAIDA graph. */
export function isKnownAsn(asn: number): boolean {
  return find(asn) >= 0 || data.graph().indexOf(asn) >= 0;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(alpha2: string): string {
  if (!/^[A-Z]{2}$/.test(alpha2)) return '';
  try {
    return regionNames.of(alpha2) ?? '';
  } catch {
    return '';
  }
}
