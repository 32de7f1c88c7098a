/**
 * How the forwarder reaches a backend. Every answer routedeck forwards is a bounded API response
 * (JSON, CSV, a small LOA PDF), so it is read whole: the time limit then covers the body as well
 * as the headers, and the browser gets it in one write with a Content-Length.
 */

interface UpstreamRequest {
  method: string;
  headers: Headers;
  body: Uint8Array<ArrayBuffer> | undefined;
  signal: AbortSignal;
}

interface UpstreamResponse {
  status: number;
  headers: Headers;
  /** null for statuses that carry no body (204, 304). */
  body: Uint8Array<ArrayBuffer> | null;
}

/** Rejects like fetch does when the backend cannot be reached: `cause.code` names the reason. */
export type Upstream = (url: string, req: UpstreamRequest) => Promise<UpstreamResponse>;

export const hasNoBody = (status: number) => status === 204 || status === 304;

/**
 * A fetch-shaped backend: the stand-in's app, the Worker runtime's fetch, and tests' fakes.
 * Redirects are not followed: a Location from upstream must not send the token elsewhere.
 */
export function upstreamFromFetch(fetchImpl: typeof fetch): Upstream {
  return async (url, req) => {
    const res = await fetchImpl(url, {
      method: req.method,
      headers: req.headers,
      signal: req.signal,
      redirect: 'manual',
      ...(req.body && req.method !== 'GET' ? { body: req.body } : {}),
    });
    const body = hasNoBody(res.status) ? null : new Uint8Array(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body };
  };
}
