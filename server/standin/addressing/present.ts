/**
 * State records to the API's `Prefix` and `BGPPrefix` objects (CONTRACT section 4). The
 * deprecated advertisement fields of an IP prefix mirror the BGP prefix with the same CIDR, which
 * is what the legacy `bgp/status` endpoints toggle, so the two views can never disagree.
 */
import type { AddressingState, BgpPrefixRecord, IpPrefixRecord } from './seed';

export function bgpPrefixJson(r: BgpPrefixRecord) {
  return {
    id: r.id,
    asn: r.asn,
    asn_prepend_count: r.asn_prepend_count,
    auto_advertise_withdraw: r.auto_advertise_withdraw,
    bgp_signal_opts: { enabled: false, modified_at: null },
    cidr: r.cidr,
    created_at: r.created_at,
    modified_at: r.modified_at,
    on_demand: {
      advertised: r.advertised,
      advertised_modified_at: r.advertised_modified_at,
      on_demand_enabled: r.on_demand_enabled,
      on_demand_locked: r.on_demand_locked,
    },
  };
}

/** The BGP prefix that carries an IP prefix's legacy (whole-prefix) advertisement status. */
export const wholePrefixBgp = (state: AddressingState, p: IpPrefixRecord) =>
  state.bgpPrefixes.find((b) => b.prefix_id === p.id && b.cidr === p.cidr);

export function prefixJson(state: AddressingState, p: IpPrefixRecord, accountId: string) {
  const whole = wholePrefixBgp(state, p);
  return {
    id: p.id,
    account_id: accountId,
    advertised: whole?.advertised ?? null,
    advertised_modified_at: whole?.advertised_modified_at ?? null,
    approved: p.approved,
    asn: p.asn,
    cidr: p.cidr,
    created_at: p.created_at,
    delegate_loa_creation: p.delegate_loa_creation,
    description: p.description,
    irr_validation_state: p.irr_validation_state,
    loa_document_id: p.loa_document_id,
    modified_at: p.modified_at,
    on_demand_enabled: whole?.on_demand_enabled ?? false,
    on_demand_locked: whole?.on_demand_locked ?? false,
    ownership_validation_state: p.ownership_validation_state,
    ownership_validation_token: p.ownership_validation_token,
    rpki_validation_state: p.rpki_validation_state,
  };
}
