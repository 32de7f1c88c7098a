/**
 * The /client/v4/* handler: allowlist, change guards, body limit, forwarding, audit. The order
 * matters: every refusal happens before a single byte goes to the backend.
 */
import type { Context } from 'hono';
import type { ServerConfig } from '../config';
import { type Journal, auditBody } from '../storage/journal';
import { type AccessEnv, requestHost } from '../host-guard';
import { allowRoute } from './allowlist';
import { GUARD_CODES, cfError } from './errors';
import type { Forward } from './forward';
import {
  MAX_BODY_BYTES,
  checkMutationOrigin,
  isMutation,
  readLimitedBody,
  readOnlyRefusal,
} from './guards';

const PREFIX = '/client/v4';

export function apiHandler(opts: {
  config: ServerConfig;
  forward: Forward;
  audit: Journal;
  log: (line: string) => void;
}) {
  const { config, forward, audit, log } = opts;
  return async (c: Context<AccessEnv>) => {
    const req = c.req.raw;
    const url = new URL(req.url);
    const path = url.pathname.slice(PREFIX.length);
    const method = req.method.toUpperCase();

    const allowed = allowRoute(method, path, config.accountId);
    if (!allowed.ok) return cfError(404, GUARD_CODES.notAllowed, allowed.reason);

    const mutation = isMutation(method);
    if (mutation) {
      const refused = checkMutationOrigin(req.headers, requestHost(req));
      if (refused) return refused;
      if (config.readOnly) return readOnlyRefusal();
      // Per-identity read-only (Workers behind Access: not in WRITERS / WRITER_GROUPS).
      const reason = c.get('readOnlyReason');
      if (reason) return cfError(403, GUARD_CODES.readOnly, reason);
    }
    let body: Uint8Array<ArrayBuffer> | undefined;
    if (mutation) {
      const read = await readLimitedBody(req);
      if (!read.ok) return read.response;
      body = read.bytes;
    } else if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
      return cfError(
        413,
        GUARD_CODES.bodyTooLarge,
        `Request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`,
      );
    }

    const target = path + url.search;
    const timeoutMs =
      allowed.route.name === 'traceroute' ? config.tracerouteTimeoutMs : config.upstreamTimeoutMs;
    if (!mutation)
      return forward({ method, path: target, headers: req.headers, body: undefined, timeoutMs });

    // A BGP prefix PATCH flips what the Internet sees of a prefix: the change journal shows the
    // state before and after, so read it first (a failed read is recorded as unknown, not fatal).
    let before: unknown;
    if (allowed.route.name === 'bgpPrefixes.edit') {
      const prior = await forward({
        method: 'GET',
        path,
        headers: req.headers,
        body: undefined,
        timeoutMs,
      });
      before = prior.ok ? resultOf(await prior.text()) : null;
    }

    const res = await forward({ method, path: target, headers: req.headers, body, timeoutMs });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    try {
      await audit.append({
        time: new Date().toISOString(),
        mode: config.mode,
        method,
        path: target,
        body: auditBody(body),
        status: res.status,
        cfRay: res.headers.get('cf-ray'),
        ...(c.get('user') ? { user: c.get('user') } : {}),
        ...(allowed.route.name === 'bgpPrefixes.edit' ? { before, result: resultOf(text) } : {}),
      });
    } catch (e) {
      // The change already happened upstream: say so loudly, but still tell the browser the outcome.
      log(`audit log write failed for ${method} ${path}: ${(e as Error).message}`);
    }
    log(`${method} ${path} -> ${res.status}`);
    const status = res.status;
    return new Response(status === 204 ? null : bytes, { status, headers: res.headers });
  };
}

function resultOf(text: string): unknown {
  try {
    return (JSON.parse(text) as { result?: unknown }).result ?? null;
  } catch {
    return null;
  }
}
