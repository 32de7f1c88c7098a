#!/usr/bin/env node
// `npm test`: every check in order, counting tests across all of them, and carrying on after a
// failure so one run reports everything. Typecheck, lint, format and build count as one test each.
// The last line is always `N passed, N failed`; the exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'routedeck-test-'));
const results = [];

function run(cmd, args, env = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { code: r.status ?? 1, seconds: Math.round((Date.now() - started) / 1000) };
}

function step(name, cmd, args) {
  console.log(`\n=== ${name}: ${path.basename(cmd)} ${args.join(' ')}`);
  const { code, seconds } = run(cmd, args);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, seconds });
  return code === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('lint', bin('eslint'), ['.']);
step('format', bin('prettier'), ['--check', '.']);

{
  const out = path.join(tmp, 'vitest.json');
  console.log('\n=== unit and server tests: vitest run');
  const { code, seconds } = run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${out}`,
  ]);
  const json = readJson(out);
  let passed = json?.numPassedTests ?? 0;
  let failed = json?.numFailedTests ?? 0;
  // A test file that fails to load has no tests to count, but it is a failure.
  failed += (json?.testResults ?? []).filter(
    (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
  ).length;
  if (code !== 0 && failed === 0) failed = 1;
  results.push({ name: 'vitest', passed, failed, seconds });
}

const built = step('build', 'npm', ['run', 'build']);

{
  console.log('\n=== end-to-end: playwright test (Node server, then the Worker)');
  if (!built || !existsSync(path.join(root, 'dist/server/index.mjs'))) {
    console.log('skipped: the build failed, so there is nothing to test end to end');
    results.push({ name: 'playwright', passed: 0, failed: 1, seconds: 0 });
  } else {
    playwright('playwright', []);
    // The specs that need no stand-in state, again against the built Worker in workerd.
    playwright('pw-worker', ['-c', 'playwright.worker.config.ts']);
  }
}

function playwright(name, args) {
  const out = path.join(tmp, `${name}.json`);
  const { code, seconds } = run(bin('playwright'), ['test', ...args, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  const stats = readJson(out)?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  let failed = stats?.unexpected ?? 0;
  if (code !== 0 && failed === 0) failed = 1;
  results.push({ name, passed, failed, seconds });
}

rmSync(tmp, { recursive: true, force: true });
console.log('');
for (const r of results) {
  console.log(
    `${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${String(r.seconds).padStart(5)} s`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
