/**
 * The RIR that serves a registration country, for the entity's `source`. The shipped data has no
 * RIR per AS, so it is inferred from the regions of Cloudflare's colos in that country, with the
 * RIR service-region exceptions those regions get wrong (Central Asia and the Caucasus are RIPE
 * NCC's, Mexico is LACNIC's). Countries without a colo answer "" rather than a guess.
 */
import { data } from '../dataset/dataset';

const BY_REGION: Record<string, string> = {
  Africa: 'AFRINIC',
  'Latin America & the Caribbean': 'LACNIC',
  'North America': 'ARIN',
  'United States': 'ARIN',
  Canada: 'ARIN',
  Europe: 'RIPE',
  'Middle East': 'RIPE',
  Asia: 'APNIC',
  Oceania: 'APNIC',
  Australia: 'APNIC',
};

const EXCEPTIONS: Record<string, string> = {
  US: 'ARIN',
  MX: 'LACNIC',
  RU: 'RIPE',
  KZ: 'RIPE',
  KG: 'RIPE',
  TJ: 'RIPE',
  TM: 'RIPE',
  UZ: 'RIPE',
  AM: 'RIPE',
  AZ: 'RIPE',
  GE: 'RIPE',
};

let table: Map<string, string> | undefined;

export function rirOf(country: string): string {
  if (EXCEPTIONS[country]) return EXCEPTIONS[country];
  table ??= new Map(data.colos().map((c) => [c.countryCode, BY_REGION[c.region] ?? '']));
  return table.get(country) ?? '';
}
