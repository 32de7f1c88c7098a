/**
 * Credential and account checks, answered the way Cloudflare answers them.
 *
 * - Missing or wrong credentials: HTTP 403 with error code 10000 "Authentication error" (the code
 *   and message come from issue reports, CONTRACT 1.3; no official table lists them).
 * - A valid token asking for another account: HTTP 403 with code 9109 "Unauthorized to access
 *   requested resource" (from observation of the live API, not from a documented table).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { fail } from './envelope';

/** Accepts `Authorization: Bearer <token>`, or `X-Auth-Email` + `X-Auth-Key` where the key is the token. */
export function requireTokenMiddleware(token: string): MiddlewareHandler {
  return async (c, next) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    const email = c.req.header('x-auth-email')?.trim();
    const key = c.req.header('x-auth-key')?.trim();
    if (bearer === token || (email && key === token)) return next();
    return fail(c, 403, { code: 10000, message: 'Authentication error' });
  };
}

export const WRONG_ACCOUNT = { code: 9109, message: 'Unauthorized to access requested resource' };

/** True when the request's `:account_id` is not the demo account. */
export const isOtherAccount = (c: Context, accountId: string) =>
  c.req.param('account_id') !== accountId;
