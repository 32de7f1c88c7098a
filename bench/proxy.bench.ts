/**
 * Proxy overhead: the same small GET sent straight to an upstream and through routedeck's live
 * proxy, in one run. The upstream is the stand-in running alone and requiring a token, as in the
 * end-to-end tests; routedeck runs as its own process in live mode in front of it, so the client,
 * the proxy and the upstream do not share an event loop.
 *
 * Two upstreams: the stand-in answering at once (the worst case: the proxy's extra hop is compared
 * with an upstream that costs almost nothing), and the same with 20 ms of injected latency, still
 * well under a real round trip to api.cloudflare.com.
 *
 * Run: npx tsx bench/proxy.bench.ts  (prints Markdown, writes bench/results/proxy.json)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNT_ID } from '../server/config';
import { ROOT, freePort } from './lib/server';
import { ms, percentile, table } from './lib/stats';

const TOKEN = 'bench-token-not-secret';
const PATH = `/client/v4/accounts/${DEMO_ACCOUNT_ID}/cni/settings`;
const SEQUENTIAL = 600;
const CONCURRENT = 1200;
const CONCURRENCY = 16;
const WARMUP = 200;

interface Proc {
  child: ChildProcess;
  url: string;
}

async function startProcess(
  entry: string,
  env: Record<string, string>,
  readyUrl: string,
): Promise<Proc> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    try {
      const r = await fetch(readyUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
      await r.arrayBuffer();
      if (r.ok) return { child, url: new URL(readyUrl).origin };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${entry} did not start within 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function once(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t0;
}

/** Direct calls carry the token themselves; proxied ones get it from routedeck. */
async function onceDirect(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t0;
}

interface Figures {
  sequentialP50: number;
  sequentialP99: number;
  concurrentP50: number;
  concurrentP99: number;
  requestsPerSecond: number;
}

/** Concurrent load in alternating rounds, so background load on a shared machine hits both alike. */
async function concurrent(
  calls: { direct: () => Promise<number>; proxied: () => Promise<number> },
  rounds: number,
) {
  const out = {
    direct: { samples: [] as number[], elapsed: 0 },
    proxied: { samples: [] as number[], elapsed: 0 },
  };
  const perRound = CONCURRENT / rounds;
  for (let r = 0; r < rounds; r++) {
    for (const which of ['direct', 'proxied'] as const) {
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next++ < perRound) out[which].samples.push(await calls[which]());
        }),
      );
      out[which].elapsed += performance.now() - t0;
    }
  }
  return out;
}

async function scenario(latencyMs: number) {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'routedeck-bench-proxy-'));
  const upstreamPort = await freePort();
  const proxyPort = await freePort();
  const faults = latencyMs > 0 ? JSON.stringify([{ path: '/cni/settings', latencyMs }]) : '';
  const upstream = await startProcess(
    'server/standin/main.ts',
    {
      STANDIN_PORT: String(upstreamPort),
      STANDIN_REQUIRE_TOKEN: TOKEN,
      STANDIN_FAULTS: faults,
      STATE_DIR: stateDir,
    },
    `http://127.0.0.1:${upstreamPort}${PATH}`,
  );
  const proxy = await startProcess(
    'server/index.ts',
    {
      PORT: String(proxyPort),
      HOST: '127.0.0.1',
      STATE_DIR: path.join(stateDir, 'proxy'),
      CLOUDFLARE_API_TOKEN: TOKEN,
      CLOUDFLARE_ACCOUNT_ID: DEMO_ACCOUNT_ID,
      CLOUDFLARE_API_BASE_URL: `${upstream.url}/client/v4`,
    },
    `http://127.0.0.1:${proxyPort}${PATH}`,
  );
  try {
    const direct = () => onceDirect(`${upstream.url}${PATH}`);
    const proxied = () => once(`${proxy.url}${PATH}`);
    for (let i = 0; i < WARMUP; i++) {
      await direct();
      await proxied();
    }
    // Interleaved blocks, so drift on a shared machine hits both paths alike.
    const seq = { direct: [] as number[], proxied: [] as number[] };
    const blocks = latencyMs > 0 ? 2 : 6;
    const perBlock = (latencyMs > 0 ? SEQUENTIAL / 4 : SEQUENTIAL) / blocks;
    for (let b = 0; b < blocks; b++) {
      for (let i = 0; i < perBlock; i++) seq.direct.push(await direct());
      for (let i = 0; i < perBlock; i++) seq.proxied.push(await proxied());
    }
    const conc = await concurrent({ direct, proxied }, blocks);
    const figures = (which: 'direct' | 'proxied'): Figures => ({
      sequentialP50: percentile(seq[which], 50),
      sequentialP99: percentile(seq[which], 99),
      concurrentP50: percentile(conc[which].samples, 50),
      concurrentP99: percentile(conc[which].samples, 99),
      requestsPerSecond: (conc[which].samples.length / conc[which].elapsed) * 1000,
    });
    return { latencyMs, direct: figures('direct'), proxied: figures('proxied') };
  } finally {
    for (const p of [proxy, upstream]) p.child.kill('SIGTERM');
    await Promise.all(
      [proxy, upstream].map(
        (p) => new Promise((r) => (p.child.exitCode !== null ? r(null) : p.child.once('exit', r))),
      ),
    );
    rmSync(stateDir, { recursive: true, force: true });
  }
}

const overhead = (proxied: number, direct: number) =>
  `${(((proxied - direct) / direct) * 100).toFixed(1)} %`;

const loadBefore = os.loadavg()[0]!;
const scenarios = [await scenario(0), await scenario(20)];
const load = { before: loadBefore, after: os.loadavg()[0]!, cpus: os.cpus().length };
const lines = [
  '## Proxy overhead (bench/proxy.bench.ts)',
  '',
  `Small GET \`${PATH.replace(DEMO_ACCOUNT_ID, '<account>')}\` against the stand-in (token required), direct vs through routedeck's live proxy, separate processes on 127.0.0.1. Sequential: ${SEQUENTIAL} requests per path in interleaved blocks (a quarter of that with latency); concurrent: ${CONCURRENT} requests, ${CONCURRENCY} in flight.`,
  '',
  `Machine: ${load.cpus} CPUs, 1-minute load average ${load.before.toFixed(1)} before and ${load.after.toFixed(1)} after the run (three processes share those cores: client, proxy, upstream; a load far above the CPU count inflates every figure, the proxied path most, since it needs one more process scheduled per request).`,
  '',
];
for (const s of scenarios) {
  const { direct: d, proxied: p } = s;
  lines.push(
    `### Upstream ${s.latencyMs ? `with ${s.latencyMs} ms injected latency` : 'answering at once (worst case)'}`,
    '',
    table(
      [
        '',
        'sequential p50',
        'sequential p99',
        'concurrent p50',
        'concurrent p99',
        'requests/s (concurrent)',
      ],
      [
        [
          'direct',
          ms(d.sequentialP50),
          ms(d.sequentialP99),
          ms(d.concurrentP50),
          ms(d.concurrentP99),
          d.requestsPerSecond.toFixed(0),
        ],
        [
          'through proxy',
          ms(p.sequentialP50),
          ms(p.sequentialP99),
          ms(p.concurrentP50),
          ms(p.concurrentP99),
          p.requestsPerSecond.toFixed(0),
        ],
        [
          'overhead',
          overhead(p.sequentialP50, d.sequentialP50),
          overhead(p.sequentialP99, d.sequentialP99),
          overhead(p.concurrentP50, d.concurrentP50),
          overhead(p.concurrentP99, d.concurrentP99),
          `${(((d.requestsPerSecond - p.requestsPerSecond) / d.requestsPerSecond) * 100).toFixed(1)} % fewer`,
        ],
      ],
    ),
    '',
    `The proxy's extra hop adds ${ms(p.sequentialP50 - d.sequentialP50)} per request at the sequential median.`,
    '',
  );
}
lines.push('Target: proxy overhead under 15 % of direct for small GETs.', '');
console.log(lines.join('\n'));
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(ROOT, 'bench/results/proxy.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, load, path: PATH, scenarios }, null, 2)}\n`,
);
