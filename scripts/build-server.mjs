#!/usr/bin/env node
// Bundles the server for `npm start`: server/index.ts -> dist/server/index.mjs and the standalone
// stand-in server/standin/main.ts -> dist/server/standin.mjs. npm packages stay external (they are
// runtime dependencies in node_modules); the datasets stay in server/standin/data and are read at
// run time, so the banner points STANDIN_DATA_DIR there from the bundle's own location (the
// stand-in's source-relative default would look in dist/data).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const banner = [
  "import { fileURLToPath as __rdFileURLToPath } from 'node:url';",
  'process.env.STANDIN_DATA_DIR ??= __rdFileURLToPath(new URL("../../server/standin/data", import.meta.url));',
].join('\n');

const started = Date.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'server/index.ts',
    standin: 'server/standin/main.ts',
  },
  outdir: 'dist/server',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  banner: { js: banner },
  logLevel: 'warning',
}).catch(() => undefined); // esbuild has already printed the errors with their locations
if (!result) process.exit(1);
console.log(`server bundled into dist/server in ${Date.now() - started} ms`);
