/**
 * The endpoints routedeck forwards: the CONTRACT.md operations the UI uses, for one account. The
 * proxy holds a token that may be able to do far more (delete zones, mint tokens), so anything not
 * listed here is refused before it can reach the upstream.
 */

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface AllowedRoute {
  /** Stable name, used by the audit log and the timeout choice. */
  name: string;
  method: Method;
  /** Path after /client/v4, one token per segment: literal, or a `{param}` checked below. */
  pattern: string;
}

const ACCOUNT = '/accounts/{account}';
const PREFIXES = `${ACCOUNT}/addressing/prefixes`;
const CNI = `${ACCOUNT}/cni`;

const ALLOWED_ROUTES: readonly AllowedRoute[] = [
  { name: 'radar.asn.rel', method: 'GET', pattern: '/radar/entities/asns/{asn}/rel' },
  { name: 'radar.asn.get', method: 'GET', pattern: '/radar/entities/asns/{asn}' },
  { name: 'radar.asn.list', method: 'GET', pattern: '/radar/entities/asns' },
  { name: 'radar.routes.realtime', method: 'GET', pattern: '/radar/bgp/routes/realtime' },
  { name: 'radar.routes.pfx2as', method: 'GET', pattern: '/radar/bgp/routes/pfx2as' },
  { name: 'prefixes.list', method: 'GET', pattern: PREFIXES },
  { name: 'prefixes.get', method: 'GET', pattern: `${PREFIXES}/{id}` },
  { name: 'bgpPrefixes.list', method: 'GET', pattern: `${PREFIXES}/{id}/bgp/prefixes` },
  { name: 'bgpPrefixes.get', method: 'GET', pattern: `${PREFIXES}/{id}/bgp/prefixes/{id}` },
  { name: 'bgpPrefixes.edit', method: 'PATCH', pattern: `${PREFIXES}/{id}/bgp/prefixes/{id}` },
  { name: 'advertisementStatus.get', method: 'GET', pattern: `${PREFIXES}/{id}/bgp/status` },
  { name: 'traceroute', method: 'POST', pattern: `${ACCOUNT}/diagnostics/traceroute` },
  { name: 'interconnects.list', method: 'GET', pattern: `${CNI}/interconnects` },
  { name: 'interconnects.get', method: 'GET', pattern: `${CNI}/interconnects/{name}` },
  { name: 'interconnects.status', method: 'GET', pattern: `${CNI}/interconnects/{name}/status` },
  { name: 'interconnects.loa', method: 'GET', pattern: `${CNI}/interconnects/{name}/loa` },
  { name: 'slots.list', method: 'GET', pattern: `${CNI}/slots` },
  { name: 'slots.get', method: 'GET', pattern: `${CNI}/slots/{id}` },
  { name: 'cnis.list', method: 'GET', pattern: `${CNI}/cnis` },
  { name: 'cnis.create', method: 'POST', pattern: `${CNI}/cnis` },
  { name: 'cnis.get', method: 'GET', pattern: `${CNI}/cnis/{id}` },
  { name: 'cnis.update', method: 'PUT', pattern: `${CNI}/cnis/{id}` },
  { name: 'cnis.delete', method: 'DELETE', pattern: `${CNI}/cnis/{id}` },
  { name: 'settings.get', method: 'GET', pattern: `${CNI}/settings` },
  { name: 'settings.update', method: 'PUT', pattern: `${CNI}/settings` },
];

/**
 * What a parameter segment may contain. ASNs stay numeric (signed and oversized too, so the backend
 * answers 0, -1 and 2^32 with its own validation error) so `asns/ip` and other Radar siblings
 * cannot slip through as an "ASN". Ids and interconnect names are plain tokens: no dots-only
 * segments, no percent-escapes, nothing that could re-route the request once the upstream decodes it.
 */
const PARAM: Record<string, RegExp> = {
  asn: /^-?\d{1,20}$/,
  id: /^[A-Za-z0-9_-]{1,64}$/,
  name: /^(?!\.{1,2}$)[A-Za-z0-9._~-]{1,128}$/,
};

const compiled = ALLOWED_ROUTES.map((route) => ({
  route,
  segments: route.pattern.split('/').slice(1),
}));

export type AllowResult = { ok: true; route: AllowedRoute } | { ok: false; reason: string };

/** Matches `path` (the part after /client/v4, undecoded) against the allowlist for `accountId`. */
export function allowRoute(method: string, path: string, accountId: string): AllowResult {
  const refuse = {
    ok: false as const,
    reason: `routedeck does not forward ${method} /client/v4${path}: only the Cloudflare endpoints the dashboard uses, for account ${accountId}, are allowed.`,
  };
  if (!path.startsWith('/')) return refuse;
  const parts = path.split('/').slice(1);
  let accountMismatch = false;
  for (const { route, segments } of compiled) {
    if (route.method !== method || segments.length !== parts.length) continue;
    const matched = segments.every((seg, i) => {
      const part = parts[i]!;
      if (seg === '{account}') {
        if (part.toLowerCase() === accountId.toLowerCase()) return true;
        accountMismatch ||= /^[0-9a-f]{32}$/i.test(part);
        return false;
      }
      const param = /^\{(\w+)\}$/.exec(seg)?.[1];
      return param ? PARAM[param]!.test(part) : seg === part;
    });
    if (matched) return { ok: true, route };
  }
  if (accountMismatch) {
    return {
      ok: false,
      reason: `routedeck is configured for account ${accountId} and does not forward requests for other accounts.`,
    };
  }
  return refuse;
}
