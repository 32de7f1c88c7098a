/**
 * One config for `npm run dev` and `npm run build`. The router plugin must run before React's so
 * route files are split (autoCodeSplitting) before JSX is transformed; that split is what keeps
 * cytoscape and recharts out of the first page's JavaScript.
 */
/// <reference types="vitest/config" />
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';

/**
 * The API server for `npm run dev`. Loaded through Vite's module runner only when serving, so the
 * config itself does not bundle the server (and vitest and builds never load it).
 */
async function apiServer(): Promise<Plugin> {
  const { module } =
    await runnerImport<typeof import('./server/vite-plugin')>('./server/vite-plugin.ts');
  return module.routedeckServer();
}

async function routePreload(): Promise<Plugin> {
  const { module } = await runnerImport<typeof import('./scripts/vite-route-preload')>(
    './scripts/vite-route-preload.ts',
  );
  return module.routePreload();
}

export default defineConfig(({ command }) => ({
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    tailwindcss(),
    // Starts the current route's chunks (and its first request) with the entry bundle, not after.
    command === 'build' ? routePreload() : null,
    // /api and /client/v4 under `npm run dev`, with the same guards as production.
    command === 'serve' && !process.env.VITEST ? apiServer() : null,
  ],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    // The budget is checked on gzipped size by `npm run bench`; this only silences Vite's default.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Fewer, larger files for a cold visit: the browser opens at most six connections to one
        // HTTP/1.1 origin, so twenty small chunks arrive in waves (bench/prefix-routes.bench.ts
        // measured the last script at ~340 ms with them, ~180 ms merged). Everything the entry
        // needs becomes one file; the small modules several pages share (UI pieces, API schemas,
        // query hooks) one more, and the list virtualizer, which only the long tables use, a
        // third. Cytoscape and recharts stay out of all three, so they still load only with the
        // views that draw them.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            {
              name: 'virtual',
              test: /@tanstack[\\/](react-virtual|virtual-core)[\\/]/,
              minShareCount: 2,
            },
            {
              name: 'shared',
              test: /[\\/]src[\\/](components[\\/](ui|layout)|api|lib)[\\/]|@tanstack[\\/](react-query|query-core)[\\/]/,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  test: {
    // e2e/*.spec.ts are Playwright's; vitest runs the unit and server tests beside the code.
    include: ['{src,server,worker,scripts,bench}/**/*.test.{ts,tsx}'],
  },
}));
