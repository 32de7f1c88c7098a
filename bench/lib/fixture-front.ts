/**
 * A same-origin front for the built server that answers a few API paths with a fixed body and
 * forwards everything else, so a browser bench can feed the page a large response without
 * Playwright's request interception. Interception is not free and not realistic: while any route
 * is set, every request of the page (scripts included) stops in the browser for a round trip to
 * the Playwright driver, and Chromium's HTTP cache is disabled (so a "second visit" would not have
 * its scripts cached at all). The forwarding hop costs well under a millisecond on loopback, like
 * a reverse proxy in front of a real deployment.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Fixture {
  method: 'GET' | 'POST';
  /** The request's path without its query string. */
  pathname: string | RegExp;
  body: string;
}

export interface FixtureFront {
  url: string;
  /** Replaces the fixtures between loads (the bench interleaves a large and a small answer). */
  serve(fixtures: readonly Fixture[]): void;
  stop(): Promise<void>;
}

const matches = (f: Fixture, method: string, pathname: string) =>
  f.method === method &&
  (typeof f.pathname === 'string' ? f.pathname === pathname : f.pathname.test(pathname));

export async function startFixtureFront(upstream: string): Promise<FixtureFront> {
  const target = new URL(upstream);
  const agent = new http.Agent({ keepAlive: true });
  let fixtures: readonly Fixture[] = [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://front').pathname;
    const hit = fixtures.find((f) => matches(f, req.method ?? 'GET', pathname));
    if (hit) {
      // Drain the request body (a POST) before answering, as a real server would.
      req.resume();
      req.once('end', () => {
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(hit.body),
        });
        res.end(hit.body);
      });
      return;
    }
    const out = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        // The Host the browser used is kept: the server answers only to names it knows.
        headers: req.headers,
        agent,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    out.once('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve(next) {
      fixtures = next;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
    },
  };
}
