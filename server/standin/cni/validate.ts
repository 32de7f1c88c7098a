/**
 * CNI body checks (CONTRACT section 6). Ranges the contract leaves open are the stand-in's
 * choices, stated here so the UI can match them:
 * - `magic.mtu`: 576 (the smallest datagram every IPv4 host must accept, RFC 791) to 9000 (jumbo).
 * - `bgp.customer_asn`: 1 to 4294967295 (32-bit ASNs; 0 is reserved, RFC 7607).
 * - `p2p_ip` / `cust_ip`: IPv4 CIDRs of length /31, the two different addresses of one /31.
 */
import { MAX_ASN } from '../../../src/lib/asn';
import { parseAddress, parsePrefix } from '../../../src/lib/prefix';
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

/** Printable ASCII except `"` and `?` (newline, tabs, CR, form feed are not printable anyway). */
export function md5KeyProblem(key: string): string | null {
  if (key.length === 0) return 'md5_key must not be empty: omit it or send null for no key.';
  const bad = [...key].find((ch) => ch < ' ' || ch > '~' || ch === '"' || ch === '?');
  if (bad === undefined) return null;
  const shown =
    bad < ' ' || bad > '~'
      ? `U+${bad.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`
      : bad;
  return `md5_key may only hold printable ASCII without double quotes or "?": found ${shown}.`;
}

function checkMagic(e: Errors, v: unknown): CniRecord['magic'] | undefined {
  if (!isObject(v))
    return void e.add('/magic', 'magic is required: { conduit_name, description, mtu }.');
  e.unknown(v, ['conduit_name', 'description', 'mtu'], '/magic');
  const conduit = e.str(v, 'conduit_name', '/magic');
  const description = e.str(v, 'description', '/magic', false);
  const mtu = v.mtu;
  if (typeof mtu !== 'number' || !Number.isInteger(mtu) || mtu < 576 || mtu > 9000) {
    e.add('/magic/mtu', `mtu must be an integer from 576 to 9000, got ${JSON.stringify(mtu)}.`);
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
  if (typeof asn !== 'number' || !Number.isInteger(asn) || asn < 1 || asn > MAX_ASN) {
    e.add(
      '/bgp/customer_asn',
      `customer_asn must be an AS number from 1 to ${MAX_ASN}, got ${JSON.stringify(asn)}.`,
    );
  }
  const extra = v.extra_prefixes;
  if (!Array.isArray(extra))
    e.add('/bgp/extra_prefixes', 'extra_prefixes is required: a list of CIDRs (may be empty).');
  else {
    extra.forEach((p, i) => {
      const parsed = typeof p === 'string' ? parsePrefix(p) : null;
      if (!parsed?.ok)
        e.add(
          `/bgp/extra_prefixes/${i}`,
          parsed ? parsed.reason : `extra_prefixes[${i}] must be a CIDR string.`,
        );
    });
  }
  const key = v.md5_key;
  if (key !== undefined && key !== null) {
    const problem =
      typeof key === 'string' ? md5KeyProblem(key) : 'md5_key must be a string or null.';
    if (problem) e.add('/bgp/md5_key', problem);
  }
  return {
    customer_asn: asn as number,
    extra_prefixes: (extra as string[]) ?? [],
    ...(key !== undefined ? { md5_key: key as string | null } : {}),
  };
}

/** `p2p_ip` and `cust_ip` must be the two addresses of the same /31. */
function checkLink(e: Errors, p2p: unknown, cust: unknown) {
  const parse = (v: unknown, field: string) => {
    const [addr, len] = typeof v === 'string' ? v.split('/') : [];
    const a = addr ? parseAddress(addr) : null;
    if (!a?.ok || a.value.family !== 4 || len !== '31') {
      e.add(
        `/${field}`,
        `${field} must be an IPv4 address with a /31 length, such as 169.254.244.0/31; got ${JSON.stringify(v)}.`,
      );
      return null;
    }
    return a.value.value;
  };
  const x = parse(p2p, 'p2p_ip');
  const y = parse(cust, 'cust_ip');
  if (x === null || y === null) return;
  if (x >> 1n !== y >> 1n) e.add('/cust_ip', 'cust_ip must be in the same /31 as p2p_ip.');
  else if (x === y)
    e.add('/cust_ip', 'cust_ip must be the other address of the /31, not the same as p2p_ip.');
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
