/**
 * End-to-end tests in real Chromium against the production build (`npm run build` first), served by
 * `node dist/server/index.mjs` in demo mode with a fresh state directory per run. A second instance
 * on E2E_PORT+1 runs with the fault rules of e2e/faults.ts for the error-state tests.
 */
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';
import { FAULT_RULES } from './e2e/faults';

const port = Number(process.env.E2E_PORT ?? 8801);
const faultPort = port + 1;

// The config is evaluated again in every worker; the environment carries the first run's directory.
if (!process.env.E2E_STATE_DIR) {
  // STATIC_DIR tests another build of the SPA (an engineer's own outDir) against the same server.
  const client = process.env.STATIC_DIR ?? 'dist/client';
  if (!existsSync(path.join(client, 'index.html')) || !existsSync('dist/server/index.mjs')) {
    throw new Error('No production build: run `npm run build` before the end-to-end tests.');
  }
  process.env.E2E_STATE_DIR = mkdtempSync(path.join(os.tmpdir(), 'routedeck-e2e-'));
  // Serve a snapshot of the SPA, so a rebuild during the run (another terminal, `vite build`
  // emptying dist/client) cannot pull pages out from under the tests.
  cpSync(client, path.join(process.env.E2E_STATE_DIR, 'client'), { recursive: true });
}
const stateDir = process.env.E2E_STATE_DIR;

function server(p: number, dir: string, extra: Record<string, string> = {}) {
  return {
    command: 'node dist/server/index.mjs',
    // A Radar answer means the stand-in has loaded its datasets, so the first test is not the one
    // that waits for them.
    url: `http://127.0.0.1:${p}/client/v4/radar/bgp/routes/pfx2as?prefix=1.1.1.0/24`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      PORT: String(p),
      HOST: '127.0.0.1',
      STATE_DIR: path.join(stateDir, dir),
      STATIC_DIR: path.join(stateDir, 'client'),
      // Advertisement changes converge in seconds instead of minutes.
      STANDIN_TIME_SCALE: '60',
      // Never live mode in tests, whatever the developer's shell exports.
      CLOUDFLARE_API_TOKEN: '',
      CLOUDFLARE_EMAIL: '',
      CLOUDFLARE_API_KEY: '',
      CLOUDFLARE_ACCOUNT_ID: '',
      ...extra,
    },
  };
}

export default defineConfig({
  testDir: 'e2e',
  globalTeardown: './e2e/remove-state-dir.ts',
  testMatch: '**/*.spec.ts',
  // Per port, so runs on different E2E_PORTs (several developers, one machine) do not wipe each other's.
  outputDir: `test-results/port-${port}`,
  fullyParallel: false,
  workers: process.env.CI ? 2 : Math.min(2, os.cpus().length),
  retries: 0,
  timeout: 30_000,
  // Generous: CI machines are small and the suite shares them with the servers and Chromium.
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: [
    server(port, 'main'),
    server(faultPort, 'faults', { STANDIN_FAULTS: JSON.stringify(FAULT_RULES) }),
  ],
});
