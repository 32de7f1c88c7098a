/**
 * Shared e2e fixtures. Import `test` and `expect` from here, not from @playwright/test: the page
 * fixture fails a test on any console error, uncaught page error or request that failed without an
 * HTTP answer, so a broken page cannot pass by accident.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

const E2E_PORT = Number(process.env.E2E_PORT ?? 8801);
/** The second server, whose stand-in applies e2e/faults.ts. */
export const FAULTS_URL = `http://127.0.0.1:${E2E_PORT + 1}`;

const allowed = new WeakMap<Page, RegExp[]>();

/**
 * Declares console errors a test expects, e.g. Chromium's "Failed to load resource: ... 429" for a
 * fault the test injected on purpose. Anything else still fails the test.
 */
export function allowConsoleError(page: Page, pattern: RegExp) {
  allowed.set(page, [...(allowed.get(page) ?? []), pattern]);
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    const isAllowed = (text: string) => (allowed.get(page) ?? []).some((p) => p.test(text));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location().url ? ` (${msg.location().url})` : '';
      const text = `${msg.text()}${where}`;
      if (!isAllowed(text)) problems.push(`console error: ${text}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => {
      const failure = req.failure()?.errorText ?? 'failed';
      // Navigations the test moved past, fetches cancelled on purpose (a query's AbortSignal when
      // its component unmounts) and the browser's own favicon fetch that a reload cuts short are
      // aborted by design, not failures of the app.
      const cancelled =
        failure === 'net::ERR_ABORTED' &&
        (req.isNavigationRequest() ||
          req.resourceType() === 'fetch' ||
          new URL(req.url()).pathname === '/favicon.svg');
      if (!cancelled) problems.push(`request failed: ${req.method()} ${req.url()} ${failure}`);
    });
    await use(page);
    expect(problems, 'console errors and failed requests during the test').toEqual([]);
  },
});

/** Runs axe on the page as it is now; serious and critical violations fail the test. */
export async function expectNoA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  expect(bad, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** With SCREENSHOTS=1, saves screenshots/<name>-<theme>-<width>.png for a human to look at. */
export async function screenshot(page: Page, name: string) {
  if (process.env.SCREENSHOTS !== '1') return;
  const theme = (await page.evaluate(() => document.documentElement.classList.contains('dark')))
    ? 'dark'
    : 'light';
  const width = page.viewportSize()?.width ?? 0;
  const dir = path.resolve('screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}-${theme}-${width}.png`), fullPage: true });
}

/** Opens a page with a colour theme already chosen (as the theme switcher would have saved it). */
export async function gotoWithTheme(page: Page, url: string, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('routedeck-theme', t), theme);
  await page.goto(url);
}
