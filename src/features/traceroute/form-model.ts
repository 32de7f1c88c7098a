/**
 * The launcher's form: what each field accepts (the contract's limits, CONTRACT.md section 5), how
 * the URL's search params fill it, and the request it becomes. Everything is checked here, before
 * anything is sent, so a bad value is explained next to its field instead of coming back as a 400.
 */
import ipaddr from 'ipaddr.js';
import { coloOf } from '../../lib/colos';
import type { PacketType, TracerouteRequest } from '../../lib/traceroute-schema';
import type { TracerouteSearch } from './search';

export const MAX_TARGETS = 10;

export type NumberField = 'max_ttl' | 'packets_per_ttl' | 'port' | 'wait_time';

export const NUMBER_FIELDS: Record<
  NumberField,
  { label: string; min: number; max: number; def: number; unit?: string }
> = {
  max_ttl: { label: 'Max TTL (hops)', min: 0, max: 64, def: 15 },
  packets_per_ttl: { label: 'Packets per TTL', min: 0, max: 10, def: 3 },
  port: { label: 'Port', min: 0, max: 65535, def: 0 },
  wait_time: { label: 'Wait per probe', min: 1, max: 5, def: 1, unit: 's' },
};

export const PACKET_TYPE_LABELS: Record<PacketType, string> = {
  icmp: 'ICMP',
  tcp: 'TCP',
  udp: 'UDP',
  gre: 'GRE',
  'gre+icmp': 'GRE + ICMP',
};

/** What `port` means depends on the protocol (CONTRACT.md section 5). */
export function portHint(type: PacketType): string {
  if (type === 'tcp' || type === 'udp')
    return 'Destination port; 0 lets Cloudflare pick the best one for the protocol.';
  if (type === 'icmp') return 'Initial ICMP sequence number; 0 lets Cloudflare pick.';
  return '0 lets Cloudflare pick the best value for the protocol.';
}

export interface FormState {
  targets: string;
  /** Empty = all colos (the request then omits `colos`). */
  colos: string[];
  packet_type: PacketType;
  max_ttl: string;
  packets_per_ttl: string;
  port: string;
  wait_time: string;
}

export type FormErrors = Partial<Record<'targets' | NumberField, string>>;

const HOST_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Why `t` is not a traceroute target, or null when it is one. */
export function targetProblem(t: string): string | null {
  if (ipaddr.IPv4.isValidFourPartDecimal(t) || (t.includes(':') && ipaddr.IPv6.isValid(t)))
    return null;
  const name = t.replace(/\.$/, '');
  const labels = name.split('.');
  // A top-level label is never all digits (RFC 3696 section 2), which also catches "1.2.3"; a
  // single label ("localhost") cannot resolve from Cloudflare's colos.
  const ok =
    labels.length > 1 &&
    name.length <= 253 &&
    labels.every((l) => HOST_LABEL.test(l)) &&
    !/^\d+$/.test(labels[labels.length - 1]!);
  return ok ? null : `"${t}" is neither an IP address nor a hostname.`;
}

/** Targets from the text box: separated by commas, spaces or new lines, duplicates dropped. */
export function splitTargets(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

function targetsError(targets: string[]): string | undefined {
  if (targets.length === 0) return 'Enter at least one IP address or hostname.';
  if (targets.length > MAX_TARGETS)
    return `${targets.length} targets: at most ${MAX_TARGETS} can run at once.`;
  const bad = targets.map(targetProblem).filter((p): p is string => p !== null);
  return bad.length ? bad.join(' ') : undefined;
}

function numberError(field: NumberField, raw: string): string | undefined {
  const f = NUMBER_FIELDS[field];
  const range = `${f.min} to ${f.max}`;
  if (raw.trim() === '') return `Enter a whole number from ${range}.`;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < f.min || n > f.max)
    return `${raw} is out of range: enter a whole number from ${range}.`;
  return undefined;
}

export type Validated =
  { ok: true; request: TracerouteRequest } | { ok: false; errors: FormErrors };

export function validateForm(s: FormState): Validated {
  const targets = splitTargets(s.targets);
  const errors: FormErrors = {};
  const t = targetsError(targets);
  if (t) errors.targets = t;
  for (const f of Object.keys(NUMBER_FIELDS) as NumberField[]) {
    const e = numberError(f, s[f]);
    if (e) errors[f] = e;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      targets,
      ...(s.colos.length > 0 ? { colos: s.colos } : {}),
      options: {
        packet_type: s.packet_type,
        max_ttl: Number(s.max_ttl),
        packets_per_ttl: Number(s.packets_per_ttl),
        port: Number(s.port),
        wait_time: Number(s.wait_time),
      },
    },
  };
}

export function formFromSearch(s: TracerouteSearch): FormState {
  const num = (f: NumberField) => String(s[f] ?? NUMBER_FIELDS[f].def);
  return {
    targets: s.targets ?? '',
    colos: s.colos ? s.colos.split(',') : [],
    packet_type: s.packet_type ?? 'icmp',
    max_ttl: num('max_ttl'),
    packets_per_ttl: num('packets_per_ttl'),
    port: num('port'),
    wait_time: num('wait_time'),
  };
}

/** The URL for a form: valid values that differ from the defaults; the rest is left out. */
export function searchFromForm(f: FormState): TracerouteSearch {
  const out: TracerouteSearch = {};
  if (f.targets.trim()) out.targets = splitTargets(f.targets).join(',');
  if (f.colos.length) out.colos = f.colos.join(',');
  if (f.packet_type !== 'icmp') out.packet_type = f.packet_type;
  for (const k of Object.keys(NUMBER_FIELDS) as NumberField[]) {
    if (numberError(k, f[k]) === undefined && Number(f[k]) !== NUMBER_FIELDS[k].def)
      out[k] = Number(f[k]);
  }
  return out;
}

/** China colos cannot run traceroutes (CONTRACT.md section 5). */
export function coloUnavailable(code: string): boolean {
  return coloOf(code)?.countryCode === 'CN';
}
