/**
 * `/api/session`: what the SPA needs to know about the server before its first API call. Built
 * field by field from the configuration, never by spreading it, so a credential cannot leak in.
 */
import type { Mode, ServerConfig } from './config';
import { CSRF_HEADER } from '../src/lib/csrf';

interface DataSource {
  name: string;
  description: string;
  licence: string;
  url: string;
  attribution: string;
}

export interface SessionInfo {
  mode: Mode;
  accountId: string;
  readOnly: boolean;
  version: string;
  dataSources: DataSource[];
  csrfHeader: string;
  /** Demo only: STANDIN_TIME_SCALE, so the BYOIP verification scales its documented windows too. */
  timeScale?: number;
}

/** The datasets the stand-in answers from, credited as the datasets' README (server/standin/data) asks. */
const DEMO_DATA_SOURCES: DataSource[] = [
  {
    name: 'CAIDA AS Relationships',
    description: 'AS relationships (serial-1), 2025-09-01: provider-customer and peer links.',
    licence: 'CAIDA Acceptable Use Agreement for Publicly Accessible Datasets',
    url: 'https://www.caida.org/catalog/datasets/as-relationships/',
    attribution:
      'The CAIDA AS Relationships Dataset, 2025-09-01, https://www.caida.org/catalog/datasets/as-relationships/',
  },
  {
    name: 'DB-IP via ip-location-db',
    description: 'AS names and part of the prefix-to-origin map (@ip-location-db/asn, 2026-06-17).',
    licence: 'CC BY 4.0',
    url: 'https://db-ip.com',
    attribution: 'IP Geolocation by DB-IP',
  },
  {
    name: 'RouteViews',
    description: 'Prefix-to-AS data behind the IPv4 prefix map, and BGP update samples.',
    licence: 'CC BY 4.0',
    url: 'https://www.routeviews.org',
    attribution: 'University of Oregon RouteViews, routeviews.org',
  },
  {
    name: 'NRO / the five RIRs',
    description: 'Delegation data: AS registration countries and prefixes.',
    licence: 'CC BY 4.0',
    url: 'https://www.nro.net',
    attribution: 'nro.net',
  },
  {
    name: 'RIPE NCC RIS',
    description: 'BGP update samples with communities, and the route collector list.',
    licence: 'RIPE NCC RIS data terms',
    url: 'https://ris.ripe.net',
    attribution: 'RIPE NCC RIS',
  },
  {
    name: 'AFRINIC and LACNIC RPKI',
    description: 'Validated ROA payloads of the AFRINIC and LACNIC trust anchors, 2024-01-01.',
    licence: 'Public RPKI repository data',
    url: 'https://github.com/tianxing-li/rpki_evaluating',
    attribution: 'RPKI VRPs from the AFRINIC and LACNIC trust anchors (Routinator export)',
  },
  {
    name: 'Cloudflare colo list',
    description: 'Cloudflare data centres with coordinates, 2026-08-20 (340 locations).',
    licence: 'MIT',
    url: 'https://github.com/troymjones/cloudflare-colo-list',
    attribution: 'troymjones/cloudflare-colo-list (MIT, © 2022 Netrvin, © 2024-2026 Troy Jones)',
  },
];

export function sessionInfo(config: ServerConfig): SessionInfo {
  return {
    mode: config.mode,
    accountId: config.accountId,
    readOnly: config.readOnly,
    version: config.version,
    // In live mode the data is Cloudflare's own; nothing shipped needs crediting.
    dataSources: config.mode === 'demo' ? DEMO_DATA_SOURCES : [],
    csrfHeader: CSRF_HEADER,
    ...(config.mode === 'demo' ? { timeScale: config.standin.timeScale } : {}),
  };
}
