import { describe, expect, it } from 'vitest';
import { expectMatchesContract } from '../openapi.test-helper';
import { ADDRESSING, standin } from '../fixture.test-helper';
import { createVrpIndex, validateOrigin } from '../../../src/lib/rpki';
import { parsePrefix } from '../../../src/lib/prefix';
import { advertisementFraction, convergenceMinutes } from './timeline';
import { DEMO_VRPS } from './seed';
import { createAddressing } from './index';

const P = '/accounts/{account_id}/addressing/prefixes';
const BGP = `${P}/{prefix_id}/bgp/prefixes`;
const MIN = 60_000;

interface Bgp {
  id: string;
  cidr: string;
  asn: number;
  asn_prepend_count: number;
  modified_at: string;
  on_demand: {
    advertised: boolean | null;
    advertised_modified_at: string | null;
    on_demand_enabled: boolean;
    on_demand_locked: boolean;
  };
}

/** A stand-in with a hand-driven clock and a map of its demo BGP prefixes by CIDR. */
async function demo(timeScale = 1) {
  const clock = { t: Date.UTC(2026, 5, 1) };
  const s = standin({ now: () => clock.t, timeScale });
  const list = await s.json(`${ADDRESSING}/prefixes`);
  const byCidr = new Map<string, { prefixId: string; bgp: Bgp }>();
  for (const p of list.body.result) {
    for (const b of (await s.json(`${ADDRESSING}/prefixes/${p.id}/bgp/prefixes`)).body.result)
      byCidr.set(b.cidr, { prefixId: p.id, bgp: b });
  }
  const url = (cidr: string) => {
    const e = byCidr.get(cidr)!;
    return `${ADDRESSING}/prefixes/${e.prefixId}/bgp/prefixes/${e.bgp.id}`;
  };
  return { s, clock, list, byCidr, url };
}

describe('addressing reads', () => {
  it('lists IP prefixes in the documented envelope with result_info', async () => {
    const { list } = await demo();
    expect(list.status).toBe(200);
    expectMatchesContract('get', P, list.body);
    expect(list.body.result_info).toEqual({ page: 1, per_page: 25, count: 5, total_count: 5 });
    expect(list.body.result.map((p: { cidr: string }) => p.cidr)).toEqual([
      '203.0.113.0/24',
      '198.51.100.0/24',
      '192.0.2.0/24',
      '198.18.0.0/23',
      '2001:db8::/32',
    ]);
  });

  it('answers every read endpoint in the contract shape', async () => {
    const { s, list, byCidr } = await demo();
    const p = list.body.result[3];
    expectMatchesContract(
      'get',
      `${P}/{prefix_id}`,
      (await s.json(`${ADDRESSING}/prefixes/${p.id}`)).body,
    );
    expectMatchesContract(
      'get',
      BGP,
      (await s.json(`${ADDRESSING}/prefixes/${p.id}/bgp/prefixes`)).body,
    );
    const b = byCidr.get('198.18.1.0/24')!;
    const one = await s.json(`${ADDRESSING}/prefixes/${p.id}/bgp/prefixes/${b.bgp.id}`);
    expectMatchesContract('get', `${BGP}/{bgp_prefix_id}`, one.body);
    const status = await s.json(`${ADDRESSING}/prefixes/${p.id}/bgp/status`);
    expectMatchesContract('get', `${P}/{prefix_id}/bgp/status`, status.body);
    expect(status.body.result).toEqual({
      advertised: true,
      advertised_modified_at: expect.any(String),
    });
  });

  it('seeds every advertisement state the screens show', async () => {
    const { byCidr } = await demo();
    const od = (cidr: string) => byCidr.get(cidr)!.bgp.on_demand;
    expect(od('203.0.113.0/24')).toMatchObject({ advertised: true, on_demand_locked: false });
    expect(od('198.18.1.0/24')).toMatchObject({ advertised: false });
    expect(od('192.0.2.0/24')).toMatchObject({ advertised: true, on_demand_locked: true });
    expect(od('2001:db8::/32')).toMatchObject({
      advertised: null,
      on_demand_enabled: false,
      advertised_modified_at: null,
    });
    expect(byCidr.get('198.18.0.0/24')!.bgp.asn_prepend_count).toBe(3);
  });

  it('answers 404 in the failure envelope for unknown ids', async () => {
    const { s, list } = await demo();
    const r1 = await s.json(`${ADDRESSING}/prefixes/00000000000000000000000000000000`);
    expect(r1.status).toBe(404);
    expectMatchesContract('get', `${P}/{prefix_id}`, r1.body, '4XX');
    const r2 = await s.json(`${ADDRESSING}/prefixes/${list.body.result[0].id}/bgp/prefixes/nope`);
    expect(r2.status).toBe(404);
    expect(r2.body).toMatchObject({
      success: false,
      result: null,
      errors: [{ message: 'BGP prefix not found.' }],
    });
  });
});

describe('published ROAs', () => {
  it('make some demo origins RPKI-valid and others invalid, by origin and by max length', async () => {
    const { byCidr } = await demo();
    const index = createVrpIndex(DEMO_VRPS);
    const state = (cidr: string) => {
      const p = parsePrefix(cidr);
      if (!p.ok) throw new Error(p.reason);
      return validateOrigin(p.value, byCidr.get(cidr)!.bgp.asn, index);
    };
    expect(state('203.0.113.0/24').state).toBe('valid');
    expect(state('2001:db8:100::/48').state).toBe('valid');
    expect(state('198.51.100.0/24')).toMatchObject({ state: 'invalid', reason: 'asn' });
    expect(state('198.18.0.0/24')).toMatchObject({ state: 'invalid', reason: 'max-length' });
  });
});

describe('PATCH a BGP prefix', () => {
  it('advertises, updates the timestamps, and the route spreads over the simulated minutes', async () => {
    const { s, clock, url } = await demo(60);
    const before = await s.json(url('198.18.1.0/24'));
    clock.t += 5000;
    const res = await s.send('PATCH', url('198.18.1.0/24'), { on_demand: { advertised: true } });
    expect(res.status).toBe(200);
    expectMatchesContract('patch', `${BGP}/{bgp_prefix_id}`, res.body);
    const after = res.body.result as Bgp;
    expect(after.on_demand.advertised).toBe(true);
    expect(after.on_demand.advertised_modified_at).toBe(new Date(clock.t).toISOString());
    expect(after.modified_at).toBe(new Date(clock.t).toISOString());
    expect(after.on_demand.advertised_modified_at).not.toBe(
      before.body.result.on_demand.advertised_modified_at,
    );
    expect((await s.json(url('198.18.1.0/24'))).body.result).toEqual(after);

    // What Radar sees, through the view of a fresh addressing area on the same state directory:
    // the change time was persisted, so the verification survives a restart.
    const { view } = createAddressing(s.opts, () => clock.t);
    const change = { advertised: true, at: clock.t, from: 0 };
    const minutes = convergenceMinutes('198.18.1.0/24', change);
    const seen = (t: number) =>
      view.observe('198.18.1.0/24', t).find((o) => o.cidr === '198.18.1.0/24');
    expect(seen(clock.t)).toEqual({
      cidr: '198.18.1.0/24',
      origin: 64502,
      upstream: 13335,
      fraction: 0,
      prepend: 1,
    });
    const halfway = clock.t + (minutes * MIN) / 120;
    expect(seen(halfway)!.fraction).toBe(
      advertisementFraction('198.18.1.0/24', change, halfway, 60),
    );
    expect(seen(halfway)!.fraction).toBeGreaterThan(0);
    expect(seen(halfway)!.fraction).toBeLessThan(1);
    expect(seen(clock.t + (minutes * MIN) / 60 + 1)!.fraction).toBe(1);
  });

  it('changes prepends and auto_advertise_withdraw', async () => {
    const { s, url } = await demo();
    const res = await s.send('PATCH', url('203.0.113.0/24'), {
      asn_prepend_count: 2,
      auto_advertise_withdraw: true,
    });
    expect(res.body.result).toMatchObject({ asn_prepend_count: 2, auto_advertise_withdraw: true });
  });

  const refusals: [string, string, unknown, number, string][] = [
    ['locked', '192.0.2.0/24', { on_demand: { advertised: false } }, 400, 'locked'],
    [
      'on-demand disabled',
      '2001:db8::/32',
      { on_demand: { advertised: true } },
      400,
      'not enabled',
    ],
    ['prepend above 3', '203.0.113.0/24', { asn_prepend_count: 4 }, 400, '0 to 3'],
    ['negative prepend', '203.0.113.0/24', { asn_prepend_count: -1 }, 400, '0 to 3'],
    ['fractional prepend', '203.0.113.0/24', { asn_prepend_count: 1.5 }, 400, '0 to 3'],
    ['prepend as text', '203.0.113.0/24', { asn_prepend_count: '2' }, 400, '0 to 3'],
    [
      'advertised as text',
      '203.0.113.0/24',
      { on_demand: { advertised: 'false' } },
      400,
      'true or false',
    ],
    ['on_demand not an object', '203.0.113.0/24', { on_demand: true }, 400, 'must be an object'],
    [
      'auto_advertise_withdraw as number',
      '203.0.113.0/24',
      { auto_advertise_withdraw: 1 },
      400,
      'true or false',
    ],
    ['unknown field', '203.0.113.0/24', { advertise: true }, 400, 'Unknown field "advertise"'],
    [
      'unknown nested field',
      '203.0.113.0/24',
      { on_demand: { advertised: true, locked: false } },
      400,
      'Unknown field "locked"',
    ],
    ['empty body', '203.0.113.0/24', {}, 400, 'Nothing to change'],
    ['array body', '203.0.113.0/24', [1], 400, 'JSON object'],
    ['malformed JSON', '203.0.113.0/24', '{"on_demand":', 400, 'Malformed JSON'],
  ];
  for (const [name, cidr, body, status, message] of refusals) {
    it(`refuses ${name} with ${status} and changes nothing`, async () => {
      const { s, url } = await demo();
      const before = (await s.json(url(cidr))).body.result;
      const res = await s.send('PATCH', url(cidr), body);
      expect(res.status).toBe(status);
      expectMatchesContract('patch', `${BGP}/{bgp_prefix_id}`, res.body, '4XX');
      expect(res.body.errors.map((e: { message: string }) => e.message).join(' ')).toContain(
        message,
      );
      expect((await s.json(url(cidr))).body.result).toEqual(before);
    });
  }

  it('names the offending field with a JSON pointer', async () => {
    const { s, url } = await demo();
    const res = await s.send('PATCH', url('203.0.113.0/24'), { asn_prepend_count: 9 });
    expect(res.body.errors[0].source).toEqual({ pointer: '/asn_prepend_count' });
  });

  it('answers 404 for an unknown BGP prefix', async () => {
    const { s, list } = await demo();
    const res = await s.send(
      'PATCH',
      `${ADDRESSING}/prefixes/${list.body.result[0].id}/bgp/prefixes/ffff`,
      { asn_prepend_count: 1 },
    );
    expect(res.status).toBe(404);
  });
});

describe('legacy bgp/status', () => {
  it('toggles the BGP prefix of the same size, and the IP prefix mirrors it', async () => {
    const { s, list, url } = await demo();
    const id = list.body.result[0].id;
    const res = await s.send('PATCH', `${ADDRESSING}/prefixes/${id}/bgp/status`, {
      advertised: false,
    });
    expect(res.status).toBe(200);
    expectMatchesContract('patch', `${P}/{prefix_id}/bgp/status`, res.body);
    expect(res.body.result.advertised).toBe(false);
    expect((await s.json(url('203.0.113.0/24'))).body.result.on_demand.advertised).toBe(false);
    expect((await s.json(`${ADDRESSING}/prefixes/${id}`)).body.result.advertised).toBe(false);
  });

  it('refuses a missing or non-boolean advertised and a locked prefix', async () => {
    const { s, list } = await demo();
    const [open, , locked] = list.body.result;
    expect((await s.send('PATCH', `${ADDRESSING}/prefixes/${open.id}/bgp/status`, {})).status).toBe(
      400,
    );
    expect(
      (await s.send('PATCH', `${ADDRESSING}/prefixes/${open.id}/bgp/status`, { advertised: 'yes' }))
        .status,
    ).toBe(400);
    const res = await s.send('PATCH', `${ADDRESSING}/prefixes/${locked.id}/bgp/status`, {
      advertised: false,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('locked');
  });
});

describe('create and delete BGP prefixes', () => {
  it('creates a withdrawn BGP prefix inside the IP prefix, then deletes it', async () => {
    const { s, list } = await demo();
    const id = list.body.result[0].id;
    const created = await s.send('POST', `${ADDRESSING}/prefixes/${id}/bgp/prefixes`, {
      cidr: '203.0.113.128/25',
    });
    expect(created.status).toBe(200);
    expectMatchesContract('post', BGP, created.body);
    expect(created.body.result).toMatchObject({
      cidr: '203.0.113.128/25',
      asn: 64496,
      on_demand: { advertised: false, on_demand_enabled: true },
    });
    const del = await s.json(
      `${ADDRESSING}/prefixes/${id}/bgp/prefixes/${created.body.result.id}`,
      { method: 'DELETE' },
    );
    expect(del.status).toBe(200);
    expectMatchesContract('delete', `${BGP}/{bgp_prefix_id}`, del.body);
    expect(del.body).toEqual({ success: true, errors: [], messages: [] });
    expect(
      (await s.json(`${ADDRESSING}/prefixes/${id}/bgp/prefixes/${created.body.result.id}`)).status,
    ).toBe(404);
  });

  it('refuses a CIDR outside the IP prefix, a malformed one, a duplicate and a missing one', async () => {
    const { s, list } = await demo();
    const url = `${ADDRESSING}/prefixes/${list.body.result[0].id}/bgp/prefixes`;
    for (const body of [
      { cidr: '198.51.100.0/25' },
      { cidr: '203.0.113.1/25' },
      { cidr: '203.0.113.0/24' },
      {},
    ]) {
      const res = await s.send('POST', url, body);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].source).toEqual({ pointer: '/cidr' });
    }
    expect((await s.json(url)).body.result).toHaveLength(1);
  });

  it('refuses to delete an advertised BGP prefix', async () => {
    const { s, url } = await demo();
    const res = await s.json(url('203.0.113.0/24'), { method: 'DELETE' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('must be withdrawn');
    expect((await s.json(url('203.0.113.0/24'))).status).toBe(200);
  });
});
