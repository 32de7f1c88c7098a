#!/usr/bin/env node
// Bundles the Cloudflare Worker: worker/index.ts -> dist/worker/index.mjs, one ES module with every
// dependency inside (wrangler.jsonc's `main`; the Worker tests run it in workerd via miniflare).
// Platform neutral with the workerd/browser export conditions and nothing external: if a Node
// module (fs, path, node:crypto, the stand-in) ever creeps into the Worker's imports, this build
// fails instead of a deployment.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function buildWorker(outfile) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['worker/index.ts'],
    outfile,
    bundle: true,
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    target: 'es2022',
    format: 'esm',
    minify: true,
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile.outputs[path.relative(root, outfile)]?.bytes ?? 0;
}

const started = Date.now();
// An argument builds elsewhere (the Worker tests build into a temporary directory).
const outfile = path.resolve(process.argv[2] ?? path.join(root, 'dist/worker/index.mjs'));
const bytes = await buildWorker(outfile).catch(() => undefined); // esbuild printed the errors
if (bytes === undefined) process.exit(1);
console.log(
  `worker bundled into ${path.relative(root, outfile)} (${Math.round(bytes / 1024)} KiB) in ${Date.now() - started} ms`,
);
