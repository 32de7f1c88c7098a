/**
 * Test fixtures for the server: a configuration built the way production builds it, and a fake
 * upstream that records every request that reached it (so tests can assert that none did).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { type ServerConfig, loadConfig } from '../config';

export const TOKEN = 'tok_SECRET_9f8e7d6c5b4a39281706';
export const ACCOUNT = '0123456789abcdef0123456789abcdef';

export function liveConfig(env: NodeJS.ProcessEnv = {}): ServerConfig {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'routedeck-test-'));
  return loadConfig({
    CLOUDFLARE_API_TOKEN: TOKEN,
    CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
    CLOUDFLARE_API_BASE_URL: 'https://upstream.test/client/v4',
    STATE_DIR: stateDir,
    ...env,
  });
}

interface Recorded {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** A fake Cloudflare: `app` decides the answers; `calls` lists what arrived, credentials included. */
export function fakeUpstream(app: Hono = new Hono()) {
  const calls: Recorded[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const req = new Request(input, init);
    calls.push({
      method: req.method,
      url: req.url,
      headers: req.headers,
      body: await req.clone().text(),
    });
    return app.fetch(req);
  };
  return { app, calls, fetch: fetchImpl };
}

/** Headers a same-origin page of routedeck sends on a change. */
export const sameOrigin = {
  host: 'localhost:8787',
  origin: 'http://localhost:8787',
  'sec-fetch-site': 'same-origin',
  'x-routedeck-csrf': '1',
  'content-type': 'application/json',
};
