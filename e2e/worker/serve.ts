/**
 * The Playwright Worker project's server (playwright.worker.config.ts): the built Worker
 * (dist/worker) with the built SPA (dist/client) in workerd via miniflare, in live mode, in front
 * of the stand-in running as an upstream that requires a token, behind a local Access stand-in
 * whose signing key the config generated (E2E_WORKER_JWKS).
 */
import path from 'node:path';
import { serve } from '@hono/node-server';
import { DEMO_ACCOUNT_ID } from '../../server/config';
import { createStandin } from '../../server/standin/index';
import { AUD, TEAM_DOMAIN, startWorker } from '../../worker/testing';

const port = Number(process.env.E2E_WORKER_PORT);
const stateDir = process.env.E2E_WORKER_STATE_DIR;
const jwks = JSON.parse(process.env.E2E_WORKER_JWKS ?? '[]') as JsonWebKey[];
if (!port || !stateDir || jwks.length === 0) {
  throw new Error(
    'Run by playwright.worker.config.ts, which sets E2E_WORKER_PORT, _STATE_DIR, _JWKS.',
  );
}
const TOKEN = 'e2e-worker-upstream-token';

const standin = createStandin({
  stateDir: path.join(stateDir, 'standin'),
  accountId: DEMO_ACCOUNT_ID,
  timeScale: 60,
  faults: '',
  requireToken: TOKEN,
});
const upstream = serve({ fetch: standin.fetch, hostname: '127.0.0.1', port: port + 1 });

const worker = await startWorker({
  script: path.resolve('dist/worker/index.mjs'),
  assets: path.resolve('dist/client'),
  jwks,
  port,
  bindings: {
    CLOUDFLARE_API_TOKEN: TOKEN,
    CLOUDFLARE_ACCOUNT_ID: DEMO_ACCOUNT_ID,
    CLOUDFLARE_API_BASE_URL: `http://127.0.0.1:${port + 1}/client/v4`,
    ALLOWED_HOSTS: '127.0.0.1',
    ACCESS_TEAM_DOMAIN: TEAM_DOMAIN,
    ACCESS_AUD: AUD,
    WRITERS: 'e2e@example.com',
  },
});
console.log(`routedeck Worker on ${worker.url}, upstream stand-in on port ${port + 1}`);

const stop = async () => {
  await worker.mf.dispose();
  upstream.close(() => process.exit(0));
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
