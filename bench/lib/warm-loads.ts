/**
 * The prefix page as an operator usually reaches it: with routedeck already open (search box on
 * the overview, Enter, the page renders), and as a returning visitor: the second visit has the
 * scripts in the HTTP cache, the third also their compiled code (Chromium keeps V8's code cache
 * for scripts run more than once). The cold first visit, in a browser that has never loaded
 * routedeck, is measured by the bench itself.
 */
import type { Browser } from 'playwright-core';
import { ROW, watchReady } from './page-trace';

/** Milliseconds from the Enter in the header search to the first route row, then two reloads'. */
export async function warmLoads(
  browser: Browser,
  baseUrl: string,
  prefix: string,
): Promise<{ inApp: number; second: number; third: number }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  await page.waitForLoadState('networkidle');
  const box = page.getByRole('searchbox');
  await box.fill(prefix);
  // Timed inside the page: from the Enter keydown to the first row in the DOM.
  const armed = page.evaluate(
    (row) =>
      new Promise<number>((resolve) => {
        let start = 0;
        document.addEventListener(
          'keydown',
          (e) => {
            if (e.key === 'Enter') start = performance.now();
          },
          { capture: true, once: true },
        );
        new MutationObserver((_, obs) => {
          if (start && document.querySelector(row)) {
            obs.disconnect();
            resolve(performance.now() - start);
          }
        }).observe(document, { childList: true, subtree: true });
      }),
    ROW,
  );
  await box.press('Enter');
  const inApp = await armed;

  const nextReady = await watchReady(page, ROW);
  const reload = async () => {
    const ready = nextReady();
    await page.reload({ waitUntil: 'commit' });
    return (await ready).ready;
  };
  const second = await reload();
  const third = await reload();
  await ctx.close();
  return { inApp, second, third };
}
