/**
 * The end-to-end specs that need no stand-in state, against the built Worker in workerd
 * (e2e/worker/serve.ts) instead of the Node server: the same SPA and app, with the Worker's own
 * layers (assets, Access, D1) in the way. Every browser request carries an Access token signed
 * with a key generated here. `npm run build` first; scripts/test.mjs runs this after the main suite.
 *
 * Selected: search, AS and prefix pages (read-only pages over Radar data, identical in live
 * mode). Left out: shell/home (the demo banner and data credits exist only in demo mode; the home
 * counts assume the demo account), byoip/cnis/interconnects (they change stand-in state and
 * restart servers), errors (its fault-injecting second server is a Node stand-in feature).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';
import { accessKey } from './worker/testing';

const port = Number(process.env.E2E_WORKER_PORT ?? 8861);

// Evaluated again in every Playwright worker: the environment carries the first run's key and token.
if (!process.env.E2E_WORKER_JWT) {
  const key = accessKey('e2e-key');
  process.env.E2E_WORKER_JWKS = JSON.stringify([key.jwk]);
  process.env.E2E_WORKER_JWT = key.sign({ email: 'e2e@example.com' }, 4 * 3600);
  process.env.E2E_WORKER_STATE_DIR = mkdtempSync(path.join(os.tmpdir(), 'routedeck-e2e-worker-'));
}

export default defineConfig({
  globalTeardown: './e2e/remove-state-dir.ts',
  testDir: 'e2e',
  testMatch: ['search.spec.ts', 'asn.spec.ts', 'prefix.spec.ts'],
  outputDir: 'test-results/worker',
  fullyParallel: false,
  workers: process.env.CI ? 2 : Math.min(2, os.cpus().length),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    // What Cloudflare Access adds to every request it lets through.
    extraHTTPHeaders: { 'cf-access-jwt-assertion': process.env.E2E_WORKER_JWT },
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: 'npx tsx e2e/worker/serve.ts',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_WORKER_PORT: String(port) },
  },
});
