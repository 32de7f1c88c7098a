import { describe, expect, it } from 'vitest';
import { expectMatchesContract } from '../openapi.test-helper';
import { ACCOUNT, CNI, standin } from '../fixture.test-helper';

const C = '/accounts/{account_id}/cni';

const create = (over: Record<string, unknown> = {}) => ({
  account: ACCOUNT,
  interconnect: 'demo-sin-01',
  magic: { conduit_name: 'demo-sin-cni', description: 'New CNI', mtu: 1500 },
  bgp: { customer_asn: 64510, extra_prefixes: ['192.0.2.0/24'], md5_key: 'abc 123!' },
  ...over,
});

describe('CNIs', () => {
  it('lists, creates, reads, replaces and deletes a CNI, persisting each change', async () => {
    const s = standin();
    const list = await s.json(`${CNI}/cnis`);
    expectMatchesContract('get', `${C}/cnis`, list.body);
    expect(list.body.items).toHaveLength(3);

    const made = await s.send('POST', `${CNI}/cnis`, create());
    expect(made.status).toBe(200);
    expectMatchesContract('post', `${C}/cnis`, made.body);
    const cni = made.body;
    expect(cni).toMatchObject({
      account: ACCOUNT,
      interconnect: 'demo-sin-01',
      magic: { conduit_name: 'demo-sin-cni' },
    });
    // The two ends of a fresh /31.
    const [a, b] = [cni.p2p_ip, cni.cust_ip].map((x: string) =>
      Number(x.split('/')[0]!.split('.')[3]),
    );
    expect(cni.p2p_ip.endsWith('/31') && b === a! + 1 && a! % 2 === 0).toBe(true);

    const got = await s.json(`${CNI}/cnis/${cni.id}`);
    expectMatchesContract('get', `${C}/cnis/{cni}`, got.body);
    expect(got.body).toEqual(cni);

    const replaced = { ...cni, magic: { ...cni.magic, mtu: 1400 }, bgp_mode: 'advertise_only' };
    const put = await s.send('PUT', `${CNI}/cnis/${cni.id}`, replaced);
    expect(put.status).toBe(200);
    expectMatchesContract('put', `${C}/cnis/{cni}`, put.body);
    expect(put.body).toEqual(replaced);
    expect(
      (await standin({ stateDir: s.opts.stateDir }).json(`${CNI}/cnis/${cni.id}`)).body,
    ).toEqual(replaced);

    expect((await s.request(`${CNI}/cnis/${cni.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await s.json(`${CNI}/cnis/${cni.id}`)).status).toBe(404);
    expect((await s.request(`${CNI}/cnis/${cni.id}`, { method: 'DELETE' })).status).toBe(404);
    expect(
      (await standin({ stateDir: s.opts.stateDir }).json(`${CNI}/cnis`)).body.items,
    ).toHaveLength(3);
  });

  it('filters by slot and by tunnel (conduit name), and pages', async () => {
    const s = standin();
    const lhr = (await s.json(`${CNI}/interconnects/demo-lhr-01`)).body;
    const bySlot = await s.json(`${CNI}/cnis?slot=${lhr.slot_id}`);
    expect(bySlot.body.items.map((x: { interconnect: string }) => x.interconnect)).toEqual([
      'demo-lhr-01',
    ]);
    expect((await s.json(`${CNI}/cnis?tunnel_id=demo-fra-cni`)).body.items).toHaveLength(1);
    const page = await s.json(`${CNI}/cnis?limit=2`);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.next).toBe(2);
    const last = await s.json(`${CNI}/cnis?limit=2&cursor=2`);
    expect(last.body.items).toHaveLength(1);
    expect(last.body.next).toBeNull();
  });

  it('answers 409 Name Conflict for a duplicate conduit name, and creates nothing', async () => {
    const s = standin();
    const res = await s.send(
      'POST',
      `${CNI}/cnis`,
      create({ magic: { conduit_name: 'demo-lhr-cni', description: '', mtu: 1500 } }),
    );
    expect(res.status).toBe(409);
    expect(res.body.errors[0]).toMatchObject({
      message: expect.stringContaining('Name Conflict'),
      source: { pointer: '/magic/conduit_name' },
    });
    expect((await s.json(`${CNI}/cnis`)).body.items).toHaveLength(3);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    [
      'an MD5 key with a question mark',
      { bgp: { customer_asn: 64510, extra_prefixes: [], md5_key: 'what?' } },
      '/bgp/md5_key',
    ],
    [
      'an MD5 key with a double quote',
      { bgp: { customer_asn: 64510, extra_prefixes: [], md5_key: 'a"b' } },
      '/bgp/md5_key',
    ],
    [
      'an MD5 key with a tab',
      { bgp: { customer_asn: 64510, extra_prefixes: [], md5_key: 'a\tb' } },
      '/bgp/md5_key',
    ],
    [
      'an MD5 key with a newline',
      { bgp: { customer_asn: 64510, extra_prefixes: [], md5_key: 'a\nb' } },
      '/bgp/md5_key',
    ],
    [
      'an MD5 key with non-ASCII',
      { bgp: { customer_asn: 64510, extra_prefixes: [], md5_key: 'clé' } },
      '/bgp/md5_key',
    ],
    [
      'an empty MD5 key',
      { bgp: { customer_asn: 64510, extra_prefixes: [], md5_key: '' } },
      '/bgp/md5_key',
    ],
    ['ASN 0', { bgp: { customer_asn: 0, extra_prefixes: [] } }, '/bgp/customer_asn'],
    [
      'an ASN beyond int32',
      { bgp: { customer_asn: 4294967295, extra_prefixes: [] } },
      '/bgp/customer_asn',
    ],
    ['an ASN as text', { bgp: { customer_asn: '64510', extra_prefixes: [] } }, '/bgp/customer_asn'],
    [
      'a malformed extra prefix',
      { bgp: { customer_asn: 64510, extra_prefixes: ['192.0.2.0/24', '300.1.1.0/24'] } },
      '/bgp/extra_prefixes/1',
    ],
    [
      'an extra prefix with host bits',
      { bgp: { customer_asn: 64510, extra_prefixes: ['192.0.2.1/24'] } },
      '/bgp/extra_prefixes/0',
    ],
    ['MTU below 576', { magic: { conduit_name: 'x', description: '', mtu: 575 } }, '/magic/mtu'],
    ['MTU above 1500', { magic: { conduit_name: 'x', description: '', mtu: 9000 } }, '/magic/mtu'],
    [
      'a fractional MTU',
      { magic: { conduit_name: 'x', description: '', mtu: 1400.5 } },
      '/magic/mtu',
    ],
    ['a missing conduit name', { magic: { description: '', mtu: 1500 } }, '/magic/conduit_name'],
    ['no magic', { magic: undefined }, '/magic'],
    ['an unknown interconnect', { interconnect: 'demo-nowhere' }, '/interconnect'],
    ['another account', { account: '0123456789abcdef0123456789abcdef' }, '/account'],
    ['an unknown field', { colour: 'red' }, '/colour'],
  ];
  for (const [name, over, pointer] of bad) {
    it(`refuses ${name} with 400 on ${pointer}`, async () => {
      const s = standin();
      const res = await s.send('POST', `${CNI}/cnis`, create(over));
      expect(res.status).toBe(400);
      expect(
        res.body.errors.map((e: { source?: { pointer?: string } }) => e.source?.pointer),
      ).toContain(pointer);
      expect(res.body.errors[0]).toEqual({
        code: expect.any(Number),
        message: expect.any(String),
        source: { pointer },
      });
      expect((await s.json(`${CNI}/cnis`)).body.items).toHaveLength(3);
    });
  }

  it('refuses malformed JSON with 400 and a bare error body', async () => {
    const res = await standin().send('POST', `${CNI}/cnis`, '{"account":');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errors: [{ code: 1001, message: expect.stringContaining('Malformed JSON') }],
    });
  });

  const badLinks: [string, string, string, string][] = [
    ['different /31s', '169.254.244.0/31', '169.254.244.3/31', '/cust_ip'],
    ['the same address twice', '169.254.244.0/31', '169.254.244.0/31', '/cust_ip'],
    ['a /30', '169.254.244.0/30', '169.254.244.1/30', '/p2p_ip'],
    ['not an address', 'link-a', '169.254.244.1/31', '/p2p_ip'],
    ['IPv6', '2001:db8::/127', '2001:db8::1/127', '/p2p_ip'],
  ];
  for (const [name, p2p, cust, pointer] of badLinks) {
    it(`refuses a PUT with ${name} on ${pointer}, changing nothing`, async () => {
      const s = standin();
      const cni = (await s.json(`${CNI}/cnis`)).body.items[0];
      const res = await s.send('PUT', `${CNI}/cnis/${cni.id}`, {
        ...cni,
        p2p_ip: p2p,
        cust_ip: cust,
      });
      expect(res.status).toBe(400);
      expect(
        res.body.errors.map((e: { source?: { pointer?: string } }) => e.source?.pointer),
      ).toContain(pointer);
      expect((await s.json(`${CNI}/cnis/${cni.id}`)).body).toEqual(cni);
    });
  }

  it('accepts a PUT that swaps the ends of the /31, and refuses a mismatched id or unknown CNI', async () => {
    const s = standin();
    const cni = (await s.json(`${CNI}/cnis`)).body.items[0];
    const swapped = { ...cni, p2p_ip: cni.cust_ip, cust_ip: cni.p2p_ip };
    expect((await s.send('PUT', `${CNI}/cnis/${cni.id}`, swapped)).status).toBe(200);
    const other = '00000000-0000-4000-a000-000000000000';
    expect((await s.send('PUT', `${CNI}/cnis/${other}`, swapped)).status).toBe(400);
    expect((await s.send('PUT', `${CNI}/cnis/${other}`, { ...swapped, id: other })).status).toBe(
      404,
    );
    expect(
      (await s.send('PUT', `${CNI}/cnis/${cni.id}`, { ...swapped, p2p_ip: undefined })).status,
    ).toBe(400);
  });

  it('refuses a PUT that takes another CNI conduit name with 409', async () => {
    const s = standin();
    const [a, b] = (await s.json(`${CNI}/cnis`)).body.items;
    const res = await s.send('PUT', `${CNI}/cnis/${a.id}`, {
      ...a,
      magic: { ...a.magic, conduit_name: b.magic.conduit_name },
    });
    expect(res.status).toBe(409);
  });
});
