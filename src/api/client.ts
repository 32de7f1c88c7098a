/**
 * The one way the SPA talks to the server: relative `/client/v4/...` (Cloudflare's own paths, answered
 * by the proxy or the stand-in) and `/api/...`. Every response is parsed with a schema at this
 * boundary, so a shape change surfaces as an ApiError naming the endpoint and field, not as a crash
 * three components later.
 */
import * as z from 'zod/mini';
import { CSRF_HEADER } from '../lib/csrf';
import '../lib/schema-messages';

export interface CfMessage {
  code?: number;
  message: string;
  pointer?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly errors: CfMessage[];
  /** Seconds to wait before retrying, from `retry-after` (429 and some 503s). */
  readonly retryAfter: number | null;
  readonly method: string;
  readonly path: string;

  constructor(init: {
    status: number;
    errors: CfMessage[];
    retryAfter?: number | null;
    method: string;
    path: string;
    message?: string;
  }) {
    super(init.message ?? (init.errors.map((e) => e.message).join('; ') || `HTTP ${init.status}`));
    this.name = 'ApiError';
    this.status = init.status;
    this.errors = init.errors;
    this.retryAfter = init.retryAfter ?? null;
    this.method = init.method;
    this.path = init.path;
  }

  get isClientError() {
    return this.status >= 400 && this.status < 500;
  }
}

/** status 0: the request never got an HTTP answer (offline, connection refused, aborted upstream). */
const NETWORK = 0;

type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

/** `retry-after` is seconds or an HTTP date (RFC 9110 10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

const messageSchema = z.object({
  code: z.optional(z.number()),
  message: z.string(),
  source: z.optional(z.object({ pointer: z.optional(z.string()) })),
});

/** Pulls Cloudflare error items out of any failure body: v4 envelope, Radar 404, or plain text. */
function errorsFromBody(body: unknown, text: string, status: number): CfMessage[] {
  const list = z.object({ errors: z.array(messageSchema) }).safeParse(body);
  if (list.success && list.data.errors.length > 0) {
    return list.data.errors.map((e) => ({
      code: e.code,
      message: e.message,
      pointer: e.source?.pointer,
    }));
  }
  const single = z.object({ error: z.string() }).safeParse(body);
  if (single.success) return [{ message: single.data.error }];
  const trimmed = text.trim();
  if (trimmed && trimmed.length < 300 && !trimmed.startsWith('<')) return [{ message: trimmed }];
  return [{ message: `The server answered HTTP ${status} without an explanation.` }];
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  return `${where}: ${issue.message}`;
}

function parseWith<T>(schema: z.core.$ZodType<T>, data: unknown, method: string, path: string): T {
  const r = z.safeParse(schema, data);
  if (r.success) return r.data;
  const first = r.error.issues.slice(0, 3).map(describeIssue).join('; ');
  throw new ApiError({
    status: 200,
    method,
    path,
    errors: [{ message: `Unexpected response from ${method} ${path}: ${first}` }],
  });
}

interface RawInit {
  method: string;
  path: string;
  body?: unknown;
  signal?: AbortSignal;
  accept?: string;
}

async function request({ method, path, body, signal, accept }: RawInit): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept ?? 'application/json' };
  if (method !== 'GET' && method !== 'HEAD') headers[CSRF_HEADER] = '1';
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError({
      status: NETWORK,
      method,
      path,
      errors: [{ message: `Could not reach the routedeck server (${(e as Error).message}).` }],
    });
  }
  if (!res.ok) {
    const text = await res.text().catch(() => '');
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: errorsFromBody falls back to the text itself
    }
    throw new ApiError({
      status: res.status,
      method,
      path,
      errors: errorsFromBody(json, text, res.status),
      retryAfter: parseRetryAfter(res.headers.get('retry-after')),
    });
  }
  return res;
}

async function readJson(res: Response, method: string, path: string): Promise<unknown> {
  const text = await res.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError({
      status: res.status,
      method,
      path,
      errors: [{ message: `${method} ${path} did not answer with JSON.` }],
    });
  }
}

const envelope = z.object({ success: z.boolean(), result: z.unknown() });

/** Unwraps `{ success, result }`; a `success: false` with HTTP 200 is still an error. */
function unwrap(json: unknown, status: number, method: string, path: string): unknown {
  const env = parseWith(envelope, json, method, path);
  if (!env.success) {
    throw new ApiError({ status, method, path, errors: errorsFromBody(json, '', status) });
  }
  return env.result;
}

interface GetOptions<T> {
  schema: z.core.$ZodType<T>;
  signal?: AbortSignal;
  query?: Query;
  /** Bare body, no v4 envelope: the CNI endpoints and routedeck's own `/api/*`. */
  raw?: boolean;
}

export async function apiGet<T>(path: string, opts: GetOptions<T>): Promise<T> {
  const url = withQuery(path, opts.query);
  const res = await request({ method: 'GET', path: url, signal: opts.signal });
  const json = await readJson(res, 'GET', url);
  const data = opts.raw ? json : unwrap(json, res.status, 'GET', url);
  return parseWith(opts.schema, data, 'GET', url);
}

/** GET for the CNI endpoints, whose bodies are bare objects (CONTRACT 1.2). */
export function cniGet<T>(path: string, opts: Omit<GetOptions<T>, 'raw'>): Promise<T> {
  return apiGet(path, { ...opts, raw: true });
}

/** Mutations: never retried by the query policy, always carry the anti-CSRF header. */
export async function apiSend<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  schema: z.core.$ZodType<T>,
  opts: { raw?: boolean; signal?: AbortSignal } = {},
): Promise<T> {
  const res = await request({ method, path, body, signal: opts.signal });
  const json = await readJson(res, method, path);
  const data = opts.raw ? json : unwrap(json, res.status, method, path);
  return parseWith(schema, data, method, path);
}

/** Binary bodies: the interconnect LOA PDF. */
export async function apiBlob(path: string, opts: { signal?: AbortSignal; query?: Query } = {}) {
  const url = withQuery(path, opts.query);
  const res = await request({ method: 'GET', path: url, signal: opts.signal, accept: '*/*' });
  return res.blob();
}

/** Prefix for account-scoped paths; the account id comes from `/api/session`. */
export const accountPath = (accountId: string, rest: string) =>
  `/client/v4/accounts/${encodeURIComponent(accountId)}${rest}`;
