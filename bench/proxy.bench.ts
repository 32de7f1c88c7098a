/**
 * Proxy overhead: the same small GET sent straight to an upstream, through a bare forwarding hop
 * (bench/lib/bare-proxy.ts: the least any proxy on Node does), and through routedeck's live proxy,
 * interleaved in one run. The upstream is the stand-in running alone and requiring a token, as in
 * the end-to-end tests; each proxy is its own process, so client, proxy and upstream do not share
 * an event loop.
 *
 * Two upstreams: the stand-in answering at once (the worst case: a hop is compared with an upstream
 * that costs almost nothing) and the same with 20 ms of injected latency, still well under a real
 * round trip to api.cloudflare.com. Besides wall time, each process's CPU time per request is read
 * from /proc: it does not depend on how busy the shared cores are, so it says what the proxy costs
 * even when the wall-clock figures are inflated by other work.
 *
 * Run: npx tsx bench/proxy.bench.ts  (prints Markdown, writes bench/results/proxy.json)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const PATHS = ['direct', 'bare', 'routedeck'] as const;
type Which = (typeof PATHS)[number];
const LABEL: Record<Which, string> = {
  direct: 'direct',
  bare: 'bare hop (baseline)',
  routedeck: 'routedeck proxy',
};

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

/** User + system CPU time of a process in ms, from /proc (Linux); NaN elsewhere. */
function cpuMs(pid: number | undefined): number {
  const file = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return NaN;
  const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** Direct calls carry the token themselves; proxied ones get it from the proxy. */
async function once(url: string, headers: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
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
  /** CPU per request of the proxy process (0 for direct) and of the upstream, in µs. */
  proxyCpuUs: number;
  upstreamCpuUs: number;
}

async function scenario(latencyMs: number) {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'routedeck-bench-proxy-'));
  const [upstreamPort, barePort, proxyPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
  ];
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
  const bare = await startProcess(
    'bench/lib/bare-proxy.ts',
    { BARE_PORT: String(barePort), BARE_UPSTREAM: upstream.url, BARE_TOKEN: TOKEN },
    `http://127.0.0.1:${barePort}${PATH}`,
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
  const procs: Record<Which, Proc | undefined> = { direct: undefined, bare, routedeck: proxy };
  const call: Record<Which, () => Promise<number>> = {
    direct: () => once(`${upstream.url}${PATH}`, { authorization: `Bearer ${TOKEN}` }),
    bare: () => once(`${bare.url}${PATH}`, {}),
    routedeck: () => once(`${proxy.url}${PATH}`, {}),
  };
  try {
    for (let i = 0; i < WARMUP; i++) for (const w of PATHS) await call[w]();

    const seq = { direct: [] as number[], bare: [] as number[], routedeck: [] as number[] };
    const cpu = {
      direct: { proxy: 0, upstream: 0 },
      bare: { proxy: 0, upstream: 0 },
      routedeck: { proxy: 0, upstream: 0 },
    };
    // Interleaved blocks, so drift on a shared machine hits every path alike.
    const blocks = latencyMs > 0 ? 2 : 6;
    const perBlock = (latencyMs > 0 ? SEQUENTIAL / 4 : SEQUENTIAL) / blocks;
    for (let b = 0; b < blocks; b++) {
      for (const w of PATHS) {
        const p0 = cpuMs(procs[w]?.child.pid);
        const u0 = cpuMs(upstream.child.pid);
        for (let i = 0; i < perBlock; i++) seq[w].push(await call[w]());
        cpu[w].proxy += procs[w] ? cpuMs(procs[w].child.pid) - p0 : 0;
        cpu[w].upstream += cpuMs(upstream.child.pid) - u0;
      }
    }

    // Concurrent load in alternating rounds, for the same reason.
    const conc = {
      direct: { samples: [] as number[], elapsed: 0 },
      bare: { samples: [] as number[], elapsed: 0 },
      routedeck: { samples: [] as number[], elapsed: 0 },
    };
    const perRound = CONCURRENT / blocks;
    for (let r = 0; r < blocks; r++) {
      for (const w of PATHS) {
        let next = 0;
        const t0 = performance.now();
        await Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            while (next++ < perRound) conc[w].samples.push(await call[w]());
          }),
        );
        conc[w].elapsed += performance.now() - t0;
      }
    }
    const figures = (w: Which): Figures => ({
      sequentialP50: percentile(seq[w], 50),
      sequentialP99: percentile(seq[w], 99),
      concurrentP50: percentile(conc[w].samples, 50),
      concurrentP99: percentile(conc[w].samples, 99),
      requestsPerSecond: (conc[w].samples.length / conc[w].elapsed) * 1000,
      proxyCpuUs: (cpu[w].proxy * 1000) / seq[w].length,
      upstreamCpuUs: (cpu[w].upstream * 1000) / seq[w].length,
    });
    return {
      latencyMs,
      direct: figures('direct'),
      bare: figures('bare'),
      routedeck: figures('routedeck'),
    };
  } finally {
    const all = [proxy, bare, upstream];
    for (const p of all) p.child.kill('SIGTERM');
    await Promise.all(
      all.map(
        (p) => new Promise((r) => (p.child.exitCode !== null ? r(null) : p.child.once('exit', r))),
      ),
    );
    rmSync(stateDir, { recursive: true, force: true });
  }
}

const pct = (v: number, base: number) =>
  `${v >= base ? '+' : ''}${(((v - base) / base) * 100).toFixed(1)} %`;
const us = (v: number) => (Number.isNaN(v) ? 'n/a' : `${Math.round(v)} µs`);

const loadBefore = os.loadavg()[0]!;
const scenarios = [await scenario(0), await scenario(20)];
const load = { before: loadBefore, after: os.loadavg()[0]!, cpus: os.cpus().length };
const lines = [
  '## Proxy overhead (bench/proxy.bench.ts)',
  '',
  `Small GET \`${PATH.replace(DEMO_ACCOUNT_ID, '<account>')}\` against the stand-in (token required): direct, through a bare forwarding hop (node:http + undici, nothing else: the baseline any proxy pays), and through routedeck's live proxy; separate processes on 127.0.0.1, interleaved. Sequential: ${SEQUENTIAL} requests per path in interleaved blocks (a quarter of that with latency); concurrent: ${CONCURRENT} requests, ${CONCURRENCY} in flight. CPU per request is each process's user + system time over the sequential requests, from /proc.`,
  '',
  `Machine: ${load.cpus} CPUs, 1-minute load average ${load.before.toFixed(1)} before and ${load.after.toFixed(1)} after the run (client, proxy and upstream share those cores; a load above the CPU count inflates the wall-clock figures, the proxied paths most, since each request needs one more process scheduled; the CPU figures are not inflated that way).`,
  '',
];
for (const s of scenarios) {
  const d = s.direct;
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
        'proxy CPU / request',
        'upstream CPU / request',
      ],
      PATHS.flatMap((w) => {
        const f = s[w];
        const row = [
          LABEL[w],
          ms(f.sequentialP50),
          ms(f.sequentialP99),
          ms(f.concurrentP50),
          ms(f.concurrentP99),
          f.requestsPerSecond.toFixed(0),
          w === 'direct' ? '—' : us(f.proxyCpuUs),
          us(f.upstreamCpuUs),
        ];
        if (w === 'direct') return [row];
        return [
          row,
          [
            `${LABEL[w]} vs direct`,
            pct(f.sequentialP50, d.sequentialP50),
            pct(f.sequentialP99, d.sequentialP99),
            pct(f.concurrentP50, d.concurrentP50),
            pct(f.concurrentP99, d.concurrentP99),
            pct(f.requestsPerSecond, d.requestsPerSecond),
            '',
            '',
          ],
        ];
      }),
    ),
    '',
    `routedeck adds ${ms(s.routedeck.sequentialP50 - d.sequentialP50)} per request at the sequential median (the bare hop ${ms(s.bare.sequentialP50 - d.sequentialP50)}); its process spends ${us(s.routedeck.proxyCpuUs)} of CPU per request against ${us(s.bare.proxyCpuUs)} for the bare hop and ${us(d.upstreamCpuUs)} for the upstream answering directly.`,
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
