/**
 * Changes to the addressing state, run inside the store's queue on a draft: each returns either
 * the changed record or the refusal to send. A refusal leaves the draft untouched, so nothing is
 * written and nothing changes.
 */
import { parsePrefix, prefixContains } from '../../../src/lib/prefix';
import type { CfMessage } from '../envelope';
import { newId, type AddressingState, type BgpPrefixRecord } from './seed';
import { advertisementFraction } from './timeline';
import { CODE_INVALID, CODE_NOT_FOUND, CODE_STATE, type BgpPrefixPatch } from './validate';

export type Outcome<T> =
  { ok: true; value: T } | { ok: false; status: 400 | 404; errors: CfMessage[] };

export const notFoundOutcome = (what: string): Outcome<never> => ({
  ok: false,
  status: 404,
  errors: [{ code: CODE_NOT_FOUND, message: `${what} not found.` }],
});

export const stateOutcome = (message: string, pointer?: string): Outcome<never> => ({
  ok: false,
  status: 400,
  errors: [{ code: CODE_STATE, message, ...(pointer ? { source: { pointer } } : {}) }],
});

export function applyPatch(
  b: BgpPrefixRecord,
  patch: BgpPrefixPatch,
  now: number,
  timeScale: number,
): Outcome<BgpPrefixRecord> {
  const at = new Date(now).toISOString();
  if (patch.advertised !== undefined) {
    if (!b.on_demand_enabled) {
      return stateOutcome(
        `On-demand advertisement is not enabled for ${b.cidr}: its advertisement cannot be changed.`,
        '/on_demand/advertised',
      );
    }
    if (b.on_demand_locked) {
      return stateOutcome(
        `The advertisement of ${b.cidr} is locked and cannot be changed.`,
        '/on_demand/advertised',
      );
    }
    if (patch.advertised !== b.advertised) {
      // Start from the share of peers that carry the route now, so a reversal mid-way is smooth.
      const from = advertisementFraction(b.cidr, b.change, now, timeScale);
      b.change = { advertised: patch.advertised, at: now, from };
      b.advertised = patch.advertised;
      b.advertised_modified_at = at;
    }
  }
  if (patch.asn_prepend_count !== undefined) b.asn_prepend_count = patch.asn_prepend_count;
  if (patch.auto_advertise_withdraw !== undefined)
    b.auto_advertise_withdraw = patch.auto_advertise_withdraw;
  b.modified_at = at;
  return { ok: true, value: b };
}

export function createBgpPrefix(
  s: AddressingState,
  prefixId: string,
  cidr: string,
  now: number,
): Outcome<BgpPrefixRecord> {
  const ip = s.prefixes.find((p) => p.id === prefixId);
  if (!ip) return notFoundOutcome('IP prefix');
  const parsed = parsePrefix(cidr);
  const invalid = (message: string): Outcome<never> => ({
    ok: false,
    status: 400,
    errors: [{ code: CODE_INVALID, message, source: { pointer: '/cidr' } }],
  });
  if (!parsed.ok) return invalid(parsed.reason);
  const outer = parsePrefix(ip.cidr);
  if (!outer.ok || !prefixContains(outer.value, parsed.value)) {
    return invalid(`${parsed.value.cidr} is not inside the IP prefix ${ip.cidr}.`);
  }
  if (s.bgpPrefixes.some((b) => b.prefix_id === prefixId && b.cidr === parsed.value.cidr)) {
    return invalid(`A BGP prefix for ${parsed.value.cidr} already exists.`);
  }
  const at = new Date(now).toISOString();
  const record: BgpPrefixRecord = {
    id: newId(`bgp:${parsed.value.cidr}`),
    prefix_id: prefixId,
    cidr: parsed.value.cidr,
    asn: ip.asn,
    asn_prepend_count: 0,
    auto_advertise_withdraw: false,
    created_at: at,
    modified_at: at,
    on_demand_enabled: true,
    on_demand_locked: false,
    // New BGP prefixes start withdrawn (CONTRACT section 4).
    advertised: false,
    advertised_modified_at: at,
    change: { advertised: false, at: now, from: 0 },
  };
  s.bgpPrefixes.push(record);
  return { ok: true, value: record };
}

export function deleteBgpPrefix(s: AddressingState, prefixId: string, id: string): Outcome<null> {
  const i = s.bgpPrefixes.findIndex((b) => b.prefix_id === prefixId && b.id === id);
  const b = s.bgpPrefixes[i];
  if (!b) return notFoundOutcome('BGP prefix');
  if (b.advertised !== false || b.on_demand_locked) {
    return stateOutcome(`${b.cidr} must be withdrawn before it can be deleted.`);
  }
  s.bgpPrefixes.splice(i, 1);
  return { ok: true, value: null };
}
