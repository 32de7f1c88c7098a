import { describe, expect, it } from 'vitest';
import { expectMatchesContract } from '../openapi.test-helper';
import { ACCOUNT, CNI, standin } from '../fixture.test-helper';

const C = '/accounts/{account_id}/cni';

describe('interconnects', () => {
  it('lists physical and GCP partner interconnects in the contract shape', async () => {
    const res = await standin().json(`${CNI}/interconnects`);
    expect(res.status).toBe(200);
    expectMatchesContract('get', `${C}/interconnects`, res.body);
    expect(res.body.items.map((i: { type: string }) => i.type).sort()).toEqual([
      'direct',
      'direct',
      'direct',
      'direct',
      'gcp_partner',
    ]);
    expect(res.body.next).toBeNull();
  });

  it('filters by site and type', async () => {
    const s = standin();
    expect(
      (await s.json(`${CNI}/interconnects?site=lhr`)).body.items.map(
        (i: { name: string }) => i.name,
      ),
    ).toEqual(['demo-lhr-01']);
    expect((await s.json(`${CNI}/interconnects?type=gcp_partner`)).body.items).toHaveLength(1);
  });

  it('answers one interconnect, and 404 for an unknown name', async () => {
    const s = standin();
    const one = await s.json(`${CNI}/interconnects/demo-lhr-01`);
    expectMatchesContract('get', `${C}/interconnects/{icon}`, one.body);
    expect(one.body).toMatchObject({ name: 'demo-lhr-01', site: 'lhr', speed: '10G' });
    const missing = await s.json(`${CNI}/interconnects/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].message).toBe('Interconnect not found');
  });

  it('reports every status, with reasons for Down and Unhealthy', async () => {
    const s = standin();
    const states: Record<string, unknown> = {};
    for (const name of ['demo-lhr-01', 'demo-fra-01', 'demo-iad-01', 'demo-sin-01']) {
      const res = await s.json(`${CNI}/interconnects/${name}/status`);
      expectMatchesContract('get', `${C}/interconnects/{icon}/status`, res.body);
      states[name] = res.body;
    }
    expect(states['demo-lhr-01']).toEqual({ state: 'Healthy' });
    expect(states['demo-fra-01']).toEqual({ state: 'Unhealthy', reason: expect.any(String) });
    expect(states['demo-iad-01']).toEqual({ state: 'Down', reason: expect.any(String) });
    expect(states['demo-sin-01']).toEqual({ state: 'Pending' });
    expect((await s.json(`${CNI}/interconnects/nope/status`)).status).toBe(404);
  });
});

describe('LOA', () => {
  it('answers a PDF naming the interconnect, facility, site, slot, speed and custom name', async () => {
    const s = standin();
    const res = await s.request(
      `${CNI}/interconnects/demo-lhr-01/loa?name=${encodeURIComponent('Example Networks (EU) Ltd')}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = new TextDecoder().decode(await res.arrayBuffer());
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    const ic = (await s.json(`${CNI}/interconnects/demo-lhr-01`)).body;
    for (const part of [
      'demo-lhr-01',
      ic.facility.name,
      'lhr',
      ic.slot_id,
      '10G',
      'Example Networks \\(EU\\) Ltd',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('refuses a name over 200 characters and answers 404 for an unknown interconnect', async () => {
    const s = standin();
    expect(
      (await s.request(`${CNI}/interconnects/demo-lhr-01/loa?name=${'x'.repeat(200)}`)).status,
    ).toBe(200);
    const long = await s.json(`${CNI}/interconnects/demo-lhr-01/loa?name=${'x'.repeat(201)}`);
    expect(long.status).toBe(400);
    expect(long.body.errors[0]).toMatchObject({ source: { parameter: 'name' } });
    expect((await s.request(`${CNI}/interconnects/nope/loa`)).status).toBe(404);
  });
});

describe('slots', () => {
  it('pages through every slot with cursor and limit, next being the following cursor', async () => {
    const s = standin();
    const seen: string[] = [];
    let cursor: number | null = 0;
    let pages = 0;
    while (cursor !== null) {
      const res = await s.json(`${CNI}/slots?limit=7&cursor=${cursor}`);
      expectMatchesContract('get', `${C}/slots`, res.body);
      expect(res.body.items.length).toBeLessThanOrEqual(7);
      seen.push(...res.body.items.map((x: { id: string }) => x.id));
      cursor = res.body.next;
      pages++;
    }
    const all = (await s.json(`${CNI}/slots?limit=1000`)).body.items;
    expect(new Set(seen).size).toBe(all.length);
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect(new Set(all.map((x: { site: string }) => x.site)).size).toBeGreaterThan(20);
    expect(new Set(all.map((x: { speed: string }) => x.speed))).toEqual(
      new Set(['1G', '10G', '100G']),
    );
  });

  it('filters by site, speed, occupied and address text', async () => {
    const s = standin();
    const items = async (q: string) =>
      (await s.json(`${CNI}/slots?limit=1000&${q}`)).body.items as {
        site: string;
        speed: string;
        occupied: boolean;
        account?: string;
        facility: { address: string[] };
      }[];
    const lhr = await items('site=lhr');
    expect(lhr.length).toBeGreaterThan(0);
    expect(lhr.every((x) => x.site === 'lhr')).toBe(true);
    expect((await items('speed=100G')).every((x) => x.speed === '100G')).toBe(true);
    const free = await items('occupied=false');
    const taken = await items('occupied=true');
    expect(free.length).toBeGreaterThan(0);
    expect(free.every((x) => !x.occupied) && taken.every((x) => x.occupied)).toBe(true);
    expect(taken.filter((x) => x.account === ACCOUNT)).toHaveLength(4);
    const london = await items('address_contains=london');
    expect(london.length).toBe(lhr.length);
    expect(await items('address_contains=no-such-street')).toEqual([]);
    // The SDK renders a null filter as an empty value: it means no filter.
    expect((await items('occupied=')).length).toBe(free.length + taken.length);
  });

  it('refuses bad filters and paging values, and answers one slot or 404', async () => {
    const s = standin();
    expect((await s.json(`${CNI}/slots?occupied=maybe`)).status).toBe(400);
    expect((await s.json(`${CNI}/slots?limit=-1`)).status).toBe(400);
    expect((await s.json(`${CNI}/slots?cursor=abc`)).status).toBe(400);
    const first = (await s.json(`${CNI}/slots?limit=1`)).body.items[0];
    const one = await s.json(`${CNI}/slots/${first.id}`);
    expectMatchesContract('get', `${C}/slots/{slot}`, one.body);
    expect(one.body).toEqual(first);
    expect((await s.json(`${CNI}/slots/00000000-0000-4000-a000-000000000000`)).status).toBe(404);
    expect((await s.json(`${CNI}/slots/not-a-uuid`)).status).toBe(400);
  });
});

describe('settings', () => {
  it('reads and updates default_asn, and refuses bad values', async () => {
    const s = standin();
    const get = await s.json(`${CNI}/settings`);
    expectMatchesContract('get', `${C}/settings`, get.body);
    const put = await s.send('PUT', `${CNI}/settings`, { default_asn: 64511 });
    expect(put.status).toBe(200);
    expectMatchesContract('put', `${C}/settings`, put.body);
    expect(put.body).toEqual({ default_asn: 64511 });
    for (const bad of [
      { default_asn: 0 },
      { default_asn: 2 ** 31 },
      { default_asn: '64511' },
      { asn: 1 },
    ]) {
      const res = await s.send('PUT', `${CNI}/settings`, bad);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].source.pointer).toMatch(/^\/(default_asn|asn)$/);
    }
    expect((await standin({ stateDir: s.opts.stateDir }).json(`${CNI}/settings`)).body).toEqual({
      default_asn: 64511,
    });
  });
});
