/**
 * Request guards for /client/v4/*: the same checks in live and demo mode, so demo behaves like
 * live. Each refusal says what was wrong in the Cloudflare failure envelope.
 */
import { CSRF_HEADER, CSRF_VALUE } from '../../src/lib/csrf';
import { GUARD_CODES, cfError } from './errors';

export const MAX_BODY_BYTES = 64 * 1024;

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const isMutation = (method: string) => MUTATIONS.has(method);

/**
 * A mutation must come from routedeck's own pages: same origin by `Origin` and/or
 * `Sec-Fetch-Site` (browsers set at least one on every cross-site POST, and a page cannot forge
 * them), plus the custom header that a cross-site form cannot send at all.
 */
export function checkMutationOrigin(headers: Headers, host: string): Response | undefined {
  const refuse = (why: string) =>
    cfError(403, GUARD_CODES.crossSite, `Refused a cross-site or unmarked change request: ${why}.`);
  const origin = headers.get('origin');
  const fetchSite = headers.get('sec-fetch-site');
  if (origin === null && fetchSite === null) {
    return refuse('it carries neither an Origin nor a Sec-Fetch-Site header');
  }
  if (fetchSite !== null && fetchSite !== 'same-origin') {
    return refuse(`Sec-Fetch-Site is "${fetchSite}", not "same-origin"`);
  }
  if (origin !== null && originHost(origin) !== host.toLowerCase()) {
    return refuse(`Origin ${origin} is not this server (${host})`);
  }
  if (headers.get(CSRF_HEADER) !== CSRF_VALUE) {
    return refuse(
      `the ${CSRF_HEADER}: ${CSRF_VALUE} header that routedeck's pages send is missing`,
    );
  }
  return undefined;
}

function originHost(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? url.host.toLowerCase()
      : undefined;
  } catch {
    return undefined; // "null" (sandboxed frames, file://) and garbage are never same-origin
  }
}

export const readOnlyRefusal = () =>
  cfError(
    403,
    GUARD_CODES.readOnly,
    'This routedeck server is read-only (READ_ONLY is set): changes are refused and nothing was sent to Cloudflare.',
  );

const tooLarge = () =>
  cfError(
    413,
    GUARD_CODES.bodyTooLarge,
    `Request body is larger than ${MAX_BODY_BYTES / 1024} KiB; nothing was sent to Cloudflare.`,
  );

/**
 * Reads the request body into memory, refusing it past MAX_BODY_BYTES. Content-Length is checked
 * first, then the bytes actually streamed, since a chunked body declares no length and a client
 * can lie about it.
 */
export async function readLimitedBody(
  req: Request,
): Promise<
  { ok: true; bytes: Uint8Array<ArrayBuffer> | undefined } | { ok: false; response: Response }
> {
  const declared = req.headers.get('content-length');
  if (declared !== null && Number(declared) > MAX_BODY_BYTES)
    return { ok: false, response: tooLarge() };
  if (!req.body) return { ok: true, bytes: undefined };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      return { ok: false, response: tooLarge() };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
