/**
 * A stand-in on a fresh temporary state directory, for tests of the addressing and CNI areas.
 * Requests go through `createStandin(...).request()`, the whole app with its middleware.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { DEMO_ACCOUNT_ID, type StandinOptions } from '../config';
import { createStandin } from './index';

// Tests read arbitrary fields of response bodies.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export const ACCOUNT = DEMO_ACCOUNT_ID;
export const ADDRESSING = `/client/v4/accounts/${ACCOUNT}/addressing`;
export const CNI = `/client/v4/accounts/${ACCOUNT}/cni`;

export function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'standin-h2-'));
  dirs.push(d);
  return d;
}

export function standin(opts: Partial<StandinOptions> = {}) {
  const full: StandinOptions = {
    stateDir: tempDir(),
    accountId: ACCOUNT,
    timeScale: 1,
    faults: '',
    ...opts,
  };
  const app = createStandin(full);
  const request = (url: string, init?: RequestInit) => Promise.resolve(app.request(url, init));
  const json = async (url: string, init?: RequestInit) => {
    const res = await request(url, init);
    return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
  };
  const send = (method: string, url: string, body: unknown) =>
    json(url, {
      method,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  return { app, opts: full, request, json, send };
}
