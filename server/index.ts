/**
 * Node entry: `npm start` (via scripts/start.mjs, bundled as dist/server/index.mjs). Reads the
 * configuration, refuses to start on a bad one, serves the API and the built SPA.
 */
import path from 'node:path';
import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from './config';
import { createApp } from './app';
import { projectRoot } from './static';

function main(): void {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(`routedeck: ${e.message}`);
    process.exit(1);
  }
  config.staticDir ??= path.join(projectRoot(), 'dist/client');
  const app = createApp(config);
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    const what =
      config.mode === 'live'
        ? `live mode: proxying account ${config.accountId} to ${config.upstreamBaseUrl}`
        : 'demo mode: the stand-in answers from shipped real routing data';
    console.log(
      `routedeck ${config.version} on http://${host}:${info.port}/ (${what}${config.readOnly ? ', read-only' : ''})`,
    );
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main();
