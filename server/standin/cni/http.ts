/**
 * Response helpers for the CNI area. CNI bodies are bare JSON, no v4 envelope (CONTRACT 1.2), and
 * the contract gives 4xx responses no body schema at all. The stand-in answers errors as
 * `{ "errors": [{ "code", "message", "source": { "pointer": "/bgp/md5_key" } }] }`: the shape of a
 * v4 error item, so the UI can read them like every other error and place each one on its field
 * (`pointer` for body fields, `parameter` for query parameters). This is a choice, not an
 * observation of the live API.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CNI_CODE, type CniError } from './validate';

export const cniFail = (c: Context, status: ContentfulStatusCode, errors: CniError[] | CniError) =>
  c.json({ errors: Array.isArray(errors) ? errors : [errors] }, status);

export const cniNotFound = (c: Context, what: string) =>
  cniFail(c, 404, { code: CNI_CODE.notFound, message: `${what} not found` });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

export async function readCniJson(
  c: Context,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const text = await c.req.text();
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch (e) {
    const message = `Malformed JSON in request body: ${(e as Error).message}`;
    return { ok: false, response: cniFail(c, 400, { code: CNI_CODE.malformed, message }) };
  }
}

/** Query value, with the SDK's `key=` (null) treated as absent (CONTRACT 1.1). */
export const query = (c: Context, key: string) => {
  const v = c.req.query(key);
  return v === undefined || v === '' ? undefined : v;
};

/** Page size when `limit` is absent or 0 (the contract allows 0 without saying what it means). */
const DEFAULT_LIMIT = 50;

/**
 * Cursor + limit pagination: the cursor is the index of the first item, and `next` is the cursor
 * of the following page, null on the last one.
 */
export function paginate<T>(
  c: Context,
  all: T[],
): { ok: true; body: { items: T[]; next: number | null } } | { ok: false; response: Response } {
  const parse = (key: string) => {
    const raw = query(c, key);
    if (raw === undefined) return 0;
    return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  };
  const cursor = parse('cursor');
  const limit = parse('limit');
  for (const [key, v] of [
    ['cursor', cursor],
    ['limit', limit],
  ] as const) {
    if (v === null) {
      const message = `${key} must be a whole number of 0 or more, got "${query(c, key)}".`;
      return {
        ok: false,
        response: cniFail(c, 400, { code: CNI_CODE.invalid, message, source: { parameter: key } }),
      };
    }
  }
  const size = limit || DEFAULT_LIMIT;
  const items = all.slice(cursor!, cursor! + size);
  const next = cursor! + size < all.length ? cursor! + size : null;
  return { ok: true, body: { items, next } };
}
