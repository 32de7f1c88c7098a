/**
 * CNI body checks (CONTRACT section 6), with the same rules and ranges as the UI's form checks in
 * src/lib/cni-validation.ts, so a value the form accepts is never refused here and vice versa:
 * - `magic.mtu`: MTU_MIN to MTU_MAX (576, RFC 791, to 1500, Cloudflare's CNI docs).
 * - `bgp.customer_asn`: 1 to 2^31-1: the contract types it int32, so 4-byte ASNs above that fail.
 * - `p2p_ip` / `cust_ip`: the two different addresses of one IPv4 /31 (RFC 3021).
 * - `bgp.extra_prefixes`: IPv4 CIDRs (the contract's format is A.B.C.D/N).
 */
import { parsePrefix } from '../../../src/lib/prefix';
import {
  INT32_MAX,
  MTU_MAX,
  MTU_MIN,
  validateMd5Key,
  validatePointToPoint,
} from '../../../src/lib/cni-validation';
import type { CniRecord } from './seed';

export interface CniError {
  code: number;
  message: string;
  source?: { pointer?: string; parameter?: string };
}

export const CNI_CODE = {
  malformed: 1001,
  invalid: 1002,
  notFound: 1003,
  unknownField: 1004,
  conflict: 1009,
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

class Errors {
  list: CniError[] = [];
  add(pointer: string, message: string, code = CNI_CODE.invalid) {
    this.list.push({ code, message, source: { pointer } });
  }
  unknown(obj: Record<string, unknown>, allowed: string[], at: string) {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k))
        this.add(
          `${at}/${k}`,
          `Unknown field "${k}": allowed are ${allowed.join(', ')}.`,
          CNI_CODE.unknownField,
        );
    }
  }
  str(obj: Record<string, unknown>, key: string, at: string, nonEmpty = true): string | undefined {
    const v = obj[key];
    if (typeof v === 'string' && (!nonEmpty || v.trim() !== '')) return v;
    this.add(
      `${at}/${key}`,
      `${key} is required and must be a ${nonEmpty ? 'non-empty ' : ''}string.`,
    );
    return undefined;
  }
}

function checkMagic(e: Errors, v: unknown): CniRecord['magic'] | undefined {
  if (!isObject(v))
    return void e.add('/magic', 'magic is required: { conduit_name, description, mtu }.');
  e.unknown(v, ['conduit_name', 'description', 'mtu'], '/magic');
  const conduit = e.str(v, 'conduit_name', '/magic');
  const description = e.str(v, 'description', '/magic', false);
  const mtu = v.mtu;
  if (typeof mtu !== 'number' || !Number.isInteger(mtu) || mtu < MTU_MIN || mtu > MTU_MAX) {
    e.add(
      '/magic/mtu',
      `mtu must be an integer from ${MTU_MIN} to ${MTU_MAX}, got ${JSON.stringify(mtu)}.`,
    );
  }
  return conduit !== undefined && description !== undefined
    ? { conduit_name: conduit, description, mtu: mtu as number }
    : undefined;
}

function checkBgp(e: Errors, v: unknown): CniRecord['bgp'] | undefined {
  if (!isObject(v))
    return void e.add('/bgp', 'bgp must be an object: { customer_asn, extra_prefixes, md5_key? }.');
  e.unknown(v, ['customer_asn', 'extra_prefixes', 'md5_key'], '/bgp');
  const asn = v.customer_asn;
  const asnProblem = cniAsnProblem('customer_asn', asn);
  if (asnProblem) e.add('/bgp/customer_asn', asnProblem);
  const extra = v.extra_prefixes;
  if (!Array.isArray(extra))
    e.add('/bgp/extra_prefixes', 'extra_prefixes is required: a list of CIDRs (may be empty).');
  else {
    extra.forEach((p, i) => {
      const parsed = typeof p === 'string' ? parsePrefix(p) : null;
      const at = `/bgp/extra_prefixes/${i}`;
      if (!parsed?.ok)
        e.add(at, parsed ? parsed.reason : `extra_prefixes[${i}] must be a CIDR string.`);
      else if (parsed.value.family !== 4)
        e.add(at, `${p} is IPv6: extra prefixes are IPv4 (A.B.C.D/N).`);
    });
  }
  const key = v.md5_key;
  if (key !== undefined && key !== null) {
    const checked = typeof key === 'string' ? validateMd5Key(key) : null;
    if (!checked?.ok)
      e.add('/bgp/md5_key', checked ? checked.reason : 'md5_key must be a string or null.');
  }
  return {
    customer_asn: asn as number,
    extra_prefixes: (extra as string[]) ?? [],
    ...(key !== undefined ? { md5_key: key as string | null } : {}),
  };
}

/** `p2p_ip` and `cust_ip` must be the two addresses of the same /31. */
function checkLink(e: Errors, p2p: unknown, cust: unknown) {
  if (typeof p2p !== 'string')
    e.add('/p2p_ip', 'p2p_ip is required: an IPv4 /31 such as 169.254.244.0/31.');
  if (typeof cust !== 'string')
    e.add('/cust_ip', 'cust_ip is required: the other address of the p2p_ip /31.');
  if (typeof p2p !== 'string' || typeof cust !== 'string') return;
  for (const [pointer, reason] of Object.entries(validatePointToPoint(p2p, cust)))
    e.add(pointer, reason);
}

/** An ASN the CNI API can store (int32), or why not. */
export function cniAsnProblem(field: string, v: unknown): string | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= INT32_MAX) return null;
  return `${field} must be an AS number from 1 to ${INT32_MAX} (the API field is int32), got ${JSON.stringify(v)}.`;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: CniError[] };

/** POST body (`CniCreate`) or, with `full`, the PUT body (the whole `Cni` object). */
export function checkCni(
  body: unknown,
  full: boolean,
): Checked<Omit<CniRecord, 'id' | 'p2p_ip' | 'cust_ip'> & Partial<CniRecord>> {
  const e = new Errors();
  if (!isObject(body))
    return {
      ok: false,
      errors: [
        {
          code: CNI_CODE.invalid,
          message: 'The request body must be a JSON object.',
          source: { pointer: '' },
        },
      ],
    };
  const allowed = [
    'account',
    'interconnect',
    'magic',
    'bgp',
    ...(full ? ['id', 'p2p_ip', 'cust_ip', 'bgp_mode'] : []),
  ];
  e.unknown(body, allowed, '');
  const account = e.str(body, 'account', '');
  const interconnect = e.str(body, 'interconnect', '');
  const magic = checkMagic(e, body.magic);
  const bgp = body.bgp === undefined || body.bgp === null ? undefined : checkBgp(e, body.bgp);
  if (full) {
    e.str(body, 'id', '');
    checkLink(e, body.p2p_ip, body.cust_ip);
    if (
      body.bgp_mode !== undefined &&
      body.bgp_mode !== 'dynamic_route_exchange' &&
      body.bgp_mode !== 'advertise_only'
    ) {
      e.add('/bgp_mode', 'bgp_mode must be "dynamic_route_exchange" or "advertise_only".');
    }
  }
  if (e.list.length) return { ok: false, errors: e.list };
  return {
    ok: true,
    value: {
      account: account!,
      interconnect: interconnect!,
      magic: magic!,
      ...(bgp ? { bgp } : {}),
      ...(full
        ? { id: body.id as string, p2p_ip: body.p2p_ip as string, cust_ip: body.cust_ip as string }
        : {}),
      ...(full && body.bgp_mode !== undefined
        ? { bgp_mode: body.bgp_mode as CniRecord['bgp_mode'] }
        : {}),
    },
  };
}
