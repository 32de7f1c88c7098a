/**
 * The Host guard (DNS rebinding) and what the access layer hands to later handlers. Kept apart
 * from access.ts (basic auth, node:crypto) because the Worker build includes this file and must
 * not pull in Node modules.
 */
import type { MiddlewareHandler } from 'hono';
import { GUARD_CODES, cfError } from './proxy/errors';

/**
 * What the access layer tells later handlers: who is asking (basic-auth user or Access e-mail,
 * for the journal) and, when that identity may not change anything, why (403 on mutations, and
 * `readOnly` with the reason in /api/session).
 */
export type AccessEnv = { Variables: { user?: string; readOnlyReason?: string } };

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
