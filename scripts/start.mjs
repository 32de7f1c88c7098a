#!/usr/bin/env node
// `npm start` (and `npm run standin` with --standin): builds first when the build is missing or
// older than the sources, then runs the bundled server in this process's place (signals and exit
// code pass through).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const standin = process.argv.includes('--standin');
const outputs = ['dist/client/index.html', 'dist/server/index.mjs', 'dist/server/standin.mjs'];
const sources = [
  'src',
  'server',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
  'scripts/build-server.mjs',
];

/** Newest modification time under a path, skipping tests (they are not in the build). */
function newest(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return /\.test\.tsx?$/.test(p) ? 0 : st.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
  return max;
}

const oldestOutput = Math.min(
  ...outputs.map((o) =>
    existsSync(path.join(root, o)) ? statSync(path.join(root, o)).mtimeMs : 0,
  ),
);
const newestSource = Math.max(...sources.map((s) => newest(path.join(root, s))));
if (oldestOutput === 0 || newestSource > oldestOutput) {
  console.log(
    oldestOutput === 0
      ? 'No build yet: building first.'
      : 'Sources changed since the last build: rebuilding.',
  );
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const entry = path.join(root, 'dist/server', standin ? 'standin.mjs' : 'index.mjs');
const child = spawn(process.execPath, ['--enable-source-maps', entry], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
