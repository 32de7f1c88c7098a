/**
 * One config for `npm run dev` and `npm run build`. The router plugin must run before React's so
 * route files are split (autoCodeSplitting) before JSX is transformed; that split is what keeps
 * cytoscape and recharts out of the first page's JavaScript.
 */
import { existsSync } from 'node:fs';
import { defineConfig, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';

/** The API server (server/vite-plugin.ts) mounted into the dev server, once it is in the tree. */
async function apiServerPlugin(): Promise<PluginOption[]> {
  const file = new URL('./server/vite-plugin.ts', import.meta.url);
  if (!existsSync(file)) return [];
  const mod = (await import(file.href)) as Record<string, unknown>;
  const factory = Object.values(mod).find((v) => typeof v === 'function') as
    (() => PluginOption) | undefined;
  return factory ? [factory()] : [];
}

export default defineConfig(async ({ command }) => ({
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    tailwindcss(),
    ...(command === 'serve' ? await apiServerPlugin() : []),
  ],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    // The budget is checked on gzipped size by `npm run bench`; this only silences Vite's default.
    chunkSizeWarningLimit: 600,
  },
  server: { host: '127.0.0.1' },
}));
