/**
 * HTTP basic auth (required when listening beyond loopback), run before any route, static files
 * included. The Host guard, which runs before it, is in host-guard.ts.
 */
import { createHash, scrypt, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { GUARD_CODES, cfError } from './proxy/errors';
import type { AccessEnv } from './host-guard';

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
