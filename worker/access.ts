/**
 * Cloudflare Access in front of the Worker's API: every /api/* and /client/v4/* request must carry
 * a valid Access token, whose e-mail goes into the journal. Identities outside WRITERS (or
 * WRITER_GROUPS) may read but not change anything. Static assets never reach this code.
 */
import type { MiddlewareHandler } from 'hono';
import { type AccessEnv, requestHost } from '../server/host-guard';
import { GUARD_CODES, cfError } from '../server/proxy/errors';
import type { AccessClaims, AccessVerify } from './access-jwt';

const HEADER = 'cf-access-jwt-assertion';

const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);

function groupsOf(claims: AccessClaims): string[] {
  const raw = claims.custom?.groups ?? claims.groups;
  const all = Array.isArray(raw) ? raw : [raw];
  return all.filter((g): g is string => typeof g === 'string').map((g) => g.toLowerCase());
}

/** Why this identity may not change anything, or undefined when it may. */
function readOnlyReason(
  identity: string,
  claims: AccessClaims,
  writers: Set<string>,
  writerGroups: Set<string>,
): string | undefined {
  if (writers.has(identity.toLowerCase())) return undefined;
  if (groupsOf(claims).some((g) => writerGroups.has(g))) return undefined;
  if (writers.size === 0 && writerGroups.size === 0) {
    return 'Read-only for everyone: this routedeck Worker has no WRITERS or WRITER_GROUPS set.';
  }
  return `${identity} may read but not change anything: changes are limited to the people in WRITERS${writerGroups.size ? ' and the groups in WRITER_GROUPS' : ''}.`;
}

export function cloudflareAccess(opts: {
  verify: AccessVerify | undefined;
  writers: Set<string>;
  writerGroups: Set<string>;
  log: (line: string) => void;
}): MiddlewareHandler<AccessEnv> {
  const { verify, writers, writerGroups, log } = opts;
  return async (c, next) => {
    if (!verify) {
      // Without Access anyone on the Internet could spend the token; only local runs may skip it.
      const hostname = requestHost(c.req.raw).replace(/:\d*$/, '').toLowerCase();
      if (isLoopback(hostname)) return next();
      return cfError(
        403,
        GUARD_CODES.authRequired,
        'This routedeck Worker serves its API only behind Cloudflare Access: set ACCESS_TEAM_DOMAIN and ACCESS_AUD (docs/workers.md).',
      );
    }
    const token = c.req.header(HEADER);
    if (!token) {
      return cfError(
        401,
        GUARD_CODES.authRequired,
        'No Cloudflare Access token: open routedeck through its Access-protected address.',
      );
    }
    let verdict;
    try {
      verdict = await verify(token);
    } catch (e) {
      log(`could not fetch the Access signing keys: ${(e as Error).message}`);
      return cfError(
        503,
        GUARD_CODES.upstreamUnreachable,
        'Could not fetch the Cloudflare Access signing keys to check your sign-in; try again shortly.',
      );
    }
    if (!verdict.ok) return cfError(403, GUARD_CODES.authRequired, `Refused: ${verdict.reason}.`);
    const identity = verdict.claims.email ?? verdict.claims.common_name;
    if (!identity) {
      return cfError(403, GUARD_CODES.authRequired, 'Refused: the Access token names nobody.');
    }
    c.set('user', identity);
    const reason = readOnlyReason(identity, verdict.claims, writers, writerGroups);
    if (reason) c.set('readOnlyReason', reason);
    await next();
  };
}
