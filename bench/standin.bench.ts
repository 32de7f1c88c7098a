/**
 * The stand-in's data and simulations: cold start (all datasets loaded, in a fresh child process
 * so nothing is cached), resident memory, and latency of realtime routes (warm for 1.1.1.0/24 and
 * 8.8.8.0/24, cold for random announced prefixes whose origin has not been searched yet) and of
 * AS6939's ~9.8k relationships, through the Hono app. Targets: cold start < 3 s, < 400 MB,
 * realtime p95 < 50 ms warm. Run: npx tsx bench/standin.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAll, data } from '../server/standin/dataset/dataset';
import { testApp } from '../server/standin/radar/test-app';
import { mb, ms, percentile, table } from './lib/stats';

const here = fileURLToPath(import.meta.url);

if (process.argv.includes('--cold')) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  loadAll();
  const loadMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    JSON.stringify({
      loadMs,
      loadCpuMs: (cpu.user + cpu.system) / 1000,
      sinceStartMs: performance.now(),
      rss: process.memoryUsage().rss,
    }),
  );
  process.exit(0);
}

const cold = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', here, '--cold'], { encoding: 'utf8' }),
) as { loadMs: number; loadCpuMs: number; sinceStartMs: number; rss: number };

const app = testApp({ now: () => Date.now() });
async function time(url: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = await app.request(url);
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    await res.arrayBuffer();
    out.push(performance.now() - t);
  }
  return out;
}

loadAll();
const rt = (p: string) => `/client/v4/radar/bgp/routes/realtime?prefix=${encodeURIComponent(p)}`;
await time(rt('1.1.1.0/24'), 3);
await time(rt('8.8.8.0/24'), 3);
const one = await time(rt('1.1.1.0/24'), 50);
const eight = await time(rt('8.8.8.0/24'), 50);

// Cold: announced blocks whose origins are spread over the table, one request each.
const { v4 } = data.origins();
const coldSamples: number[] = [];
const seen = new Set<number>();
for (let k = 1; coldSamples.length < 30; k++) {
  const i = Math.floor(((k * 0.618033988749895) % 1) * v4.size);
  const b = v4.block(i);
  if (seen.has(b.origin)) continue;
  seen.add(b.origin);
  coldSamples.push(...(await time(rt(b.cidr), 1)));
}
await time('/client/v4/radar/entities/asns/6939/rel', 2);
const rels = await time('/client/v4/radar/entities/asns/6939/rel', 30);

const rows = [
  { name: 'realtime 1.1.1.0/24 (warm)', s: one },
  { name: 'realtime 8.8.8.0/24 (warm)', s: eight },
  { name: 'realtime random prefix (cold origin)', s: coldSamples },
  { name: 'AS6939 relationships (JSON)', s: rels },
].map((r) => ({ name: r.name, n: r.s.length, p50: percentile(r.s, 50), p95: percentile(r.s, 95) }));

const md = [
  '## Stand-in data and simulations',
  '',
  table(
    ['measure', 'value', 'target'],
    [
      ['cold start: all datasets loaded (wall)', ms(cold.loadMs), '< 3 s'],
      ['cold start: CPU time of the load', ms(cold.loadCpuMs), ''],
      ['process start to data ready (incl. tsx)', ms(cold.sinceStartMs), ''],
      ['RSS with all data loaded', mb(cold.rss), '< 400 MB'],
    ],
  ),
  '',
  table(
    ['request', 'runs', 'p50', 'p95'],
    rows.map((r) => [r.name, r.n, ms(r.p50), ms(r.p95)]),
  ),
  '',
  "Wall times depend on what else runs on the machine; CPU time shows the load's own cost.",
].join('\n');
console.log(md);

const outDir = path.resolve(path.dirname(here), 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  path.join(outDir, 'standin.json'),
  `${JSON.stringify({ date: new Date().toISOString(), cold, requests: rows }, null, 2)}\n`,
);
