import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { ACCOUNT, fakeUpstream, liveConfig, sameOrigin } from './proxy/testing';

const verdict = {
  prefixId: 'pfx1',
  bgpPrefixId: 'bgp1',
  kind: 'withdraw',
  changeTime: '2026-11-22T03:00:00.000Z',
  phase: 'converged',
  text: 'Withdrawn: no counted peer carries it after 12 min 5 s.',
};

function setup(env: NodeJS.ProcessEnv = {}) {
  const upstream = fakeUpstream();
  const app = createApp(liveConfig(env), { fetch: upstream.fetch, log: () => undefined });
  const journal = async () =>
    (await (
      await app.request('/api/audit?limit=10', { headers: { host: 'localhost:8787' } })
    ).json()) as {
      method: string;
      path: string;
      body: unknown;
    }[];
  const post = (body: unknown, headers: Record<string, string> = sameOrigin) =>
    app.request('/api/audit/verdicts', {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, journal, post, upstream };
}

describe('POST /api/audit/verdicts', () => {
  it('records a final verdict in the shared journal, with nothing sent upstream', async () => {
    const { journal, post, upstream } = setup();
    const res = await post(verdict);
    expect(res.status).toBe(201);
    const [entry] = await journal();
    expect(entry).toMatchObject({
      method: 'VERDICT',
      path: `/accounts/${ACCOUNT}/addressing/prefixes/pfx1/bgp/prefixes/bgp1`,
      body: {
        kind: 'withdraw',
        changeTime: verdict.changeTime,
        phase: 'converged',
        text: verdict.text,
      },
    });
    expect(upstream.calls).toHaveLength(0);
  });

  it('refuses cross-site, unmarked, read-only and malformed verdicts and records none', async () => {
    const { journal, post } = setup();
    const crossSite = await post(verdict, {
      ...sameOrigin,
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    const { 'x-routedeck-csrf': _, ...unmarked } = sameOrigin;
    expect((await post(verdict, unmarked)).status).toBe(403);
    for (const [bad, why] of [
      [{ ...verdict, phase: 'waiting' }, 'phase must be'],
      [{ ...verdict, bgpPrefixId: '../../user/tokens' }, 'bgpPrefixId must be'],
      [{ ...verdict, changeTime: 'yesterday' }, 'changeTime must be'],
      [{ ...verdict, text: 'x'.repeat(1001) }, 'text must be'],
      ['{not json', 'must be a JSON object'],
    ] as const) {
      const res = await post(bad);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string }[] };
      expect(body.errors[0]!.message).toContain(why);
    }
    expect(await journal()).toEqual([]);

    const readOnly = setup({ READ_ONLY: '1' });
    expect((await readOnly.post(verdict)).status).toBe(403);
    expect(await readOnly.journal()).toEqual([]);
  });
});
