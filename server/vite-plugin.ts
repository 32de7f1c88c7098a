/**
 * `npm run dev`: mounts routedeck's server app inside Vite's dev server for /api/* and
 * /client/v4/*, so the SPA talks to the same origin with the same guards as in production.
 */
import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';
import { loadConfig } from './config';
import { createApp } from './app';
import { createStandin } from './standin/index';

const API_PATHS = ['/api/', '/client/v4/'];

export function routedeckServer(): Plugin {
  return {
    name: 'routedeck-server',
    configureServer(server) {
      // Vitest starts a Vite server too; tests build their own apps, so do not load the stand-in here.
      if (process.env.VITEST) return;
      // A ConfigError thrown here stops Vite with the reason, as `npm start` would.
      const config = loadConfig();
      // vite.config.ts loads this file through a module runner that is closed once loaded, so the
      // app's lazy import of the stand-in would fail later: hand it over from this static import.
      const standin =
        config.mode === 'demo'
          ? createStandin({ ...config.standin, requireToken: undefined })
          : undefined;
      const listener = getRequestListener(createApp(config, { standin }).fetch);
      server.middlewares.use((req, res, next) => {
        if (API_PATHS.some((p) => req.url?.startsWith(p))) void listener(req, res);
        else next();
      });
      server.config.logger.info(
        `  routedeck API: ${config.mode} mode${config.readOnly ? ', read-only' : ''}`,
      );
    },
  };
}
