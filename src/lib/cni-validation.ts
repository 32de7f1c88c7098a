/**
 * Checks for CNI forms, run before anything is sent so a typo is explained next to its field
 * instead of coming back as a bare 400. Field keys are the JSON pointers the API uses in
 * `errors[].source.pointer` (`/bgp/md5_key`), so local and server errors land in the same place.
 * Rules come from CONTRACT.md section 6 unless a comment names another source.
 */
import { parseAsn, type ParseResult } from './asn';
import { parseAddress, parsePrefix } from './prefix';

/** CNI `customer_asn`, `mtu` and `default_asn` are `int32` in the API: 4-byte ASNs above this do not fit. */
export const INT32_MAX = 2147483647;
/**
 * 576: the datagram size every IPv4 host must accept (RFC 791). 1500: Cloudflare's CNI docs say a
 * CNI carries IP packets of up to 1,500 bytes (magic-transit/network-interconnect).
 */
export const MTU_MIN = 576;
export const MTU_MAX = 1500;
/** LOA `name` query parameter limit (SDK 7.3.0). */
export const LOA_NAME_MAX = 200;

export type CniField =
  | '/interconnect'
  | '/magic/conduit_name'
  | '/magic/description'
  | '/magic/mtu'
  | '/p2p_ip'
  | '/cust_ip'
  | '/bgp/customer_asn'
  | '/bgp/md5_key'
  | '/bgp/extra_prefixes';

const CNI_FIELDS: readonly CniField[] = [
  '/interconnect',
  '/magic/conduit_name',
  '/magic/description',
  '/magic/mtu',
  '/p2p_ip',
  '/cust_ip',
  '/bgp/customer_asn',
  '/bgp/md5_key',
  '/bgp/extra_prefixes',
];

/** The form field an API error pointer concerns: `/bgp/extra_prefixes/2` -> `/bgp/extra_prefixes`. */
export function fieldOfPointer(pointer: string | undefined): CniField | undefined {
  if (!pointer) return undefined;
  return CNI_FIELDS.find((f) => pointer === f || pointer.startsWith(`${f}/`));
}

const FORBIDDEN_MD5: Record<string, string> = {
  '\n': 'a newline',
  '"': 'a double quote (")',
  '\v': 'a vertical tab',
  '\r': 'a carriage return',
  '\t': 'a tab',
  '\f': 'a form feed',
  '?': 'a question mark (?)',
};

/** MD5 key: non-empty printable ASCII except newline, `"`, vertical tab, CR, tab, form feed and `?`. */
export function validateMd5Key(key: string): ParseResult<string> {
  if (key === '')
    return {
      ok: false,
      reason: 'The MD5 key cannot be empty: leave BGP authentication off instead.',
    };
  for (let i = 0; i < key.length; i++) {
    const ch = key[i] as string;
    const named = FORBIDDEN_MD5[ch];
    if (named)
      return {
        ok: false,
        reason: `Character ${i + 1} is ${named}, which an MD5 key cannot contain.`,
      };
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code > 0x7e) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      return {
        ok: false,
        reason: `Character ${i + 1} ("${ch}", U+${hex}) is not printable ASCII; an MD5 key can only use printable ASCII.`,
      };
    }
  }
  return { ok: true, value: key };
}

interface InterfaceAddress {
  address: string;
  length: number;
  /** The address as a 32-bit number. */
  value: bigint;
}

/** An interface address `A.B.C.D/N`: host bits are expected here, unlike in a route prefix. */
function parseInterfaceAddress(input: string): ParseResult<InterfaceAddress> {
  const raw = input.trim();
  const m = /^([^/]+)\/(\d{1,3})$/.exec(raw);
  if (!m)
    return { ok: false, reason: `"${raw}" is not in the form A.B.C.D/N, such as 192.0.2.0/31.` };
  const addr = parseAddress(m[1] as string);
  if (!addr.ok) return addr;
  if (addr.value.family !== 4)
    return { ok: false, reason: 'Point-to-point addresses are IPv4 (A.B.C.D/N).' };
  const length = Number(m[2]);
  if (length > 32)
    return { ok: false, reason: `/${length} is longer than an IPv4 address (at most /32).` };
  return { ok: true, value: { address: addr.value.address, length, value: addr.value.value } };
}

/**
 * Both ends of the point-to-point link: each a /31 (RFC 3021), different addresses, same /31.
 * Errors are reported per field so each shows next to its input.
 */
export function validatePointToPoint(
  p2p: string,
  cust: string,
): Partial<Record<'/p2p_ip' | '/cust_ip', string>> {
  const errors: Partial<Record<'/p2p_ip' | '/cust_ip', string>> = {};
  const a = parseInterfaceAddress(p2p);
  const b = parseInterfaceAddress(cust);
  if (!a.ok) errors['/p2p_ip'] = a.reason;
  else if (a.value.length !== 31)
    errors['/p2p_ip'] = `A point-to-point link uses a /31 (RFC 3021), not /${a.value.length}.`;
  if (!b.ok) errors['/cust_ip'] = b.reason;
  else if (b.value.length !== 31)
    errors['/cust_ip'] = `A point-to-point link uses a /31 (RFC 3021), not /${b.value.length}.`;
  if (errors['/p2p_ip'] || errors['/cust_ip'] || !a.ok || !b.ok) return errors;
  if (a.value.value === b.value.value) {
    errors['/cust_ip'] =
      `The customer end cannot use ${b.value.address}: Cloudflare's end already does.`;
  } else if (a.value.value >> 1n !== b.value.value >> 1n) {
    const pair = a.value.value ^ 1n;
    const partner = [24n, 16n, 8n, 0n].map((s) => String((pair >> s) & 0xffn)).join('.');
    errors['/cust_ip'] =
      `${b.value.address} is not in the same /31 as ${a.value.address}: the other end of that /31 is ${partner}/31.`;
  }
  return errors;
}

export function validateMtu(input: string): ParseResult<number> {
  const raw = input.trim();
  if (!/^\d+$/.test(raw))
    return { ok: false, reason: `MTU must be a whole number of bytes, ${MTU_MIN} to ${MTU_MAX}.` };
  const mtu = Number(raw);
  if (mtu < MTU_MIN || mtu > MTU_MAX) {
    return {
      ok: false,
      reason: `MTU ${mtu} is out of range: a CNI takes ${MTU_MIN} to ${MTU_MAX} bytes.`,
    };
  }
  return { ok: true, value: mtu };
}

/** An ASN the CNI API can store: 1 to 2^31-1 (the field is int32). */
export function validateCniAsn(input: string): ParseResult<number> {
  const parsed = parseAsn(input);
  if (!parsed.ok) return parsed;
  if (parsed.value > INT32_MAX) {
    return {
      ok: false,
      reason: `AS${parsed.value} does not fit the API's int32 ASN field: the CNI API takes 1 to ${INT32_MAX}.`,
    };
  }
  return parsed;
}

/** Extra prefixes, one per line or separated by commas or spaces; each an IPv4 CIDR (format A.B.C.D/N). */
export function validateExtraPrefixes(input: string): ParseResult<string[]> {
  const items = input.split(/[\s,]+/).filter((s) => s !== '');
  const out: string[] = [];
  for (const item of items) {
    const p = parsePrefix(item);
    if (!p.ok) return { ok: false, reason: p.reason };
    if (p.value.family !== 4)
      return { ok: false, reason: `${item} is IPv6: extra prefixes are IPv4 (A.B.C.D/N).` };
    if (out.includes(p.value.cidr))
      return { ok: false, reason: `${p.value.cidr} is listed twice.` };
    out.push(p.value.cidr);
  }
  return { ok: true, value: out };
}

/** LOA custom name: optional, at most 200 characters, no control characters (it is printed in a PDF). */
export function validateLoaName(input: string): ParseResult<string | undefined> {
  const name = input.trim();
  if (name === '') return { ok: true, value: undefined };
  if (name.length > LOA_NAME_MAX) {
    return {
      ok: false,
      reason: `The name is ${name.length} characters long; the LOA takes at most ${LOA_NAME_MAX}.`,
    };
  }
  if (/[\u0000-\u001f\u007f]/.test(name))
    return { ok: false, reason: 'The name cannot contain control characters.' };
  return { ok: true, value: name };
}
