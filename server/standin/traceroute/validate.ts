/**
 * Request validation for POST …/diagnostics/traceroute (CONTRACT.md section 5). Failures answer
 * the standard failure envelope with HTTP 400 and name the field, like Cloudflare's 4XX.
 */
import { isAddress } from '../../../src/lib/prefix';

type PacketType = 'icmp' | 'tcp' | 'udp' | 'gre' | 'gre+icmp';

export interface TracerouteRequest {
  targets: string[];
  /** null = all colos. */
  colos: string[] | null;
  options: {
    packet_type: PacketType;
    max_ttl: number;
    packets_per_ttl: number;
    port: number;
    wait_time: number;
  };
}

const PACKET_TYPES: PacketType[] = ['icmp', 'tcp', 'udp', 'gre', 'gre+icmp'];
const HOSTNAME =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

function int(
  o: Record<string, unknown>,
  key: string,
  def: number,
  min: number,
  max: number,
): number | string {
  const v = o[key];
  if (v === undefined) return def;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    return `options.${key} must be an integer from ${min} to ${max}.`;
  }
  return v;
}

/** Returns the request, or the message for a 400. `knownColo` checks a colo name. */
export function validateTraceroute(
  body: unknown,
  knownColo: (name: string) => boolean,
): TracerouteRequest | string {
  if (!isObject(body)) return 'The request body must be a JSON object with "targets".';
  const { targets, colos, options = {} } = body;
  if (!Array.isArray(targets) || targets.length === 0)
    return 'targets must be a non-empty array of hostnames or IP addresses.';
  if (targets.length > 10) return `targets has ${targets.length} entries: at most 10 are allowed.`;
  for (const t of targets) {
    if (typeof t !== 'string' || t.trim() === '') return 'Each target must be a non-empty string.';
    if (!isAddress(t.trim()) && !HOSTNAME.test(t.trim()))
      return `"${t}" is neither an IP address nor a hostname.`;
  }
  let coloList: string[] | null = null;
  if (colos !== undefined) {
    if (!Array.isArray(colos) || colos.length === 0) {
      return 'colos must be a non-empty array of colo names; omit it to use all colos.';
    }
    coloList = [];
    for (const c of colos) {
      if (typeof c !== 'string' || c.trim() === '')
        return 'Each colo must be a non-empty string such as "den".';
      // An unknown name is the caller's mistake, not a failure to collect data (the contract's
      // per-colo `error` codes), so it is refused before any traceroute runs.
      if (!knownColo(c.trim().toLowerCase())) return `colos: "${c}" is not a Cloudflare colo name.`;
      coloList.push(c.trim().toLowerCase());
    }
  }
  if (!isObject(options)) return 'options must be an object.';
  const packetType = options.packet_type ?? 'icmp';
  if (!PACKET_TYPES.includes(packetType as PacketType))
    return `options.packet_type must be one of ${PACKET_TYPES.join(', ')}.`;
  const fields = {
    max_ttl: int(options, 'max_ttl', 15, 0, 64),
    packets_per_ttl: int(options, 'packets_per_ttl', 3, 0, 10),
    port: int(options, 'port', 0, 0, 65535),
    wait_time: int(options, 'wait_time', 1, 1, 5),
  };
  for (const v of Object.values(fields)) if (typeof v === 'string') return v;
  return {
    targets: targets.map((t: string) => t.trim()),
    colos: coloList,
    options: {
      packet_type: packetType as PacketType,
      ...(fields as Record<keyof typeof fields, number>),
    },
  };
}
