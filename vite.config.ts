/**
 * One config for `npm run dev` and `npm run build`. The router plugin must run before React's so
 * route files are split (autoCodeSplitting) before JSX is transformed; that split is what keeps
 * cytoscape and recharts out of the first page's JavaScript.
 */
/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, runnerImport, type Plugin, type Rollup } from 'vite';
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

/**
 * V8's explicit compile hint for the entry chunk and the chunks it imports statically: nearly
 * every function in them (React, the router, the query client, the shell) runs on every load, so
 * compiling them all eagerly on the script-streaming thread beats compiling each lazily on the
 * main thread at its first call (bench/prefix-routes.bench.ts: main-thread CPU before the first
 * row ~280 -> ~215 ms, median of 9 traced cold loads each). V8 honours the comment only as the
 * file's first line, so it is added after Vite has prepended its preload map. Other chunks stay
 * lazy: cytoscape and recharts are only partly used, and marking the route chunks measured no
 * further gain.
 */
function entryCompileHint(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'routedeck:entry-compile-hint',
    apply: 'build',
    // Vite prepends its preload map to the entry in its own generateBundle, so the hint goes in
    // once the files are written. The file name's hash is the same before and after: the hint is
    // the same in every build. The build writes no source maps; one would need its mappings
    // shifted by a line (a leading ';').
    writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      const chunks = Object.values(bundle).filter(
        (c): c is Rollup.OutputChunk => c.type === 'chunk',
      );
      const initial = new Set(
        chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]),
      );
      for (const chunk of chunks.filter((c) => initial.has(c.fileName))) {
        const file = path.join(dir, chunk.fileName);
        const code = readFileSync(file, 'utf8');
        if (!code.startsWith(HINT)) writeFileSync(file, HINT + code);
      }
    },
  };
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
    entryCompileHint(),
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
        // views that draw them. React (react-dom is half of the entry) is split off the entry all
        // the same: both are needed at once, but each script is parsed and compiled on its own
        // streaming thread, so on a cold load the two halves compile side by side while the main
        // thread would otherwise wait for one 430 KB file (A/B, 25 interleaved cold loads each:
        // 2,000-route page 519 -> 499 ms median, 620 -> 554 p95; the app alone 360 -> 330 ms).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
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
