/**
 * Cloudflare v4 response envelopes, as CONTRACT.md section 1.2 describes them. Every stand-in
 * handler answers through these so shapes cannot drift between API areas.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface CfMessage {
  code: number;
  message: string;
  source?: { pointer?: string };
}

export interface ResultInfo {
  page: number;
  per_page: number;
  count: number;
  total_count: number;
  total_pages?: number;
}

export function ok<T>(
  c: Context,
  result: T,
  resultInfo?: ResultInfo,
  status: ContentfulStatusCode = 200,
) {
  return c.json(
    {
      success: true,
      errors: [],
      messages: [],
      result,
      ...(resultInfo ? { result_info: resultInfo } : {}),
    },
    status,
  );
}

/** The standard failure envelope (`result: null`). */
export function fail(c: Context, status: ContentfulStatusCode, errors: CfMessage[] | CfMessage) {
  const list = Array.isArray(errors) ? errors : [errors];
  return c.json({ success: false, errors: list, messages: [], result: null }, status);
}

/** Radar's 400 body: `{ success: false, result: {}, errors: [{ message }] }` (code added: harmless and useful). */
export function radarFail(c: Context, status: ContentfulStatusCode, message: string, code = 2001) {
  return c.json({ success: false, result: {}, errors: [{ code, message }] }, status);
}

export const notFoundRoute = (c: Context) =>
  fail(c, 404, { code: 7003, message: 'No route for the URI' });

/** Reads a JSON body; answers the contract's 400 on malformed JSON instead of throwing. */
export async function readJson(
  c: Context,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const text = await c.req.text();
  if (text.trim() === '') return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch (e) {
    return {
      ok: false,
      response: fail(c, 400, {
        code: 1001,
        message: `Malformed JSON in request body: ${(e as Error).message}`,
      }),
    };
  }
}
