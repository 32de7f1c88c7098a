/**
 * Runs the stand-in alone, as a Cloudflare-like upstream on its own port, so the live proxy can be
 * tested end to end against it: `STANDIN_REQUIRE_TOKEN=secret npx tsx server/standin/main.ts`, then
 * point routedeck's CLOUDFLARE_API_BASE_URL at http://127.0.0.1:8788/client/v4.
 * Reads STANDIN_PORT (default 8788), STATE_DIR, STANDIN_TIME_SCALE, STANDIN_FAULTS and
 * STANDIN_REQUIRE_TOKEN; always listens on 127.0.0.1.
 */
import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from '../config';
import { createStandin } from './index';

function main() {
  const port = process.env.STANDIN_PORT ? Number(process.env.STANDIN_PORT) : 8788;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`STANDIN_PORT must be 0 to 65535, got "${process.env.STANDIN_PORT}".`);
  }
  const { standin } = loadConfig();
  const app = createStandin(standin);
  serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
    const auth = standin.requireToken ? 'token required' : 'no token required';
    console.log(
      `Stand-in listening on http://127.0.0.1:${info.port}/client/v4 (${auth}, state in ${standin.stateDir})`,
    );
  });
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
