/**
 * The prefix page with 2,000 routes in headless Chromium: time from navigation to an interactive
 * routes table, and from a filter change to the re-rendered table. Targets: < 500 ms and < 50 ms.
 *
 * The response is not invented: it starts from the stand-in's real answer for 1.1.1.0/24 (paths
 * simulated on the CAIDA graph, communities from real collector samples) and replicates its routes
 * to 2,000, varying the timestamp and the origin's prepending so rows differ. It is served through
 * Playwright's request interception, so the timing covers the page, not the stand-in.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Realtime } from '../src/api/radar-routes';
import { launchChromium } from './lib/chromium';
import { ROOT, startBuiltServer } from './lib/server';
import { ms, percentile, table } from './lib/stats';

const PREFIX = '1.1.1.0/24';
const ROUTES = 2000;
const LOADS = 7;
const FILTERS = 20;

function replicate(base: Realtime, count: number): Realtime {
  const t0 =
    Date.parse(
      base.meta.query_time.endsWith('Z') ? base.meta.query_time : `${base.meta.query_time}Z`,
    ) || Date.now();
  const routes = Array.from({ length: count }, (_, i) => {
    const r = base.routes[i % base.routes.length]!;
    const origin = r.as_path[r.as_path.length - 1]!;
    const prepends = Array.from({ length: i % 3 }, () => origin);
    return {
      ...r,
      as_path: [...r.as_path, ...prepends],
      timestamp: new Date(t0 - (i % 600) * 1000).toISOString().slice(0, 19),
    };
  });
  return { ...base, routes };
}

const server = await startBuiltServer();
const browser = await launchChromium();
const loads: number[] = [];
const filters: number[] = [];
let baseRoutes = 0;
try {
  const res = await fetch(
    `${server.url}/client/v4/radar/bgp/routes/realtime?prefix=${encodeURIComponent(PREFIX)}`,
  );
  if (!res.ok)
    throw new Error(
      `the stand-in answered ${res.status} for ${PREFIX}: is the Radar stand-in built?`,
    );
  const base = ((await res.json()) as { result: Realtime }).result;
  baseRoutes = base.routes.length;
  if (baseRoutes === 0) throw new Error(`the stand-in has no routes for ${PREFIX}`);
  const body = JSON.stringify({
    success: true,
    errors: [],
    messages: [],
    result: replicate(base, ROUTES),
  });
  const collector = base.routes[0]!.collector;

  for (let i = 0; i < LOADS; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.route('**/client/v4/radar/bgp/routes/realtime**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    // Records when the first route row exists: the table, its filters and sorting are then usable.
    await page.addInitScript(() => {
      const w = window as unknown as { __ready?: number };
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-testid="route-row"]')) {
          w.__ready = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.url}/prefix/${PREFIX}`);
    await page.waitForFunction(
      () => (window as unknown as { __ready?: number }).__ready !== undefined,
    );
    loads.push(await page.evaluate(() => (window as unknown as { __ready: number }).__ready));

    if (i === LOADS - 1) {
      // Filter by collector and back, timed inside the page from the change event to the new row count.
      for (let j = 0; j < FILTERS; j++) {
        const value = j % 2 === 0 ? collector : '';
        filters.push(
          await page.evaluate(async (v) => {
            const table = document.querySelector('[data-testid="routes-table"]')!;
            const select = document.querySelector<HTMLSelectElement>(
              'form[aria-label="Filter routes"] select',
            )!;
            // Only anonymous callbacks here: tsx's __name helper does not exist inside the page.
            const done = new Promise<number>((resolve) =>
              new MutationObserver((_, obs) => {
                obs.disconnect();
                resolve(performance.now() - start);
              }).observe(table, { attributes: true, attributeFilter: ['data-rows'] }),
            );
            const start = performance.now();
            select.value = v;
            select.dispatchEvent(new Event('change', { bubbles: true }));
            return done;
          }, value),
        );
      }
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const result = {
  prefix: PREFIX,
  routes: ROUTES,
  source: `stand-in response for ${PREFIX} (${baseRoutes} routes) replicated to ${ROUTES}, timestamps and prepends varied`,
  interactiveMs: { median: percentile(loads, 50), p95: percentile(loads, 95), samples: loads },
  filterMs: { median: percentile(filters, 50), p95: percentile(filters, 95), samples: filters },
  targets: { interactiveMs: 500, filterMs: 50 },
  // Timings are only comparable on an idle machine; the load average says how idle it was.
  loadAverage1m: os.loadavg()[0] ?? 0,
  cpus: os.cpus().length,
};
writeFileSync(path.join(ROOT, 'bench/results/prefix-routes.json'), JSON.stringify(result, null, 2));

const verdict = (v: number, target: number) => (v < target ? 'met' : '**missed**');
console.log(`## Prefix routes page (${ROUTES} routes)

Input: ${result.source}, served by request interception to the production build in headless Chromium (1280×900). Load average during the run: ${result.loadAverage1m.toFixed(1)} on ${result.cpus} CPUs.

${table(
  ['measure', 'median', 'p95', 'target', ''],
  [
    [
      `navigation to interactive routes table (${LOADS} loads)`,
      ms(result.interactiveMs.median),
      ms(result.interactiveMs.p95),
      '500 ms',
      verdict(result.interactiveMs.p95, 500),
    ],
    [
      `filter by collector to re-rendered table (${FILTERS} changes)`,
      ms(result.filterMs.median),
      ms(result.filterMs.p95),
      '50 ms',
      verdict(result.filterMs.p95, 50),
    ],
  ],
)}
`);
