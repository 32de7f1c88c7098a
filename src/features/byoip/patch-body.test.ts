/**
 * The SPA's PATCH bodies are exactly the contract's (CONTRACT section 4), checked three ways: the
 * bytes the client sends, the stand-in accepting them and answering the new state, and the type of
 * the official SDK's BGPPrefixEditParams (a body that drifted from it would not compile).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BGPPrefixEditParams } from 'cloudflare/resources/addressing/prefixes/bgp-prefixes';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT_ID } from '../../../server/config';
import { Hono } from 'hono';
// eslint-disable-next-line no-restricted-imports -- index.ts defines createAddressing; it is not a barrel
import { createAddressing } from '../../../server/standin/addressing/index';
import { editBgpPrefix, type BgpPrefixEdit } from '../../api/addressing';

type SdkBody = Omit<BGPPrefixEditParams, 'account_id' | 'prefix_id'>;
// Compile-time: every body routedeck can send is a valid SDK edit body.
const asSdk = (e: BgpPrefixEdit): SdkBody => e;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'routedeck-patch-'));
// The stand-in's addressing area, mounted where createStandin mounts it (Radar is not needed here).
const standin = new Hono().route(
  '/client/v4/accounts/:account_id/addressing',
  createAddressing({ stateDir: dir, accountId: DEMO_ACCOUNT_ID, timeScale: 1, faults: '' }, () =>
    Date.now(),
  ).routes,
);
const sent: { method: string; url: string; body: string | null; headers: Headers }[] = [];
let ids = { prefixId: '', bgpId: '' };

beforeAll(async () => {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({
      method: init.method ?? 'GET',
      url,
      body: (init.body as string) ?? null,
      headers: new Headers(init.headers),
    });
    return standin.request(url, init);
  });
  const base = `/client/v4/accounts/${DEMO_ACCOUNT_ID}/addressing/prefixes`;
  const prefixes = (await (await standin.request(base)).json()) as {
    result: { id: string; cidr: string }[];
  };
  const lab = prefixes.result.find((p) => p.cidr === '198.18.0.0/23')!;
  const bgp = (await (await standin.request(`${base}/${lab.id}/bgp/prefixes`)).json()) as {
    result: { id: string; cidr: string }[];
  };
  ids = { prefixId: lab.id, bgpId: bgp.result.find((b) => b.cidr === '198.18.1.0/24')!.id };
});

afterAll(() => {
  vi.unstubAllGlobals();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('BGP prefix PATCH bodies', () => {
  const cases: [
    BgpPrefixEdit,
    string,
    (r: Awaited<ReturnType<typeof editBgpPrefix>>) => unknown,
    unknown,
  ][] = [
    [
      { on_demand: { advertised: true } },
      '{"on_demand":{"advertised":true}}',
      (r) => r.on_demand?.advertised,
      true,
    ],
    [{ asn_prepend_count: 2 }, '{"asn_prepend_count":2}', (r) => r.asn_prepend_count, 2],
    [
      { auto_advertise_withdraw: true },
      '{"auto_advertise_withdraw":true}',
      (r) => r.auto_advertise_withdraw,
      true,
    ],
  ];
  it.each(cases)(
    '%j is sent byte for byte and accepted by the stand-in',
    async (edit, bytes, read, want) => {
      expect(asSdk(edit)).toEqual(JSON.parse(bytes));
      const answer = await editBgpPrefix(DEMO_ACCOUNT_ID, ids.prefixId, ids.bgpId, edit);
      const req = sent.at(-1)!;
      expect(req.method).toBe('PATCH');
      expect(req.url).toBe(
        `/client/v4/accounts/${DEMO_ACCOUNT_ID}/addressing/prefixes/${ids.prefixId}/bgp/prefixes/${ids.bgpId}`,
      );
      expect(req.body).toBe(bytes);
      expect(req.headers.get('content-type')).toBe('application/json');
      expect(read(answer)).toBe(want);
    },
  );
});
