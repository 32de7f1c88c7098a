#!/usr/bin/env node
// `npm run bench`: builds if needed, then runs every bench/*.bench.ts in its own process, one
// after another (they measure time, so they must not share the two cores), and prints their
// Markdown sections. Figures are reported, never asserted: a slow machine must not fail CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

if (
  !existsSync(path.join(root, 'dist/client/index.html')) ||
  !existsSync(path.join(root, 'dist/server/index.mjs'))
) {
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const files = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const sections = [
  `# routedeck benchmarks\n\nRun on ${new Date().toISOString()}, Node ${process.version}.\n`,
];
let failed = 0;
for (const f of files) {
  process.stderr.write(`\n== bench/${f}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', f)], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 10 * 60_000,
  });
  process.stdout.write(r.stdout ?? '');
  if (r.status !== 0) {
    failed++;
    sections.push(`## ${f}\n\nFailed to run (exit ${r.status}).\n`);
  } else sections.push(r.stdout.trim() + '\n');
}
writeFileSync(path.join(root, 'bench/results/REPORT.md'), sections.join('\n'));
process.stderr.write(
  `\nWrote bench/results/REPORT.md (${files.length - failed} of ${files.length} benchmarks ran).\n`,
);
process.exit(failed ? 1 : 0);
