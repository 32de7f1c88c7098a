/**
 * routedeck as an operator runs it, in live mode, against a Cloudflare API that answers a few paths
 * with a fixed body: the built server holds a (fake) token and proxies /client/v4 to a small
 * upstream here, which answers the fixtures and hands every other request on to a demo-mode
 * server's stand-in, so the rest of the API still behaves like Cloudflare's. The browser talks to
 * the built server alone, as in production: scripts come from its own static handler, answers
 * through its own proxy. Playwright's request interception would instead pause every request for
 * the driver and turn Chromium's HTTP cache off, and a forwarding front between the browser and
 * the server (the previous set-up) added ~25 ms to a cold load's last script on this VM.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startBuiltServer } from './server';

export interface Fixture {
  method: 'GET' | 'POST';
  /** The request's path without its query string. */
  pathname: string | RegExp;
  body: string;
}

interface FixtureUpstream {
  url: string;
  serve(fixtures: readonly Fixture[]): void;
  stop(): Promise<void>;
}

export interface LiveApp {
  /** The built server in live mode: what the browser opens. */
  url: string;
  /** The demo-mode server behind the fixtures, for fetching the stand-in's own answers. */
  standinUrl: string;
  /** Replaces the fixtures between loads (the bench interleaves a large and a small answer). */
  serve(fixtures: readonly Fixture[]): void;
  stop(): Promise<void>;
}

const matches = (f: Fixture, method: string, pathname: string) =>
  f.method === method &&
  (typeof f.pathname === 'string' ? f.pathname === pathname : f.pathname.test(pathname));

async function startFixtureUpstream(upstream: string): Promise<FixtureUpstream> {
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
        // The Host is kept: it is the stand-in's own address, a name the server answers to.
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

/**
 * Starts the stand-in (demo mode), the fixture upstream in front of its API, and the built server
 * in live mode proxying to that upstream. `env` goes to the live server (STATIC_DIR, say).
 */
export async function startLiveApp(env: Record<string, string> = {}): Promise<LiveApp> {
  const standin = await startBuiltServer();
  let upstream: FixtureUpstream | undefined;
  try {
    upstream = await startFixtureUpstream(standin.url);
    const session = (await (await fetch(`${standin.url}/api/session`)).json()) as {
      accountId: string;
    };
    const live = await startBuiltServer({
      CLOUDFLARE_API_TOKEN: 'bench-token-not-a-secret',
      CLOUDFLARE_API_BASE_URL: `${upstream.url}/client/v4`,
      CLOUDFLARE_ACCOUNT_ID: session.accountId,
      ...env,
    });
    const up = upstream;
    return {
      url: live.url,
      standinUrl: standin.url,
      serve: (fixtures) => up.serve(fixtures),
      async stop() {
        await live.stop();
        await up.stop();
        await standin.stop();
      },
    };
  } catch (e) {
    await upstream?.stop();
    await standin.stop();
    throw e;
  }
}
