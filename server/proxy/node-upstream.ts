/**
 * The Node server's way to the Cloudflare API: undici's request API on a keep-alive pool rather
 * than the global fetch. Same library underneath, without the WHATWG streams and Request/Response
 * objects that fetch builds for every call; bench/proxy.bench.ts measured fetch as the largest
 * single cost of a proxied GET. The Worker keeps the platform fetch (server/proxy/upstream.ts).
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { Agent, request } from 'undici';
import { type Upstream, hasNoBody } from './upstream';

/** Far above any answer routedeck asks for (a realtime routes reply is a few MB at most). */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

const DECODERS: Record<string, (b: Uint8Array, o: zlib.ZlibOptions) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/** The body as the browser must get it: routedeck does not pass Content-Encoding on. */
async function decode(
  bytes: Uint8Array<ArrayBuffer>,
  encoding: string | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  const name = encoding?.trim().toLowerCase();
  if (!name || name === 'identity') return bytes;
  const decoder = DECODERS[name];
  // We only ask for the encodings above; anything else cannot be handed on as it is.
  if (!decoder) throw Object.assign(new Error('unsupported encoding'), { code: 'BAD_ENCODING' });
  return new Uint8Array(await decoder(bytes, { maxOutputLength: MAX_RESPONSE_BYTES }));
}

export function nodeUpstream(): Upstream {
  const dispatcher = new Agent({ keepAliveTimeout: 10_000, maxResponseSize: MAX_RESPONSE_BYTES });
  return async (url, req) => {
    const headers: Record<string, string> = {};
    req.headers.forEach((value, key) => (headers[key] = value));
    headers['accept-encoding'] = 'gzip, deflate, br';
    try {
      const res = await request(url, {
        method: req.method as 'GET',
        headers,
        body: req.body && req.method !== 'GET' ? req.body : undefined,
        signal: req.signal,
        dispatcher,
      });
      const out = new Headers();
      for (const [key, value] of Object.entries(res.headers)) {
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) out.append(key, v);
      }
      const raw = new Uint8Array(await res.body.arrayBuffer());
      if (hasNoBody(res.statusCode)) return { status: res.statusCode, headers: out, body: null };
      const body = await decode(raw, out.get('content-encoding') ?? undefined);
      return { status: res.statusCode, headers: out, body };
    } catch (e) {
      // The forwarder reports only `cause.code`, as it does for fetch's "fetch failed".
      const code = (e as { code?: unknown }).code;
      throw new TypeError('upstream request failed', { cause: { code } });
    }
  };
}
