/**
 * Bundle budget: the JavaScript the first page needs, gzipped, and proof that the cytoscape and
 * recharts chunks stay off `/`. Read from the real build, then checked in Chromium by recording
 * every script the home page actually loads.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/chromium';
import { ROOT, startBuiltServer } from './lib/server';
import { kb, table } from './lib/stats';

const assets = path.join(ROOT, 'dist/client/assets');
const gz = (file: string) => gzipSync(readFileSync(path.join(assets, file)), { level: 9 }).length;
const heavy = (file: string): string[] => {
  const text = readFileSync(path.join(assets, file), 'utf8');
  const found: string[] = [];
  // Strings that survive minification: cytoscape's own error text and recharts' wrapper class.
  if (/cytoscape\.use\(\)|cytoscape_container/.test(text)) found.push('cytoscape');
  if (/recharts-(wrapper|surface)/.test(text)) found.push('recharts');
  return found;
};

const jsFiles = readdirSync(assets).filter((f) => f.endsWith('.js'));
const chunkRows = jsFiles
  .map((f) => ({ f, raw: readFileSync(path.join(assets, f)).length, gz: gz(f), libs: heavy(f) }))
  .sort((a, b) => b.gz - a.gz);

const server = await startBuiltServer();
const browser = await launchChromium();
const loaded = new Set<string>();
try {
  const page = await browser.newPage();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/assets/') && u.pathname.endsWith('.js'))
      loaded.add(path.basename(u.pathname));
  });
  await page.goto(server.url + '/', { waitUntil: 'networkidle' });
} finally {
  await browser.close();
  await server.stop();
}

const firstPage = chunkRows.filter((c) => loaded.has(c.f));
const firstGz = firstPage.reduce((s, c) => s + c.gz, 0);
const heavyOnHome = firstPage.flatMap((c) => c.libs);
const result = {
  firstPageGzipBytes: firstGz,
  firstPageChunks: firstPage.map((c) => c.f),
  heavyLibrariesOnHome: heavyOnHome,
  chunks: chunkRows.map(({ f, raw, gz, libs }) => ({
    file: f,
    bytes: raw,
    gzipBytes: gz,
    libraries: libs,
  })),
};
writeFileSync(path.join(ROOT, 'bench/results/bundle.json'), JSON.stringify(result, null, 2));

console.log(`## Bundle (production build)

JavaScript loaded by \`/\` in Chromium: **${kb(firstGz)} gzipped** in ${firstPage.length} chunks (budget 150 KB). cytoscape or recharts on \`/\`: **${heavyOnHome.length ? heavyOnHome.join(', ') : 'none'}**.

${table(
  ['chunk', 'size', 'gzip', 'loaded on /', 'contains'],
  chunkRows.map((c) => [c.f, kb(c.raw), kb(c.gz), loaded.has(c.f) ? 'yes' : '', c.libs.join(', ')]),
)}
`);
