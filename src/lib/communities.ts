/**
 * Names for BGP communities an operator should recognise at a glance. Only communities with a
 * meaning fixed by an RFC are named (the IANA "BGP Well-known Communities" registry and RFC 8092
 * large communities); everything else is the operator's own scheme and is shown raw, with the AS
 * that defines it, rather than guessed.
 */

interface WellKnownCommunity {
  name: string;
  meaning: string;
  rfc: string;
}

/** Keyed by `65535:<low 16 bits>`, the text form of the 0xFFFFxxxx values in the IANA registry. */
const WELL_KNOWN: Record<string, WellKnownCommunity> = {
  '65535:0': {
    name: 'GRACEFUL_SHUTDOWN',
    meaning: 'The sender is about to take this path down for maintenance; prefer another.',
    rfc: 'RFC 8326',
  },
  '65535:1': {
    name: 'ACCEPT_OWN',
    meaning: 'Accept this route even though it originated here (used between VRFs).',
    rfc: 'RFC 7611',
  },
  '65535:6': {
    name: 'LLGR_STALE',
    meaning: 'Kept only by long-lived graceful restart: the session that carried it is down.',
    rfc: 'RFC 9494',
  },
  '65535:7': {
    name: 'NO_LLGR',
    meaning: 'Do not keep this route under long-lived graceful restart.',
    rfc: 'RFC 9494',
  },
  '65535:666': {
    name: 'BLACKHOLE',
    meaning: 'Drop traffic to this prefix: a remotely triggered blackhole, usually against a DDoS.',
    rfc: 'RFC 7999',
  },
  '65535:65281': {
    name: 'NO_EXPORT',
    meaning: 'Do not announce outside the receiving AS (or confederation).',
    rfc: 'RFC 1997',
  },
  '65535:65282': {
    name: 'NO_ADVERTISE',
    meaning: 'Do not announce to any other BGP peer.',
    rfc: 'RFC 1997',
  },
  '65535:65283': {
    name: 'NO_EXPORT_SUBCONFED',
    meaning: 'Do not announce to external peers, not even inside a confederation.',
    rfc: 'RFC 1997',
  },
  '65535:65284': {
    name: 'NOPEER',
    meaning: 'Do not announce to bilateral peers; providers only.',
    rfc: 'RFC 3765',
  },
};

export type Community =
  | {
      kind: 'standard';
      raw: string;
      asn: number;
      value: number;
      wellKnown: WellKnownCommunity | null;
    }
  | { kind: 'large'; raw: string; asn: number; data1: number; data2: number }
  | { kind: 'other'; raw: string };

const U16 = 0xffff;
const U32 = 0xffffffff;

/**
 * Parses `asn:value` (RFC 1997, two 16-bit halves) and `asn:data1:data2` (RFC 8092, three 32-bit
 * parts). Radar sends communities as strings; anything else (extended communities, a 32-bit
 * decimal) is kept raw.
 */
export function parseCommunity(raw: string): Community {
  const text = raw.trim();
  const parts = text.split(':');
  if (!parts.every((x) => /^\d{1,10}$/.test(x))) return { kind: 'other', raw: text };
  const n = parts.map(Number);
  if (n.length === 2 && n[0]! <= U16 && n[1]! <= U16) {
    const key = `${n[0]}:${n[1]}`;
    return {
      kind: 'standard',
      raw: key,
      asn: n[0]!,
      value: n[1]!,
      wellKnown: WELL_KNOWN[key] ?? null,
    };
  }
  if (n.length === 3 && n.every((x) => x <= U32)) {
    return { kind: 'large', raw: n.join(':'), asn: n[0]!, data1: n[1]!, data2: n[2]! };
  }
  return { kind: 'other', raw: text };
}

/** A short label: the well-known name, else the community as written. */
export function communityLabel(c: Community): string {
  return c.kind === 'standard' && c.wellKnown ? c.wellKnown.name : c.raw;
}

/** Text for a tooltip: what it means and who defines it. */
export function communityTitle(c: Community): string {
  if (c.kind === 'standard' && c.wellKnown) {
    return `${c.raw} ${c.wellKnown.name} (${c.wellKnown.rfc}): ${c.wellKnown.meaning}`;
  }
  if (c.kind === 'standard' && c.asn === 0xffff)
    return `${c.raw}: reserved well-known range, not assigned by IANA.`;
  if (c.kind === 'standard' && c.asn === 0) {
    // AS0 is reserved (RFC 7607), so no network owns this half; IXP route servers commonly read
    // 0:<asn> as "do not announce to <asn>", but that is a convention, not a standard.
    return `${c.raw}: no owner (AS0 is reserved); often "do not announce to AS${c.value}" at route servers.`;
  }
  if (c.kind === 'standard')
    return `${c.raw}: defined by AS${c.asn}; its meaning is that network's own scheme.`;
  if (c.kind === 'large') return `${c.raw}: large community (RFC 8092) defined by AS${c.asn}.`;
  return `${c.raw}: not a standard or large community.`;
}

/** True when `query` (a community or a well-known name, any case) names this community. */
export function communityMatches(c: Community, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  if (c.raw.toLowerCase() === q) return true;
  return c.kind === 'standard' && c.wellKnown !== null && c.wellKnown.name.toLowerCase() === q;
}
