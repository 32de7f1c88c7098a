/**
 * routedeck's own refusals, in Cloudflare's failure envelope so the SPA's one error path handles
 * them like upstream errors. Codes are 9000 + the HTTP status, which no Cloudflare API in the
 * contract uses, so a client can tell "the proxy refused" from "Cloudflare refused"; an unknown
 * path keeps Cloudflare's own 7003 "No route for the URI".
 */
export const GUARD_CODES = {
  notAllowed: 7003,
  authRequired: 9401,
  crossSite: 9403,
  readOnly: 9405,
  badRequest: 9400,
  bodyTooLarge: 9413,
  hostNotAllowed: 9421,
  upstreamUnreachable: 9502,
  upstreamTimeout: 9504,
  internal: 9500,
} as const;

export function cfError(
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(
    JSON.stringify({ success: false, errors: [{ code, message }], messages: [], result: null }),
    { status, headers: { 'content-type': 'application/json; charset=UTF-8', ...headers } },
  );
}
