import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { liveConfig } from './proxy/testing';

function builtSpa() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'routedeck-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(dir, 'assets/index-3f9a1c.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
  const config = { ...liveConfig(), staticDir: dir };
  return createApp(config, { log: () => undefined });
}

describe('serving the built SPA', () => {
  it('caches hashed assets for a year and revalidates index.html', async () => {
    const app = builtSpa();
    const asset = await app.request('/assets/index-3f9a1c.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log(1)');
    const index = await app.request('/');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('id="root"');
    expect((await app.request('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers the hashed assets from memory, HEAD included, and later files from the disk', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'routedeck-dist-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(dir, 'assets/app-1a2b3c.js'), 'export const a = 1;');
    const app = createApp({ ...liveConfig(), staticDir: dir }, { log: () => undefined });
    // Changed on disk after start-up: the server keeps answering what the build wrote.
    writeFileSync(path.join(dir, 'assets/app-1a2b3c.js'), 'export const a = 2;');
    const js = await app.request('/assets/app-1a2b3c.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-length')).toBe('19');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await js.text()).toBe('export const a = 1;');
    const head = await app.request('/assets/app-1a2b3c.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('19');
    expect(await head.text()).toBe('');
    // A file that appeared after start-up (a build next to a running server) still comes from disk.
    writeFileSync(path.join(dir, 'assets/late-4d5e6f.css'), 'p{}');
    const late = await app.request('/assets/late-4d5e6f.css');
    expect(late.status).toBe(200);
    expect(late.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await late.text()).toBe('p{}');
  });

  it('answers pasted client-side URLs with the SPA, but a missing asset with 404', async () => {
    const app = builtSpa();
    for (const url of ['/asn/13335', '/prefix/1.1.1.0/24', '/traceroute?targets=1.1.1.1']) {
      const res = await app.request(url);
      expect(res.status, url).toBe(200);
      expect(await res.text()).toContain('id="root"');
    }
    expect((await app.request('/assets/index-old.js')).status).toBe(404);
    const api = await app.request('/api/nothing');
    expect(api.status).toBe(404);
    expect(((await api.json()) as { success: boolean }).success).toBe(false);
    expect((await app.request('/asn/13335', { method: 'POST' })).status).toBe(404);
  });

  it('keeps static files behind the Host guard and inside the build directory', async () => {
    const app = builtSpa();
    expect((await app.request('/', { headers: { host: 'evil.example' } })).status).toBe(421);
    const traversal = await app.request('/assets/..%2f..%2fetc/passwd');
    expect(await traversal.text()).not.toContain('root:');
  });

  it('sets framing and sniffing protections on every answer', async () => {
    const res = await builtSpa().request('/');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
