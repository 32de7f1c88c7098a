/**
 * The demo account's BYOIP prefixes. Only documentation space (RFC 5737, RFC 3849), the
 * benchmarking block (RFC 2544, used for the /23 that needs a /24 inside it: no documentation
 * /23 exists) and documentation ASNs (RFC 5398), so nothing here can be mistaken for a real
 * network. Together the BGP prefixes cover every state the BYOIP screens must show.
 */
import type { Vrp } from '../context';

export interface IpPrefixRecord {
  id: string;
  cidr: string;
  asn: number;
  description: string;
  approved: 'P' | 'V';
  created_at: string;
  modified_at: string;
  delegate_loa_creation: boolean;
  loa_document_id: string | null;
  irr_validation_state: string;
  rpki_validation_state: string;
  ownership_validation_state: string;
  ownership_validation_token: string;
}

export interface BgpPrefixRecord {
  id: string;
  prefix_id: string;
  cidr: string;
  asn: number | null;
  asn_prepend_count: number;
  auto_advertise_withdraw: boolean;
  created_at: string;
  modified_at: string;
  on_demand_enabled: boolean;
  on_demand_locked: boolean;
  /** Null when on-demand is disabled, as the API reports it. */
  advertised: boolean | null;
  advertised_modified_at: string | null;
  /**
   * What the simulated Internet was told and when (ms), plus the share of peers that carried the
   * route at that moment, so a change made mid-convergence starts from where it was. Kept in the
   * state file so a verification in progress survives a restart.
   */
  change: AdvertisementChange;
}

export interface AdvertisementChange {
  advertised: boolean;
  at: number;
  from: number;
}

export interface AddressingState {
  prefixes: IpPrefixRecord[];
  bgpPrefixes: BgpPrefixRecord[];
}

/** ROAs the demo account "published": one origin validates, others fail on ASN or maxLength. */
export const DEMO_VRPS: Vrp[] = [
  { prefix: '203.0.113.0/24', maxLength: 24, asn: 64496 },
  { prefix: '192.0.2.0/24', maxLength: 24, asn: 64498 },
  // Authorises AS64511, not the AS64497 the BGP prefix is announced from: RPKI-invalid (origin).
  { prefix: '198.51.100.0/24', maxLength: 24, asn: 64511 },
  // Covers the /23 only: the /24s inside it are RPKI-invalid (too specific).
  { prefix: '198.18.0.0/23', maxLength: 23, asn: 64502 },
  { prefix: '2001:db8::/32', maxLength: 48, asn: 64500 },
];

const DAY = 86_400_000;

/** Deterministic 32-hex id, the length Cloudflare's addressing ids have. */
function demoId(label: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let out = '';
  for (let round = 0; out.length < 32; round++) {
    for (const ch of `${label}#${round}`) {
      h1 = Math.imul(h1 ^ ch.charCodeAt(0), 16777619) >>> 0;
      h2 = Math.imul(h2 + ch.charCodeAt(0), 2246822519) >>> 0;
    }
    out += ((h1 ^ h2) >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, 32);
}

export const newId = (label: string) => demoId(`${label}:${Date.now()}:${Math.random()}`);

interface BgpSeed {
  cidr: string;
  advertised: boolean | null;
  locked?: boolean;
  prepend?: number;
  autoWithdraw?: boolean;
}

const PREFIXES: { cidr: string; asn: number; description: string; bgp: BgpSeed[] }[] = [
  {
    cidr: '203.0.113.0/24',
    asn: 64496,
    description: 'Demo: web front ends (RPKI-valid)',
    bgp: [{ cidr: '203.0.113.0/24', advertised: true }],
  },
  {
    cidr: '198.51.100.0/24',
    asn: 64497,
    description: 'Demo: mail relays (ROA names another origin, so RPKI-invalid)',
    bgp: [{ cidr: '198.51.100.0/24', advertised: true, prepend: 2 }],
  },
  {
    cidr: '192.0.2.0/24',
    asn: 64498,
    description: 'Demo: resolver anycast (advertisement locked by Cloudflare)',
    bgp: [{ cidr: '192.0.2.0/24', advertised: true, locked: true }],
  },
  {
    cidr: '198.18.0.0/23',
    asn: 64502,
    description: 'Demo: lab block with subnets (benchmarking range, RFC 2544)',
    bgp: [
      { cidr: '198.18.0.0/23', advertised: true, autoWithdraw: true },
      { cidr: '198.18.0.0/24', advertised: true, prepend: 3 },
      { cidr: '198.18.1.0/24', advertised: false, prepend: 1 },
    ],
  },
  {
    cidr: '2001:db8::/32',
    asn: 64500,
    description: 'Demo: IPv6 aggregate (on-demand advertisement disabled)',
    bgp: [
      { cidr: '2001:db8::/32', advertised: null },
      { cidr: '2001:db8:100::/48', advertised: false, autoWithdraw: true },
    ],
  },
];

/** The first-run state, with every change long settled (weeks before `now`). */
export function seedAddressing(now: number): AddressingState {
  const created = new Date(now - 90 * DAY).toISOString();
  const state: AddressingState = { prefixes: [], bgpPrefixes: [] };
  PREFIXES.forEach((p, i) => {
    const id = demoId(`prefix:${p.cidr}`);
    state.prefixes.push({
      id,
      cidr: p.cidr,
      asn: p.asn,
      description: p.description,
      approved: 'V',
      created_at: created,
      modified_at: new Date(now - (60 - i) * DAY).toISOString(),
      delegate_loa_creation: false,
      loa_document_id: null,
      irr_validation_state: 'valid',
      rpki_validation_state: 'valid',
      ownership_validation_state: 'valid',
      ownership_validation_token: demoId(`token:${p.cidr}`),
    });
    p.bgp.forEach((b, j) => {
      const changedAt = now - (30 - i - j) * DAY;
      const onDemand = b.advertised !== null;
      state.bgpPrefixes.push({
        id: demoId(`bgp:${b.cidr}`),
        prefix_id: id,
        cidr: b.cidr,
        asn: p.asn,
        asn_prepend_count: b.prepend ?? 0,
        auto_advertise_withdraw: b.autoWithdraw ?? false,
        created_at: created,
        modified_at: new Date(changedAt).toISOString(),
        on_demand_enabled: onDemand,
        on_demand_locked: b.locked ?? false,
        advertised: b.advertised,
        advertised_modified_at: onDemand ? new Date(changedAt).toISOString() : null,
        // Without on-demand, Cloudflare advertises an approved prefix all the time.
        change: {
          advertised: b.advertised ?? true,
          at: changedAt,
          from: b.advertised === false ? 1 : 0,
        },
      });
    });
  });
  return state;
}
