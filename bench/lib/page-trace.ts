/**
 * One load of the prefix page in headless Chromium, split into where its time goes (HTML, last
 * script, data, first row) plus the main thread's CPU time from Chromium's trace, and optionally
 * timed filter changes once it has loaded. Used by bench/prefix-routes.bench.ts.
 */
import type { Browser, Page } from 'playwright-core';

/** The performance mark set when the first route row exists. */
const READY = 'routedeck-first-row';
/** The first route row: the table, its filters and sorting are then usable. */
export const ROW = '[data-testid="route-row"]';

/** What the page prints on its console once painted, followed by its times as JSON. */
const SAYS_READY = 'routedeck-bench-ready ';

/** Ms since navigation: the ready element exists, and the next frame has been painted after it. */
export interface Ready {
  ready: number;
  painted: number;
}

/**
 * The page-side watcher, as script source: once `selector` exists it sets the READY mark, then at
 * the end of the task after the next frame (requestAnimationFrame, then a timer, as the traceroute
 * bench counts interactive: the browser has styled, laid out and painted the page with the element,
 * and the main thread is free for input) it runs `report`, which sees `ready` and `painted` (ms
 * since navigation). Plain ES5 source, not a function: tsx would wrap a function in a helper that
 * the page does not have, and lib/driverless.ts writes the same watcher into index.html.
 */
export const watcherSource = (selector: string, report: string) =>
  `(function(){new MutationObserver(function(_,o){if(!document.querySelector(${JSON.stringify(selector)}))return;o.disconnect();var ready=performance.mark(${JSON.stringify(READY)}).startTime;requestAnimationFrame(function(){setTimeout(function(){var painted=performance.now();${report}},0)})}).observe(document,{childList:true,subtree:true})})()`;

/**
 * Watches every later navigation of `page` for `selector`, from an init script; returns a function
 * that waits for the next navigation's times. The page says so on its console rather than being
 * polled: waitForFunction would compile Playwright's injected script in the page's main thread and
 * poll it every frame, in the middle of the start-up being timed (~20 ms of main-thread work in a
 * traced cold load).
 */
export async function watchReady(page: Page, selector: string): Promise<() => Promise<Ready>> {
  await page.addInitScript({
    content: watcherSource(
      selector,
      `console.debug(${JSON.stringify(SAYS_READY)}+JSON.stringify({ready:ready,painted:painted}))`,
    ),
  });
  return () =>
    page
      .waitForEvent('console', { predicate: (m) => m.text().startsWith(SAYS_READY) })
      .then((m) => JSON.parse(m.text().slice(SAYS_READY.length)) as Ready);
}

/** Milliseconds since navigation start, read from the page's own performance entries. */
export interface Split {
  html: number;
  scripts: number;
  data: number;
  ready: number;
  /** The end of the task after the next frame painted with the first row. */
  painted: number;
  /**
   * CPU time of the renderer's main thread before the first row, from Chromium's trace (thread
   * time, so time the thread waited for a core is not counted): what an idle machine would spend.
   */
  mainCpu: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
  args?: { name?: string };
}

/** Sums the main thread's task CPU time before the READY mark, in ms. */
function mainThreadCpu(trace: Buffer): number {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mark = events.find((e) => e.name === READY);
  if (!mark) throw new Error(`no ${READY} mark in the trace`);
  return (
    events
      .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.name === 'RunTask')
      .filter((e) => e.ph === 'X' && e.ts < mark.ts)
      .reduce((n, e) => n + (e.tdur ?? 0), 0) / 1000
  );
}

/**
 * Loads `url` in a fresh context; the caller's fixture front decides the realtime-routes answer.
 * With `filter`, then changes the collector filter `filter.changes` times (to `filter.collector`
 * and back), each timed inside the page from the change event to the re-rendered table. With
 * `trace: false` the load is not traced (mainCpu is NaN): the tracer itself slows a cold load by
 * 100 ms or more on this VM, so wall-clock figures come from untraced loads and the CPU split from
 * traced ones.
 */
export async function loadPrefixPage(
  browser: Browser,
  url: string,
  {
    filter,
    trace = true,
    ready = ROW,
  }: {
    filter?: { collector: string; changes: number };
    trace?: boolean;
    /** What marks the page as ready: the first route row, unless told otherwise. */
    ready?: string;
  } = {},
): Promise<{ split: Split; filters: number[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const nextReady = await watchReady(page, ready);
  if (trace) {
    await browser.startTracing(page, {
      categories: ['blink.user_timing', 'disabled-by-default-devtools.timeline'],
    });
  }
  const readyAt = nextReady();
  // Back as soon as the navigation commits: nothing of the driver's runs in the page until ready.
  await page.goto(url, { waitUntil: 'commit' });
  const { ready: readyMs, painted } = await readyAt;
  // The task that rendered the row ends after the mark; let it finish before the trace stops.
  await page.waitForTimeout(200);
  const mainCpu = trace ? mainThreadCpu(await browser.stopTracing()) : NaN;
  const times = await page.evaluate((ready) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const before = res.filter((e) => e.responseEnd <= ready);
    const js = before.filter((e) => new URL(e.name).pathname.endsWith('.js'));
    const data = before.find((e) => e.name.includes('/radar/bgp/routes/realtime'));
    return {
      html: nav.responseEnd,
      scripts: Math.max(0, ...js.map((e) => e.responseEnd)),
      data: data ? data.responseEnd : NaN,
      ready,
    };
  }, readyMs);
  const split: Split = { ...times, painted, mainCpu };
  const filters: number[] = [];
  // Nobody filters in the same instant the first row appears: let the page finish loading first.
  if (filter) await page.waitForLoadState('networkidle');
  for (let j = 0; filter && j < filter.changes; j++) {
    // Filter by collector and back, timed inside the page from the change event to the new row count.
    const value = j % 2 === 0 ? filter.collector : '';
    filters.push(
      await page.evaluate(async (v) => {
        const table = document.querySelector('[data-testid="routes-table"]')!;
        const select = document.querySelector<HTMLSelectElement>(
          'form[aria-label="Filter routes"] select',
        )!;
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
  await ctx.close();
  return { split, filters };
}
