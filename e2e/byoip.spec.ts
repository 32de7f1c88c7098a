/**
 * BYOIP advertisement end to end. Each group starts its own server (a free port in 8830-8839) so it
 * controls READ_ONLY, STANDIN_FAULTS, the state directory and restarts, on a demo clock (STANDIN_TIME_SCALE)
 * that turns Cloudflare's minutes into seconds. Waits are on visible outcomes with generous limits,
 * so a loaded 2-core machine is slow but not flaky. Run with STATIC_DIR pointing at a build of your
 * own when other people rebuild dist/ in the same tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { lingers, settledAt } from '../server/standin/addressing/timeline';
import { CSRF_HEADER } from '../src/lib/csrf';
import { allowConsoleError, expect as baseExpect, expectNoA11yViolations, test } from './fixtures';

const expect = baseExpect.configure({ timeout: 30_000 });
/**
 * The writable group's demo clock: 40x gives 3-10.5 s to advertise and 22.5 s to withdraw, with
 * collector data every 7.5 s, so a reload lands mid-verification even on a slow machine.
 */
const TIME_SCALE = 40;

interface Server {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

const running = new Set<ChildProcess>();
process.on('exit', () => running.forEach((c) => c.kill('SIGKILL')));

const canBind = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** A free port in 8830-8839: someone else may be running this spec in the same tree. */
async function freePort(): Promise<number> {
  for (let port = 8830; port <= 8839; port++) if (await canBind(port)) return port;
  throw new Error('no free port in 8830-8839');
}

/**
 * Starts `node dist/server/index.mjs` and resolves once that very child says it listens (another
 * process answering on the port must not pass for it).
 */
async function startServer(stateDir: string, env: Record<string, string> = {}, port?: number) {
  const p = port ?? (await freePort());
  const child = spawn('node', ['dist/server/index.mjs'], {
    env: {
      ...process.env,
      PORT: String(p),
      HOST: '127.0.0.1',
      STATE_DIR: stateDir,
      STANDIN_TIME_SCALE: '120',
      READ_ONLY: '',
      CLOUDFLARE_API_TOKEN: '',
      CLOUDFLARE_EMAIL: '',
      CLOUDFLARE_API_KEY: '',
      CLOUDFLARE_ACCOUNT_ID: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const url = `http://127.0.0.1:${p}`;
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server on ${p} not ready in 60 s: ${out}`)),
      60_000,
    );
    const read = (d: Buffer) => {
      out += d.toString();
      if (out.includes(`on ${url}/`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`server on ${p} exited: ${out}`));
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      running.delete(child);
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, port: p, stop };
}

/** Leaves the page first, so its polling does not hit a server that is going away. */
async function stopFor(page: Page, server: Server) {
  await page.goto('about:blank');
  await server.stop();
}

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'routedeck-byoip-'));

/**
 * Every state of the flow is looked at on a 375 px phone: nothing may be wider than the screen
 * (a chart measured at the old width, a table, a long CIDR). With SCREENSHOTS=1 it is also
 * photographed, in both themes at 375 and 1280 px, into SCREENSHOT_DIR (default
 * screenshots/byoip) as <name>-<theme>-<width>.png. The page is put back to light at 1280 px.
 */
async function look(page: Page, name: string) {
  const shots = process.env.SCREENSHOTS === '1';
  const dir = path.resolve(process.env.SCREENSHOT_DIR ?? path.join('screenshots', 'byoip'));
  if (shots) mkdirSync(dir, { recursive: true });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    if (width === 375) {
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
          message: `${name}: page width at 375 px`,
          timeout: 5_000,
        })
        .toBeLessThanOrEqual(375);
    }
    if (!shots) continue;
    for (const theme of ['light', 'dark']) {
      await page.evaluate(
        (dark) => document.documentElement.classList.toggle('dark', dark),
        theme === 'dark',
      );
      // Let charts follow the new width before the picture is taken.
      await page.waitForTimeout(400);
      await page.screenshot({
        path: path.join(dir, `${name}-${theme}-${width}.png`),
        fullPage: true,
      });
    }
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function openList(page: Page, base: string) {
  await page.goto(`${base}/byoip`);
  await expect(page.getByRole('heading', { level: 1, name: 'BYOIP advertisement' })).toBeVisible();
}

async function openBgpPrefix(page: Page, base: string, cidr: string) {
  await openList(page, base);
  // A full load of the link's address: on a saturated machine a client-side navigation can sit on
  // the old page while the route's chunk and data load.
  const href = await page.getByRole('link', { name: cidr, exact: true }).getAttribute('href');
  await page.goto(`${base}${href}`);
  await expect(page.getByRole('heading', { level: 1, name: cidr })).toBeVisible({
    timeout: 60_000,
  });
}

/** Opens the confirmation of the first control matching `action` and types the CIDR. */
async function confirm(page: Page, cidr: string, action: RegExp) {
  await page.getByRole('button', { name: action }).first().click();
  await page.getByLabel(`Type ${cidr} to confirm`).fill(cidr);
}

const configured = (page: Page) =>
  page
    .getByRole('term')
    .filter({ hasText: /^Configured$/ })
    .locator('xpath=following-sibling::dd[1]');

/** The verification's phase badge (an icon, then the words). */
const phase = (page: Page, words: string) =>
  page.getByRole('region', { name: 'Verification' }).getByText(new RegExp(`^\\W*${words}$`));

/** The BGP prefix as the server has it, read through routedeck's own API path. */
async function serverState(page: Page, base: string, cidr: string) {
  const session = (await (await page.request.get(`${base}/api/session`)).json()) as {
    accountId: string;
  };
  const api = `${base}/client/v4/accounts/${session.accountId}/addressing/prefixes`;
  const prefixes = (await (await page.request.get(api)).json()) as { result: { id: string }[] };
  for (const p of prefixes.result) {
    const list = (await (await page.request.get(`${api}/${p.id}/bgp/prefixes`)).json()) as {
      result: {
        id: string;
        cidr: string;
        on_demand?: { advertised: boolean | null; advertised_modified_at: string | null };
      }[];
    };
    const hit = list.result.find((b) => b.cidr === cidr);
    if (hit) return { url: `${api}/${p.id}/bgp/prefixes/${hit.id}`, bgp: hit };
  }
  throw new Error(`${cidr} is not on the demo account`);
}

const countPatches = (page: Page) => {
  const seen = { n: 0 };
  page.on('request', (r) => {
    if (r.method() === 'PATCH') seen.n++;
  });
  return seen;
};

test.describe('BYOIP on a writable server', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let server: Server;
  test.beforeAll(async () => {
    server = await startServer(scratch(), { STANDIN_TIME_SCALE: String(TIME_SCALE) });
  });
  test.afterAll(async () => server.stop());

  test('the list shows configured and observed state with drift, filters in the URL', async ({
    page,
  }) => {
    await openList(page, server.url);
    const row = page.getByRole('row', { name: /Select 203\.0\.113\.0\/24/ });
    await expect(row.getByText(/of peers/)).toBeVisible();
    await expect(row.getByText('in sync')).toBeVisible();
    await expectNoA11yViolations(page);
    await look(page, 'list');
    await page.getByRole('combobox', { name: 'Configured' }).selectOption('withdrawn');
    await expect(page).toHaveURL(/state=withdrawn/);
    await expect(page.getByRole('link', { name: '198.18.1.0/24', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: '203.0.113.0/24', exact: true })).toHaveCount(0);
  });

  test('a locked prefix cannot be toggled, and says why', async ({ page }) => {
    await openBgpPrefix(page, server.url, '192.0.2.0/24');
    await expect(page.getByRole('button', { name: /^(Advertise|Withdraw)…$/ })).toBeDisabled();
    await expect(page.getByText(/locked the advertisement/)).toBeVisible();
    await expectNoA11yViolations(page);
    await look(page, 'locked');
  });

  test('a prefix without on-demand advertisement cannot be toggled, and says why', async ({
    page,
  }) => {
    await openBgpPrefix(page, server.url, '2001:db8::/32');
    await expect(page.getByRole('button', { name: /^(Advertise|Withdraw)…$/ })).toBeDisabled();
    await expect(page.getByText(/On-demand advertisement is not enabled/).first()).toBeVisible();
    await look(page, 'on-demand-off');
  });

  test('advertise a withdrawn prefix: a double click sends one PATCH, verification converges across a reload', async ({
    page,
  }) => {
    const patches = countPatches(page);
    // The PATCH is held until the test lets it go, so the double click and the in-flight state
    // are seen while the change is really in flight.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/bgp/prefixes/*', async (route) => {
      if (route.request().method() === 'PATCH') await held;
      await route.continue();
    });
    await openBgpPrefix(page, server.url, '198.18.1.0/24');
    await expect(configured(page)).toContainText('withdrawn');
    await page.getByRole('button', { name: /^Advertise…$/ }).click();
    const form = page.getByRole('form', { name: 'Confirm: Advertise 198.18.1.0/24' });
    await expect(
      form.getByText('{"on_demand":{"advertised":true}}', { exact: false }),
    ).toBeVisible();
    await expect(
      form.getByRole('button', { name: 'Advertise 198.18.1.0/24', exact: true }),
    ).toBeDisabled();
    await look(page, 'preflight');
    await page.getByLabel('Type 198.18.1.0/24 to confirm').fill('198.18.1.0/24');
    await expectNoA11yViolations(page);
    await look(page, 'confirm');
    await form.getByRole('button', { name: 'Advertise 198.18.1.0/24', exact: true }).dblclick();
    await expect(page.getByText('Sending to Cloudflare…')).toBeVisible();
    await expect(page.getByRole('button', { name: /^(Advertise|Withdraw)…$/ })).toBeDisabled();
    await look(page, 'in-flight');
    release();
    await expect(page.getByText(/Cloudflare accepted the change/)).toBeVisible();
    await expect(page.getByText(/It now reports 198\.18\.1\.0\/24: advertised/)).toBeVisible();
    expect(patches.n).toBe(1);

    // Mid-verification (no verdict can come before data covering 10.5 s after the change), the
    // page reloads and follows the same change, with the points it had already collected.
    await expect(phase(page, 'verifying')).toBeVisible();
    // The stand-in's collectors trail the query like Radar's: the lag is shown and moves the
    // moment a failure may be declared.
    await expect(page.getByTestId('deadline')).toContainText(
      /Collector data is [1-9]\d* s behind, so no failure is declared before .+ \(the window plus that lag\)/,
    );
    await expect(page.getByTestId('freshness')).toContainText(
      /route-views\.jinx: data \d+ d \d+ h behind/,
    );
    const since = await page.getByText(/^Advertised at .+ ago/).textContent();
    const changeAt = since?.replace(/, [^,]* ago.*$/, '');
    const points = page
      .getByRole('table', { name: /Visibility since the change/ })
      .locator('tbody tr');
    const before = await points.count();
    await page.reload();
    await expect(page.getByText(/^Advertised at .+ ago/)).toContainText(changeAt ?? 'missing');
    expect(await points.count()).toBeGreaterThanOrEqual(before);
    await expect(page.getByTestId('verdict')).toHaveText(
      /^Visible to \d+% of peers after .+, origin AS64502, RPKI \w+\.$/,
      { timeout: 60_000 },
    );
    await expect(phase(page, 'took effect')).toBeVisible();
    await expect(configured(page)).toContainText('advertised');
    const journal = page.getByRole('region', { name: 'Change journal' });
    await expect(journal.getByText(/^Verification: Visible to \d+% of peers after/)).toBeVisible();
    await expectNoA11yViolations(page);
    await look(page, 'converged');

    // How it ended is on the server, for everyone: a browser that never followed the change (no
    // local record) reads the same verdict in the IP prefix page's journal.
    const verdictText = await page.getByTestId('verdict').textContent();
    await expect
      .poll(async () => {
        const audit = (await (
          await page.request.get(`${server.url}/api/audit?limit=20`)
        ).json()) as {
          method: string;
          body: { text?: string };
        }[];
        return audit.find((e) => e.method === 'VERDICT')?.body.text;
      })
      .toBe(verdictText);
    const other = await page.context().browser()!.newContext();
    try {
      const elsewhere = await other.newPage();
      const prefixPage = page.url().replace(/\/[^/]+$/, '');
      await elsewhere.goto(prefixPage);
      await expect(
        elsewhere
          .getByRole('region', { name: 'Change journal' })
          .getByText(`Verification: ${verdictText}`),
      ).toBeVisible();
    } finally {
      await other.close();
    }
  });

  test('revert from the journal goes through the same confirmation', async ({ page }) => {
    await openBgpPrefix(page, server.url, '198.18.1.0/24');
    const journal = page.getByRole('region', { name: 'Change journal' });
    await expect(journal.getByText('withdrawn → advertised')).toBeVisible();
    await look(page, 'journal');
    await page.getByRole('button', { name: 'Revert: Withdraw 198.18.1.0/24' }).click();
    await expect(
      page.getByText(/No covering prefix|Traffic still reaches Cloudflare/),
    ).toBeVisible();
    await page.getByLabel('Type 198.18.1.0/24 to confirm').fill('198.18.1.0/24');
    await page.getByRole('button', { name: 'Withdraw 198.18.1.0/24', exact: true }).click();
    await expect(page.getByText(/It now reports 198\.18\.1\.0\/24: withdrawn/)).toBeVisible();
    await expect(journal.getByText('advertised → withdrawn')).toBeVisible();
    expect((await serverState(page, server.url, '198.18.1.0/24')).bgp.on_demand?.advertised).toBe(
      false,
    );
  });

  test('a withdrawal whose route lingers names the peer that still carries it', async ({
    page,
  }) => {
    // Each try costs a withdrawal and a re-advertisement; one in three lingers.
    test.setTimeout(420_000);
    const cidr = '203.0.113.0/24';
    await openBgpPrefix(page, server.url, cidr);
    // About one withdrawal in three leaves a stale route in the stand-in (timeline.ts `lingers`),
    // decided by the instant Cloudflare registers it: withdraw until one does, re-advertising
    // through the API in between.
    for (let attempt = 1; ; attempt++) {
      await confirm(page, cidr, /^Withdraw…$/);
      await expect(page.getByText(/No covering prefix is visible/)).toBeVisible();
      await page.getByRole('button', { name: `Withdraw ${cidr}`, exact: true }).click();
      await expect(
        page.getByText(`It now reports ${cidr}: withdrawn`, { exact: false }),
      ).toBeVisible();
      const { url, bgp } = await serverState(page, server.url, cidr);
      const at = Date.parse(bgp.on_demand?.advertised_modified_at ?? '');
      if (lingers(cidr, { advertised: false, at, from: 1 })) break;
      expect(attempt, 'a lingering withdrawal within 20 tries').toBeLessThan(20);
      const res = await page.request.patch(url, {
        data: { on_demand: { advertised: true } },
        headers: { origin: server.url, [CSRF_HEADER]: '1' },
      });
      expect(res.ok()).toBe(true);
      const readvertised = Date.parse(
        ((await res.json()) as { result: { on_demand: { advertised_modified_at: string } } }).result
          .on_demand.advertised_modified_at,
      );
      const done = settledAt(cidr, { advertised: true, at: readvertised, from: 0 }, TIME_SCALE);
      await page.waitForTimeout(Math.max(0, done - Date.now()) + 200);
      await page.reload();
      await expect(configured(page)).toContainText('advertised');
    }
    await expect(page.getByTestId('verdict')).toHaveText(
      /^(Reading the realtime routes|Waiting for collector data|Withdrawing: )/,
    );
    await expect(phase(page, 'verifying')).toBeVisible();
    await look(page, 'withdrawing');
    await expect(page.getByTestId('verdict')).toHaveText(
      /^Withdrawn, but 1 peer still carries it: \S+ via AS\d+\.$/,
      { timeout: 60_000 },
    );
    await expect(phase(page, 'did not converge')).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Collector peers that still see it (1)' }),
    ).toBeVisible();
    // The dead collector still shows the route from before the withdrawal: named, not counted.
    await expect(page.getByTestId('not-counted')).toContainText(
      /route-views\.jinx has no data since .+, before this change; not counted \(it still shows \d+ of its peers carrying the route\)/,
    );
    await expect(page.getByTestId('verdict')).not.toContainText('route-views.jinx');
    await expectNoA11yViolations(page);
    await look(page, 'lingering');
    // Past its window, the list calls it drift: configured withdrawn, still carried.
    await openList(page, server.url);
    const row = page.getByRole('row', { name: /Select 203\.0\.113\.0\/24/ });
    await expect(row.getByText('withdrawn but still visible')).toBeVisible();
    await look(page, 'list-drift');
  });

  test('the IP prefix page lists its BGP prefixes and their journal', async ({ page }) => {
    await openList(page, server.url);
    await page.getByRole('link', { name: 'IP prefix 198.18.0.0/23' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: '198.18.0.0/23' })).toBeVisible();
    await expect(page.getByRole('link', { name: '198.18.1.0/24', exact: true })).toBeVisible();
    await expect(page.getByText('advertised → withdrawn')).toBeVisible();
    await expectNoA11yViolations(page);
    await look(page, 'ip-prefix');
  });
});

test('a 429 and a 500 on PATCH leave the state as the server has it, with the reason', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const faults = [
    { path: 'bgp/prefixes/', method: 'PATCH', status: 429, retryAfter: 30, times: 1 },
    { path: 'bgp/prefixes/', method: 'PATCH', status: 500, times: 1 },
  ];
  const server = await startServer(scratch(), { STANDIN_FAULTS: JSON.stringify(faults) });
  try {
    allowConsoleError(page, /status of (429|500)/);
    await openBgpPrefix(page, server.url, '198.18.1.0/24');
    for (const status of [429, 500]) {
      await confirm(page, '198.18.1.0/24', /^Advertise…$/);
      await page.getByRole('button', { name: 'Advertise 198.18.1.0/24', exact: true }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`Not changed: Cloudflare answered HTTP ${status}`);
      await expect(alert).toContainText(
        status === 429 ? 'More than 1200 requests per 300 seconds' : 'Injected fault: HTTP 500',
      );
      if (status === 429) await expect(alert).toContainText('wait 30 s');
      await expect(configured(page)).toContainText('withdrawn');
      expect((await serverState(page, server.url, '198.18.1.0/24')).bgp.on_demand?.advertised).toBe(
        false,
      );
      await expectNoA11yViolations(page);
      await look(page, `error-${status}`);
    }
  } finally {
    await stopFor(page, server);
  }
});

test('READ_ONLY hides the change controls and says why', async ({ page }) => {
  test.setTimeout(120_000);
  const server = await startServer(scratch(), { READ_ONLY: '1' });
  try {
    await openBgpPrefix(page, server.url, '198.18.1.0/24');
    await expect(page.getByText(/runs read-only/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^(Advertise|Withdraw)…$/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Revert/ })).toHaveCount(0);
    await expectNoA11yViolations(page);
    await look(page, 'readonly');
  } finally {
    await stopFor(page, server);
  }
});

test('state and journal persist across a server restart', async ({ page }) => {
  test.setTimeout(150_000);
  const dir = scratch();
  let server = await startServer(dir);
  try {
    await openBgpPrefix(page, server.url, '198.18.1.0/24');
    await confirm(page, '198.18.1.0/24', /^Advertise…$/);
    await page.getByRole('button', { name: 'Advertise 198.18.1.0/24', exact: true }).click();
    await expect(page.getByText(/Cloudflare accepted the change/)).toBeVisible();
    await stopFor(page, server);
    server = await startServer(dir, {}, server.port);
    await openBgpPrefix(page, server.url, '198.18.1.0/24');
    await expect(configured(page)).toContainText('advertised');
    const journal = page.getByRole('region', { name: 'Change journal' });
    await expect(journal.getByRole('link', { name: 'Advertise 198.18.1.0/24' })).toBeVisible();
    await expect(journal.getByText('withdrawn → advertised')).toBeVisible();
  } finally {
    await stopFor(page, server);
  }
});

test('bulk: typed count, one PATCH at a time, the first verified, a stop at the first error', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const faults = [
    // The setup withdrawal below and the run's first PATCH pass untouched (a 1 ms delay); the
    // run's second PATCH gets a 500.
    { path: 'bgp/prefixes/', method: 'PATCH', latencyMs: 1, times: 2 },
    { path: 'bgp/prefixes/', method: 'PATCH', status: 500, times: 1 },
  ];
  const server = await startServer(scratch(), {
    STANDIN_FAULTS: JSON.stringify(faults),
    STANDIN_TIME_SCALE: String(TIME_SCALE),
  });
  try {
    allowConsoleError(page, /status of 500/);
    // A third withdrawn prefix, so the run is three advertisements of withdrawn prefixes.
    const { url } = await serverState(page, server.url, '198.51.100.0/24');
    const setup = await page.request.patch(url, {
      data: { on_demand: { advertised: false } },
      headers: { origin: server.url, [CSRF_HEADER]: '1' },
    });
    expect(setup.ok()).toBe(true);

    const bulk = page.getByRole('region', { name: 'Bulk change' });
    const sent: { cidrAt: string; status: string }[] = [];
    await page.route('**/bgp/prefixes/*', async (route) => {
      // What the run had said when the next PATCH left: the first must be verified by then.
      if (route.request().method() === 'PATCH')
        sent.push({ cidrAt: route.request().url(), status: (await bulk.textContent()) ?? '' });
      await route.continue();
    });
    await page.goto(`${server.url}/byoip?state=withdrawn`);
    const order = ['198.18.1.0/24', '198.51.100.0/24', '2001:db8:100::/48'];
    for (const cidr of order) await page.getByRole('checkbox', { name: `Select ${cidr}` }).click();
    await expect(bulk).toContainText(`in this order: ${order.join(', ')}.`);
    const go = bulk.getByRole('button', { name: 'Advertise 3 one at a time' });
    await bulk.getByLabel('Type 3 to confirm').fill('2');
    await expect(go).toBeDisabled();
    await bulk.getByLabel('Type 3 to confirm').fill('3');
    await expectNoA11yViolations(page);
    await look(page, 'bulk-confirm');
    await go.click();

    const steps = bulk.getByRole('status');
    await expect(steps).toContainText(
      /198\.51\.100\.0\/24: refused, not changed \(HTTP 500: Injected fault: HTTP 500.*\)\. Stopped: the rest were not sent\./,
      { timeout: 60_000 },
    );
    await expect(steps).toContainText('2001:db8:100::/48: not sent');
    await expect(steps).toContainText(
      /198\.18\.1\.0\/24: accepted; Visible to \d+% of peers after/,
    );
    expect(sent).toHaveLength(2);
    expect(sent[1]!.status).toMatch(/198\.18\.1\.0\/24: accepted; Visible to \d+% of peers after/);
    // The server has exactly what the run reports: the first changed, the other two not.
    const state = async (cidr: string) =>
      (await serverState(page, server.url, cidr)).bgp.on_demand?.advertised;
    expect(await state('198.18.1.0/24')).toBe(true);
    expect(await state('198.51.100.0/24')).toBe(false);
    expect(await state('2001:db8:100::/48')).toBe(false);
    await expectNoA11yViolations(page);
    await look(page, 'bulk-stopped');
  } finally {
    await stopFor(page, server);
  }
});
