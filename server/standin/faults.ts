/**
 * Fault injection for the stand-in, so every error state of the UI can be tested.
 *
 * `STANDIN_FAULTS` is a JSON array of rules (empty or absent: no faults):
 *
 *   [{ "path": "<regex tested against the URL pathname>",
 *      "method"?: "PATCH",          // any method when absent
 *      "status"?: 429 | 500 | 502 | 503,
 *      "retryAfter"?: 2,            // seconds, sent as `retry-after` (429 and 5xx)
 *      "latencyMs"?: 1500,          // delay before answering (alone: then answer normally)
 *      "timeout"?: true,            // never answer; the request hangs until the client aborts
 *      "times"?: 1 }]               // hit only the first N matching requests, then step aside
 *
 * Example: `[{"path":"/bgp/prefixes/","method":"PATCH","status":503,"times":1}]` fails the first
 * PATCH and lets the UI's Retry succeed. The first rule that matches and has hits left applies.
 * A 429 answers like Cloudflare's rate limiter (CONTRACT 1.3/1.4): code 1015 under /radar (the
 * Radar error table), otherwise 971 with the observed message, plus `retry-after` and the
 * `x-ratelimit-*` headers. A 5xx answers the v4 failure envelope. Invalid JSON or an invalid
 * rule throws at start with the reason.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface FaultRule {
  path: RegExp;
  method?: string;
  status?: 429 | 500 | 502 | 503;
  retryAfter?: number;
  latencyMs?: number;
  timeout?: boolean;
  times?: number;
}

const STATUSES = [429, 500, 502, 503];
const RULE_KEYS = ['path', 'method', 'status', 'retryAfter', 'latencyMs', 'timeout', 'times'];

export function parseFaults(spec: string): FaultRule[] {
  if (!spec.trim()) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(spec);
  } catch (e) {
    throw new Error(`STANDIN_FAULTS is not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new Error('STANDIN_FAULTS must be a JSON array of rules.');
  return raw.map((r: unknown, i) => {
    const bad = (why: string) => new Error(`STANDIN_FAULTS rule ${i}: ${why}`);
    if (!r || typeof r !== 'object' || Array.isArray(r)) throw bad('must be an object.');
    const o = r as Record<string, unknown>;
    const unknown = Object.keys(o).filter((k) => !RULE_KEYS.includes(k));
    if (unknown.length)
      throw bad(`unknown field(s) ${unknown.join(', ')}; allowed: ${RULE_KEYS.join(', ')}.`);
    if (typeof o.path !== 'string') throw bad('"path" (a regular expression) is required.');
    let path: RegExp;
    try {
      path = new RegExp(o.path);
    } catch (e) {
      throw bad(`"path" is not a valid regular expression: ${(e as Error).message}`);
    }
    const num = (k: string) => {
      if (o[k] === undefined) return undefined;
      if (typeof o[k] !== 'number' || !(o[k] >= 0)) throw bad(`"${k}" must be a number >= 0.`);
      return o[k];
    };
    if (o.status !== undefined && !STATUSES.includes(o.status as number))
      throw bad(`"status" must be one of ${STATUSES.join(', ')}.`);
    if (o.method !== undefined && typeof o.method !== 'string')
      throw bad('"method" must be a string such as "PATCH".');
    if (o.timeout !== undefined && typeof o.timeout !== 'boolean')
      throw bad('"timeout" must be true or false.');
    const rule: FaultRule = {
      path,
      method: (o.method as string | undefined)?.toUpperCase(),
      status: o.status as FaultRule['status'],
      retryAfter: num('retryAfter'),
      latencyMs: num('latencyMs'),
      timeout: o.timeout as boolean | undefined,
      times: num('times'),
    };
    if (!rule.status && !rule.latencyMs && !rule.timeout)
      throw bad('does nothing: set status, latencyMs or timeout.');
    return rule;
  });
}

/** Resolves after `ms`, or early when the request is aborted. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

function rateLimited(c: Context, retryAfter: number) {
  const radar = c.req.path.includes('/radar/');
  c.header('retry-after', String(Math.ceil(retryAfter)));
  c.header('x-ratelimit-limit', '1200');
  c.header('x-ratelimit-remaining', '0');
  c.header('x-ratelimit-reset', new Date(Date.now() + retryAfter * 1000).toUTCString());
  const error = radar
    ? { code: 1015, message: 'Rate limited' }
    : {
        code: 971,
        message:
          'More than 1200 requests per 300 seconds reached. Please wait and consider throttling your request speed',
      };
  return c.json({ success: false, errors: [error], messages: [], result: null }, 429);
}

export function faultMiddleware(spec: string): MiddlewareHandler {
  const rules = parseFaults(spec);
  const hits = rules.map(() => 0);
  return async (c, next) => {
    const i = rules.findIndex(
      (r, j) =>
        (!r.method || r.method === c.req.method) &&
        r.path.test(c.req.path) &&
        (r.times === undefined || hits[j]! < r.times),
    );
    const rule = rules[i];
    if (!rule) return next();
    hits[i] = hits[i]! + 1;
    const signal = c.req.raw.signal;
    if (rule.latencyMs) await sleep(rule.latencyMs, signal);
    if (rule.timeout) {
      await new Promise<void>((resolve) =>
        signal.aborted
          ? resolve()
          : signal.addEventListener('abort', () => resolve(), { once: true }),
      );
      // Nobody is listening any more; the status only shows in server logs.
      return c.body(null, 499 as ContentfulStatusCode);
    }
    if (rule.status === 429) return rateLimited(c, rule.retryAfter ?? 1);
    if (rule.status) {
      if (rule.retryAfter !== undefined)
        c.header('retry-after', String(Math.ceil(rule.retryAfter)));
      const code = c.req.path.includes('/radar/') ? 2000 : 1000;
      const message = `Injected fault: HTTP ${rule.status} (STANDIN_FAULTS)`;
      return c.json(
        { success: false, errors: [{ code, message }], messages: [], result: null },
        rule.status,
      );
    }
    return next();
  };
}
