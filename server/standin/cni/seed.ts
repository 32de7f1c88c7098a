/**
 * The demo account's Network Interconnects. Sites are real Cloudflare colo codes with their cities
 * (server/standin/data/cloudflare-colos.20260820.csv, MIT); facilities and street addresses are
 * invented and labelled "demo" so they cannot be mistaken for a real carrier hotel.
 */
import { hash01 } from '../addressing/timeline';
import { dataLines, splitCsv } from '../dataset/files';

interface Facility {
  name: string;
  address: string[];
}

export interface Slot {
  id: string;
  site: string;
  facility: Facility;
  speed: string;
  ccr_device_name: string;
  /** Taken by another Cloudflare customer: shown as occupied, without an account. */
  takenByOther: boolean;
}

type InterconnectStatus =
  | { state: 'Pending' }
  | { state: 'Down'; reason: string | null }
  | { state: 'Unhealthy'; reason: string | null }
  | { state: 'Healthy' };

export type InterconnectRecord =
  | {
      kind: 'physical';
      name: string;
      slot_id: string;
      virtual_port_reservation_id: string;
      status: InterconnectStatus;
    }
  | {
      kind: 'gcp';
      name: string;
      region: string;
      speed: string;
      virtual_port_reservation_id: string;
      status: InterconnectStatus;
    };

export interface CniRecord {
  id: string;
  account: string;
  cust_ip: string;
  p2p_ip: string;
  interconnect: string;
  magic: { conduit_name: string; description: string; mtu: number };
  bgp?: { customer_asn: number; extra_prefixes: string[]; md5_key?: string | null };
  bgp_mode?: 'dynamic_route_exchange' | 'advertise_only';
}

export interface CniState {
  interconnects: InterconnectRecord[];
  cnis: CniRecord[];
  settings: { default_asn: number };
  /** Next free /31 for point-to-point links, counted from LINK_BASE. */
  nextLink: number;
}

/** Deterministic RFC 4122-shaped (version 4 layout) UUID from a label. */
export function demoUuid(label: string): string {
  const hex = Array.from({ length: 4 }, (_, i) =>
    Math.floor(hash01(`${label}/${i}`) * 2 ** 32)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const SITES = [
  'iad',
  'ord',
  'dfw',
  'lax',
  'sjc',
  'sea',
  'ewr',
  'atl',
  'mia',
  'yyz',
  'gru',
  'scl',
  'lhr',
  'ams',
  'fra',
  'cdg',
  'mad',
  'mxp',
  'arn',
  'waw',
  'jnb',
  'dxb',
  'bom',
  'sin',
  'hkg',
  'nrt',
  'icn',
  'syd',
];
const SPEEDS = ['1G', '10G', '100G'];

/** Colo code -> city and country, read through the shared dataset reader (works when bundled). */
function readColos(): Map<string, { city: string; country: string }> {
  const map = new Map<string, { city: string; country: string }>();
  for (const line of dataLines('cloudflare-colos.20260820.csv', true)) {
    const [colo, , city, , country] = splitCsv(line);
    if (colo) map.set(colo, { city: city ?? '', country: country ?? '' });
  }
  return map;
}

/** The slot catalogue: 1 or 2 demo facilities per site, each with a few ports of several speeds. */
export function buildSlots(): Slot[] {
  const colos = readColos();
  const slots: Slot[] = [];
  for (const site of SITES) {
    const colo = colos.get(site);
    if (!colo) throw new Error(`Colo ${site} is missing from cloudflare-colos.20260820.csv`);
    const facilities = 1 + Math.floor(hash01(`fac:${site}`) * 2);
    for (let f = 1; f <= facilities; f++) {
      const facility = {
        name: `Demo Interconnect Hall ${site.toUpperCase()}${f}`,
        address: [
          `${10 * f + Math.floor(hash01(`street:${site}`) * 90)} Example Exchange Road (demo)`,
          `${colo.city}, ${colo.country}`,
        ],
      };
      const ports = 2 + Math.floor(hash01(`ports:${site}${f}`) * 4);
      for (let p = 0; p < ports; p++) {
        const label = `slot:${site}:${f}:${p}`;
        slots.push({
          id: demoUuid(label),
          site,
          facility,
          speed: SPEEDS[(p + f) % SPEEDS.length]!,
          ccr_device_name: `demo-ccr${f}.${site}`,
          takenByOther: hash01(`taken:${label}`) < 0.3,
        });
      }
    }
  }
  return slots;
}

/** First free slot of a speed at a site for the demo account's seeded interconnects. */
function pick(slots: Slot[], site: string, speed: string): string {
  const slot = slots.find((s) => s.site === site && s.speed === speed && !s.takenByOther);
  if (!slot) throw new Error(`No free ${speed} demo slot at ${site}`);
  return slot.id;
}

export function seedCni(slots: Slot[], accountId: string): CniState {
  const physical = (
    name: string,
    site: string,
    speed: string,
    status: InterconnectStatus,
  ): InterconnectRecord => ({
    kind: 'physical',
    name,
    slot_id: pick(slots, site, speed),
    virtual_port_reservation_id: demoUuid(`vpr:${name}`),
    status,
  });
  const interconnects: InterconnectRecord[] = [
    physical('demo-lhr-01', 'lhr', '10G', { state: 'Healthy' }),
    physical('demo-fra-01', 'fra', '10G', {
      state: 'Unhealthy',
      reason: 'Receive light level below threshold on the Cloudflare port',
    }),
    physical('demo-iad-01', 'iad', '100G', {
      state: 'Down',
      reason: 'No signal on the cross-connect: check the patch at the customer side',
    }),
    physical('demo-sin-01', 'sin', '10G', { state: 'Pending' }),
    {
      kind: 'gcp',
      name: 'demo-gcp-us-east4',
      region: 'us-east4',
      speed: '1G',
      virtual_port_reservation_id: demoUuid('vpr:gcp'),
      status: { state: 'Healthy' },
    },
  ];
  const cni = (
    n: number,
    interconnect: string,
    conduit: string,
    bgp?: CniRecord['bgp'],
  ): CniRecord => ({
    id: demoUuid(`cni:${interconnect}`),
    account: accountId,
    p2p_ip: linkAddress(n, 0),
    cust_ip: linkAddress(n, 1),
    interconnect,
    magic: { conduit_name: conduit, description: `Demo CNI on ${interconnect}`, mtu: 1500 },
    ...(bgp ? { bgp, bgp_mode: 'dynamic_route_exchange' as const } : {}),
  });
  return {
    interconnects,
    cnis: [
      cni(0, 'demo-lhr-01', 'demo-lhr-cni', {
        customer_asn: 64496,
        extra_prefixes: ['203.0.113.0/24'],
        md5_key: 'demo-key-1',
      }),
      cni(1, 'demo-fra-01', 'demo-fra-cni', { customer_asn: 64497, extra_prefixes: [] }),
      cni(2, 'demo-gcp-us-east4', 'demo-gcp-cni'),
    ],
    settings: { default_asn: 64496 },
    nextLink: 3,
  };
}

/**
 * Point-to-point /31s come from 169.254.244.0/24: link-local space that Cloudflare's Magic docs
 * suggest for tunnel interface addresses, and never routed on the Internet.
 */
export function linkAddress(n: number, end: 0 | 1): string {
  return `169.254.${244 + Math.floor((2 * n) / 256)}.${((2 * n) % 256) + end}/31`;
}
