/**
 * Who may talk to the server at all: the Host guard (DNS rebinding) and HTTP basic auth (required
 * when listening beyond loopback). Both run before any route, static files included.
 */
import { createHash, scrypt, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { GUARD_CODES, cfError } from './proxy/errors';

/** The Host header without its port, lower-cased; IPv6 literals keep their brackets. */
function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d*$/, '');
}

/** The Host the request was addressed to (app.request() in tests sets none: use the URL's). */
export const requestHost = (req: Request) => req.headers.get('host') ?? new URL(req.url).host;

/**
 * A page on evil.example can make its own name resolve to 127.0.0.1 (DNS rebinding) and then read
 * our answers as same-origin; its requests still carry `Host: evil.example`, so they stop here.
 */
export function hostGuard(allowedHosts: string[]): MiddlewareHandler {
  const allowed = new Set(allowedHosts.map(hostName));
  return async (c, next) => {
    const host = requestHost(c.req.raw);
    if (!allowed.has(hostName(host))) {
      return cfError(
        421,
        GUARD_CODES.hostNotAllowed,
        `This server does not answer for host "${host}". Add it to ALLOWED_HOSTS if you really reach routedeck under that name.`,
      );
    }
    await next();
  };
}

/** Verifies `scrypt$<salt b64>$<hash b64>` as written by scripts/hash-password.mjs. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltB64, hashB64] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !hashB64) return false;
  const expected = Buffer.from(hashB64, 'base64');
  if (expected.length < 16) return false;
  const actual = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password, Buffer.from(saltB64, 'base64'), expected.length, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
  return timingSafeEqual(actual, expected);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** What the access layer tells later handlers: the basic-auth user, for the audit log. */
export type AccessEnv = { Variables: { user?: string } };

export function basicAuth(user: string, passwordHash: string): MiddlewareHandler<AccessEnv> {
  if (!passwordHash.startsWith('scrypt$')) {
    throw new Error(
      'BASIC_AUTH_PASSWORD_HASH must be scrypt$<salt>$<hash>: create it with npm run hash-password.',
    );
  }
  // scrypt is deliberately slow; remember digests of headers that passed so each page load does not
  // pay it dozens of times. Only digests are kept, never the password.
  const verified = new Set<string>();
  const expectedUser = sha256(user);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const digest = sha256(header).toString('hex');
    if (!verified.has(digest)) {
      const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
      const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
      const colon = decoded.indexOf(':');
      const userOk = colon > 0 && timingSafeEqual(sha256(decoded.slice(0, colon)), expectedUser);
      const passOk = colon > 0 && (await verifyPassword(decoded.slice(colon + 1), passwordHash));
      if (!userOk || !passOk) {
        return cfError(401, GUARD_CODES.authRequired, 'Sign in to use this routedeck server.', {
          'www-authenticate': 'Basic realm="routedeck", charset="UTF-8"',
        });
      }
      if (verified.size > 100) verified.clear();
      verified.add(digest);
    }
    c.set('user', user);
    await next();
  };
}
