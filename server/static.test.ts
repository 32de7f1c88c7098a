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
