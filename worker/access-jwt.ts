/**
 * Verifying Cloudflare Access application tokens (`Cf-Access-Jwt-Assertion`) with WebCrypto, so
 * the same code runs in a Worker and on Node. Access signs with RS256; the public keys are the
 * team's JWKS at https://<team>.cloudflareaccess.com/cdn-cgi/access/certs. Access rotates them
 * every 6 weeks and keeps the previous one valid for 7 days, so keys are cached and refetched
 * when a token names a key id we have not seen.
 */

export interface AccessClaims {
  aud: string | string[];
  iss: string;
  exp: number;
  nbf?: number;
  /** Users signed in through an identity provider. */
  email?: string;
  /** Service tokens carry their client id here instead of an e-mail. */
  common_name?: string;
  /** Group claims: top level, or under `custom` when added as OIDC claims to the Access IdP. */
  groups?: unknown;
  custom?: { groups?: unknown };
}

export type Verdict = { ok: true; claims: AccessClaims } | { ok: false; reason: string };

/** Keys are kept this long, then fetched again on the next token. */
const KEYS_TTL_MS = 60 * 60 * 1000;
/** At most one refetch per this interval, so made-up key ids cannot flood the certs endpoint. */
const REFETCH_MIN_MS = 30 * 1000;
/** Clock skew allowed between Cloudflare's edge and wherever this runs. */
const LEEWAY_S = 30;

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** `myteam.cloudflareaccess.com`, with or without https:// and a trailing slash. */
export const accessIssuer = (teamDomain: string) =>
  `https://${teamDomain
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '')}`;

function b64urlBytes(s: string): Uint8Array<ArrayBuffer> {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const b64urlJson = (s: string): unknown => JSON.parse(new TextDecoder().decode(b64urlBytes(s)));

interface Jwk extends JsonWebKey {
  kid?: string;
}

export function accessVerifier(opts: {
  teamDomain: string;
  aud: string;
  fetch: typeof fetch;
  now?: () => number;
}) {
  const issuer = accessIssuer(opts.teamDomain);
  const certsUrl = `${issuer}/cdn-cgi/access/certs`;
  const now = opts.now ?? Date.now;
  let keys = new Map<string, CryptoKey>();
  let fetchedAt = -Infinity;
  let inflight: Promise<void> | undefined;

  async function fetchKeys(): Promise<void> {
    const res = await opts.fetch(certsUrl, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`${certsUrl} answered ${res.status}`);
    const { keys: jwks } = (await res.json()) as { keys?: Jwk[] };
    const next = new Map<string, CryptoKey>();
    for (const jwk of jwks ?? []) {
      if (jwk.kty !== 'RSA' || !jwk.kid) continue;
      const { kid, ...material } = jwk;
      next.set(kid, await crypto.subtle.importKey('jwk', material, RS256, false, ['verify']));
    }
    keys = next;
    fetchedAt = now();
  }

  async function keyFor(kid: string): Promise<CryptoKey | undefined> {
    const age = now() - fetchedAt;
    if (age > KEYS_TTL_MS || (!keys.has(kid) && age > REFETCH_MIN_MS)) {
      inflight ??= fetchKeys().finally(() => (inflight = undefined));
      await inflight;
    }
    return keys.get(kid);
  }

  return async function verify(token: string): Promise<Verdict> {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'the Access token is not a JWT' };
    const [h, p, s] = parts as [string, string, string];
    let header: { alg?: unknown; kid?: unknown };
    let claims: AccessClaims;
    try {
      header = b64urlJson(h) as typeof header;
      claims = b64urlJson(p) as AccessClaims;
    } catch {
      return { ok: false, reason: 'the Access token is not a JWT' };
    }
    if (header.alg !== 'RS256' || typeof header.kid !== 'string') {
      return { ok: false, reason: 'the Access token is not signed with RS256 and a key id' };
    }
    const key = await keyFor(header.kid);
    if (!key) return { ok: false, reason: 'the Access token is signed with an unknown key' };
    const signed = new TextEncoder().encode(`${h}.${p}`);
    if (!(await crypto.subtle.verify(RS256, key, b64urlBytes(s), signed))) {
      return { ok: false, reason: 'the Access token signature does not verify' };
    }
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.includes(opts.aud)) {
      return { ok: false, reason: 'the Access token is for another application (aud)' };
    }
    if (claims.iss !== issuer) {
      return { ok: false, reason: 'the Access token was issued by another team (iss)' };
    }
    const t = now() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp + LEEWAY_S < t) {
      return { ok: false, reason: 'the Access token has expired: sign in again' };
    }
    if (typeof claims.nbf === 'number' && claims.nbf - LEEWAY_S > t) {
      return { ok: false, reason: 'the Access token is not valid yet (nbf)' };
    }
    return { ok: true, claims };
  };
}

export type AccessVerify = ReturnType<typeof accessVerifier>;
