/**
 * The CNI form as text fields, and its conversion to the API bodies: `CniCreate` for POST (no
 * point-to-point addresses: Cloudflare assigns them) and the full `Cni` object for PUT. All checks
 * run here before a request; errors are keyed by the API's JSON pointer for the field.
 */
import {
  validateCniAsn,
  validateExtraPrefixes,
  validateMd5Key,
  validateMtu,
  validatePointToPoint,
  type CniField,
} from '../../lib/cni-validation';

type BgpMode = 'dynamic_route_exchange' | 'advertise_only';

export interface CniDraft {
  interconnect: string;
  conduitName: string;
  description: string;
  mtu: string;
  p2pIp: string;
  custIp: string;
  bgpEnabled: boolean;
  customerAsn: string;
  /** Empty: no MD5 authentication on the session. */
  md5Key: string;
  /** One prefix per line (commas and spaces also separate). */
  extraPrefixes: string;
  /** Empty: leave it to the API (the field is optional). */
  bgpMode: '' | BgpMode;
}

interface CniBgp {
  customer_asn: number;
  extra_prefixes: string[];
  md5_key?: string | null;
}

interface CniMagic {
  conduit_name: string;
  description: string;
  mtu: number;
}

export interface CniCreateBody {
  account: string;
  interconnect: string;
  magic: CniMagic;
  bgp?: CniBgp;
}

export interface CniUpdateBody extends CniCreateBody {
  id: string;
  p2p_ip: string;
  cust_ip: string;
  bgp_mode?: BgpMode;
}

/** What the form needs from a stored CNI to edit it. */
export interface CniLike {
  interconnect: string;
  p2p_ip: string;
  cust_ip: string;
  magic: CniMagic;
  bgp?: { customer_asn: number; extra_prefixes: string[]; md5_key?: string | null } | null;
  bgp_mode?: string | null;
}

export type FieldErrors = Partial<Record<CniField, string>>;

/** A CNI carries a full-size 1500-byte packet (Cloudflare CNI docs), so new ones start there. */
const DEFAULT_MTU = '1500';

export function emptyDraft(defaultAsn?: number): CniDraft {
  return {
    interconnect: '',
    conduitName: '',
    description: '',
    mtu: DEFAULT_MTU,
    p2pIp: '',
    custIp: '',
    bgpEnabled: false,
    customerAsn: defaultAsn ? String(defaultAsn) : '',
    md5Key: '',
    extraPrefixes: '',
    bgpMode: '',
  };
}

export function draftFromCni(cni: CniLike): CniDraft {
  const mode =
    cni.bgp_mode === 'dynamic_route_exchange' || cni.bgp_mode === 'advertise_only'
      ? cni.bgp_mode
      : '';
  return {
    interconnect: cni.interconnect,
    conduitName: cni.magic.conduit_name,
    description: cni.magic.description,
    mtu: String(cni.magic.mtu),
    p2pIp: cni.p2p_ip,
    custIp: cni.cust_ip,
    bgpEnabled: Boolean(cni.bgp),
    customerAsn: cni.bgp ? String(cni.bgp.customer_asn) : '',
    md5Key: cni.bgp?.md5_key ?? '',
    extraPrefixes: cni.bgp?.extra_prefixes.join('\n') ?? '',
    bgpMode: mode,
  };
}

type Checked<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors };

function checkCommon(draft: CniDraft, errors: FieldErrors): { magic?: CniMagic; bgp?: CniBgp } {
  if (!draft.interconnect) errors['/interconnect'] = 'Choose the interconnect this CNI runs on.';
  if (!draft.conduitName.trim()) errors['/magic/conduit_name'] = 'Give the conduit a name.';
  const mtu = validateMtu(draft.mtu);
  if (!mtu.ok) errors['/magic/mtu'] = mtu.reason;
  const magic =
    mtu.ok && draft.conduitName.trim()
      ? {
          conduit_name: draft.conduitName.trim(),
          description: draft.description.trim(),
          mtu: mtu.value,
        }
      : undefined;
  if (!draft.bgpEnabled) return { magic };

  const asn = validateCniAsn(draft.customerAsn);
  if (!asn.ok) errors['/bgp/customer_asn'] = asn.reason;
  const key = draft.md5Key === '' ? null : validateMd5Key(draft.md5Key);
  if (key && !key.ok) errors['/bgp/md5_key'] = key.reason;
  const prefixes = validateExtraPrefixes(draft.extraPrefixes);
  if (!prefixes.ok) errors['/bgp/extra_prefixes'] = prefixes.reason;
  if (!asn.ok || (key && !key.ok) || !prefixes.ok) return { magic };
  return {
    magic,
    bgp: {
      customer_asn: asn.value,
      extra_prefixes: prefixes.value,
      md5_key: key ? key.value : null,
    },
  };
}

const done = <T>(errors: FieldErrors, body: () => T): Checked<T> =>
  Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, body: body() };

export function toCreateBody(draft: CniDraft, account: string): Checked<CniCreateBody> {
  const errors: FieldErrors = {};
  const { magic, bgp } = checkCommon(draft, errors);
  return done(errors, () => {
    // A new session without a key simply omits it.
    const cleanBgp =
      bgp && bgp.md5_key === null
        ? { customer_asn: bgp.customer_asn, extra_prefixes: bgp.extra_prefixes }
        : bgp;
    return {
      account,
      interconnect: draft.interconnect,
      magic: magic as CniMagic,
      ...(cleanBgp ? { bgp: cleanBgp } : {}),
    };
  });
}

/** PUT replaces the whole object, so every field is sent, `md5_key: null` included to clear a key. */
export function toUpdateBody(draft: CniDraft, id: string, account: string): Checked<CniUpdateBody> {
  const errors: FieldErrors = { ...validatePointToPoint(draft.p2pIp, draft.custIp) };
  const { magic, bgp } = checkCommon(draft, errors);
  return done(errors, () => ({
    id,
    account,
    interconnect: draft.interconnect,
    p2p_ip: draft.p2pIp.trim(),
    cust_ip: draft.custIp.trim(),
    magic: magic as CniMagic,
    ...(bgp ? { bgp } : {}),
    ...(bgp && draft.bgpMode ? { bgp_mode: draft.bgpMode } : {}),
  }));
}
