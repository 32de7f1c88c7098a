/**
 * BYOIP advertisement end to end. Each group starts its own server (ports 8830-8839) so it controls
 * READ_ONLY, STANDIN_FAULTS, the state directory and restarts; STANDIN_TIME_SCALE=120 makes a
 * 2-7 minute advertisement converge in a few seconds and a 15-minute withdrawal in under eight.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { allowConsoleError, expect, screenshot, test } from './fixtures';

interface Server {
  url: string;
  stop: () => Promise<void>;
}

async function startServer(
  port: number,
  stateDir: string,
  env: Record<string, string> = {},
): Promise<Server> {
  const child: ChildProcess = spawn('node', ['dist/server/index.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      STATE_DIR: stateDir,
      STANDIN_TIME_SCALE: '120',
      CLOUDFLARE_API_TOKEN: '',
      CLOUDFLARE_EMAIL: '',
      CLOUDFLARE_API_KEY: '',
      CLOUDFLARE_ACCOUNT_ID: '',
      ...env,
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/api/session`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'routedeck-byoip-'));

async function openBgpPrefix(page: Page, base: string, cidr: string) {
  await page.goto(`${base}/byoip`);
  await page.getByRole('link', { name: cidr, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: cidr })).toBeVisible();
}

async function confirm(page: Page, cidr: string, action: RegExp) {
  await page.getByRole('button', { name: action }).first().click();
  await page.getByLabel(`Type ${cidr} to confirm`).fill(cidr);
}

const countPatches = (page: Page) => {
  const seen = { n: 0 };
  page.on('request', (r) => {
    if (r.method() === 'PATCH') seen.n++;
  });
  return seen;
};

test.describe('BYOIP on a writable server', () => {
  test.describe.configure({ mode: 'serial' });
  let server: Server;
  test.beforeAll(async () => {
    server = await startServer(8830, scratch());
  });
  test.afterAll(async () => server.stop());

  test('a locked prefix cannot be toggled, and says why', async ({ page }) => {
    await openBgpPrefix(page, server.url, '192.0.2.0/24');
    await expect(page.getByRole('button', { name: /^(Advertise|Withdraw)…$/ })).toBeDisabled();
    await expect(page.getByText(/locked the advertisement/)).toBeVisible();
    await screenshot(page, 'byoip-locked');
  });

  test('advertise a withdrawn prefix: one PATCH for a double click, then verification converges and survives a reload', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const patches = countPatches(page);
    await openBgpPrefix(page, server.url, '198.18.1.0/24');
    await confirm(page, '198.18.1.0/24', /^Advertise…$/);
    await screenshot(page, 'byoip-preflight');
    await page.getByRole('button', { name: 'Advertise 198.18.1.0/24' }).dblclick();
    await expect(page.getByText(/Cloudflare accepted the change/)).toBeVisible();
    expect(patches.n).toBe(1);
    await page.reload();
    await expect(page.getByTestId('verdict')).toHaveText(
      /^Visible to \d+% of peers after .*origin AS64502/,
      {
        timeout: 30_000,
      },
    );
    await screenshot(page, 'byoip-verified');
  });

  test('revert from the journal goes through the same confirmation', async ({ page }) => {
    await openBgpPrefix(page, server.url, '198.18.1.0/24');
    await page.getByRole('button', { name: 'Revert: Withdraw 198.18.1.0/24' }).click();
    await page.getByLabel('Type 198.18.1.0/24 to confirm').fill('198.18.1.0/24');
    await page.getByRole('button', { name: 'Withdraw 198.18.1.0/24' }).click();
    await expect(page.getByText(/It now reports 198\.18\.1\.0\/24: withdrawn/)).toBeVisible();
    await screenshot(page, 'byoip-reverted');
  });

  test('withdrawal is followed until no peer or the lingering peers are named', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await openBgpPrefix(page, server.url, '203.0.113.0/24');
    await confirm(page, '203.0.113.0/24', /^Withdraw…$/);
    await expect(page.getByText(/No covering prefix is visible/)).toBeVisible();
    await page.getByRole('button', { name: 'Withdraw 203.0.113.0/24' }).click();
    // About one withdrawal in three leaves a stale route in the stand-in, as on the real Internet.
    await expect(page.getByTestId('verdict')).toHaveText(
      /^(Withdrawn: no peer carries it after|Withdrawn, but \d+ peers? still carr(y|ies) it: \S+ via AS\d+)/,
      { timeout: 30_000 },
    );
    await screenshot(page, 'byoip-withdrawn');
  });
});

test('a 429 and a 500 on PATCH leave the state as the server has it, with the reason', async ({
  page,
}) => {
  const faults = [
    { path: 'bgp/prefixes/', method: 'PATCH', status: 429, retryAfter: 30, times: 1 },
    { path: 'bgp/prefixes/', method: 'PATCH', status: 500, times: 1 },
  ];
  const server = await startServer(8831, scratch(), { STANDIN_FAULTS: JSON.stringify(faults) });
  try {
    allowConsoleError(page, /status of (429|500)/);
    await openBgpPrefix(page, server.url, '198.18.1.0/24');
    for (const status of [429, 500]) {
      await confirm(page, '198.18.1.0/24', /^Advertise…$/);
      await page.getByRole('button', { name: 'Advertise 198.18.1.0/24' }).click();
      await expect(page.getByRole('alert')).toContainText(`Cloudflare answered HTTP ${status}`);
      await expect(page.getByText('withdrawn', { exact: true }).first()).toBeVisible();
      await screenshot(page, `byoip-error-${status}`);
    }
  } finally {
    await server.stop();
  }
});

test('READ_ONLY hides the change controls and says why', async ({ page }) => {
  const server = await startServer(8832, scratch(), { READ_ONLY: '1' });
  try {
    await openBgpPrefix(page, server.url, '198.18.1.0/24');
    await expect(page.getByText(/runs read-only/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^(Advertise|Withdraw)…$/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Revert' })).toHaveCount(0);
    await screenshot(page, 'byoip-readonly');
  } finally {
    await server.stop();
  }
});

test('state and journal persist across a server restart', async ({ page }) => {
  const dir = scratch();
  let server = await startServer(8833, dir);
  await openBgpPrefix(page, server.url, '198.18.1.0/24');
  await confirm(page, '198.18.1.0/24', /^Advertise…$/);
  await page.getByRole('button', { name: 'Advertise 198.18.1.0/24' }).click();
  await expect(page.getByText(/Cloudflare accepted the change/)).toBeVisible();
  await server.stop();
  server = await startServer(8833, dir);
  try {
    await openBgpPrefix(page, server.url, '198.18.1.0/24');
    await expect(page.getByText('advertised', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Advertise 198.18.1.0/24' })).toBeVisible();
  } finally {
    await server.stop();
  }
});
