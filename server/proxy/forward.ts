/**
 * Forwarding an allowlisted request to a backend: Cloudflare (live, credentials added here) or the
 * stand-in (demo, through the same code so time limits and header filtering behave the same).
 */
import type { Credentials } from '../config';
import { GUARD_CODES, cfError } from './errors';
import type { Upstream } from './upstream';

interface ForwardRequest {
  method: string;
  /** Path under /client/v4 with its query string, already allowlisted. */
  path: string;
  headers: Headers;
  body: Uint8Array<ArrayBuffer> | undefined;
  timeoutMs: number;
}

export type Forward = (req: ForwardRequest) => Promise<Response>;

/** Hop-by-hop (RFC 9110 7.6.1) plus anything that carries the browser's own identity. */
const DROP_REQUEST = new Set([
  'connection',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'authorization',
  'cookie',
  // recomputed by fetch for the body actually sent, and negotiated by fetch itself
  'content-length',
  'accept-encoding',
  // only meaningful to routedeck's own guards; the upstream has no use for them
  'origin',
  'referer',
  'x-routedeck-csrf',
]);
// cf-*: what Cloudflare's edge added in front of routedeck (the Access JWT, the client's IP and
// country) describes the browser's connection, not ours, and must not travel on with the token.
const DROP_REQUEST_PREFIX = ['x-auth-', 'proxy-', 'sec-', 'cf-'];

/** Response headers a client can act on; everything else (cookies, encodings) stays behind. */
const PASS_RESPONSE = new Set(['content-type', 'content-disposition', 'retry-after', 'cf-ray']);
const PASS_RESPONSE_PREFIX = ['x-ratelimit-'];

function upstreamHeaders(incoming: Headers, credentials: Credentials | undefined): Headers {
  const named = (incoming.get('connection') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const out = new Headers();
  incoming.forEach((value, key) => {
    const k = key.toLowerCase();
    if (DROP_REQUEST.has(k) || named.includes(k)) return;
    if (DROP_REQUEST_PREFIX.some((p) => k.startsWith(p))) return;
    out.set(k, value);
  });
  if (credentials?.kind === 'token') out.set('authorization', `Bearer ${credentials.token}`);
  if (credentials?.kind === 'key') {
    out.set('x-auth-email', credentials.email);
    out.set('x-auth-key', credentials.key);
  }
  return out;
}

function clientHeaders(upstream: Headers): Headers {
  const out = new Headers();
  upstream.forEach((value, key) => {
    const k = key.toLowerCase();
    if (PASS_RESPONSE.has(k) || PASS_RESPONSE_PREFIX.some((p) => k.startsWith(p)))
      out.set(k, value);
  });
  return out;
}

class UpstreamTimeout extends Error {}

/**
 * `baseUrl` ends with /client/v4. `upstream` is undici on Node in live mode, the Worker's fetch,
 * or the stand-in's app in demo mode; the time limit is raced here as well as passed as a signal,
 * because an in-process app ignores signals.
 */
export function createForwarder(opts: {
  baseUrl: string;
  credentials?: Credentials;
  upstream: Upstream;
  label: string;
}): Forward {
  return async (req) => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new UpstreamTimeout());
      }, req.timeoutMs);
    });
    try {
      const call = opts.upstream(`${opts.baseUrl}${req.path}`, {
        method: req.method,
        headers: upstreamHeaders(req.headers, opts.credentials),
        body: req.body,
        signal: controller.signal,
      });
      const res = await Promise.race([call, timedOut]);
      return new Response(res.body, { status: res.status, headers: clientHeaders(res.headers) });
    } catch (e) {
      if (e instanceof UpstreamTimeout) {
        return cfError(
          504,
          GUARD_CODES.upstreamTimeout,
          `No answer from ${opts.label} within ${Math.round(req.timeoutMs / 1000)} s.`,
        );
      }
      // Only the error code: messages from the network stack can quote the request.
      const code = (e as { cause?: { code?: unknown } }).cause?.code;
      return cfError(
        502,
        GUARD_CODES.upstreamUnreachable,
        `Could not reach ${opts.label}${typeof code === 'string' ? ` (${code})` : ''}.`,
      );
    } finally {
      clearTimeout(timer);
    }
  };
}
