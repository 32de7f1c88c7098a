import { describe, expect, it } from 'vitest';
import {
  draftFromCni,
  emptyDraft,
  toCreateBody,
  toUpdateBody,
  type CniDraft,
} from './cni-form-model';

const base: CniDraft = {
  ...emptyDraft(),
  interconnect: 'demo-lhr-01',
  conduitName: 'lhr-cni',
  description: ' London ',
  p2pIp: '169.254.244.0/31',
  custIp: '169.254.244.1/31',
};

describe('toCreateBody', () => {
  it('builds a CniCreate without BGP or point-to-point addresses', () => {
    expect(toCreateBody(base, 'acc')).toEqual({
      ok: true,
      body: {
        account: 'acc',
        interconnect: 'demo-lhr-01',
        magic: { conduit_name: 'lhr-cni', description: 'London', mtu: 1500 },
      },
    });
  });

  it('adds BGP with parsed values and omits an empty MD5 key', () => {
    const r = toCreateBody(
      {
        ...base,
        bgpEnabled: true,
        customerAsn: 'AS64500',
        extraPrefixes: '198.51.100.0/24\n203.0.113.0/24',
      },
      'acc',
    );
    expect(r.ok && r.body.bgp).toEqual({
      customer_asn: 64500,
      extra_prefixes: ['198.51.100.0/24', '203.0.113.0/24'],
    });
  });

  it('reports every bad field at once, keyed by its API pointer', () => {
    const r = toCreateBody(
      {
        ...base,
        interconnect: '',
        mtu: '9000',
        bgpEnabled: true,
        customerAsn: '0',
        md5Key: 'what?',
        extraPrefixes: '10.0.0.1/8',
      },
      'acc',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual([
      '/bgp/customer_asn',
      '/bgp/extra_prefixes',
      '/bgp/md5_key',
      '/interconnect',
      '/magic/mtu',
    ]);
  });

  it('ignores BGP fields while BGP is off', () => {
    expect(toCreateBody({ ...base, customerAsn: 'x', md5Key: '?' }, 'acc').ok).toBe(true);
  });
});

describe('toUpdateBody', () => {
  it('sends the full object, with md5_key null to clear a key', () => {
    const r = toUpdateBody(
      { ...base, bgpEnabled: true, customerAsn: '64500', bgpMode: 'advertise_only' },
      'id-1',
      'acc',
    );
    expect(r).toEqual({
      ok: true,
      body: {
        id: 'id-1',
        account: 'acc',
        interconnect: 'demo-lhr-01',
        p2p_ip: '169.254.244.0/31',
        cust_ip: '169.254.244.1/31',
        magic: { conduit_name: 'lhr-cni', description: 'London', mtu: 1500 },
        bgp: { customer_asn: 64500, extra_prefixes: [], md5_key: null },
        bgp_mode: 'advertise_only',
      },
    });
  });

  it('refuses a customer address outside the /31 of the Cloudflare end', () => {
    const r = toUpdateBody({ ...base, custIp: '169.254.244.3/31' }, 'id-1', 'acc');
    expect(r.ok ? null : r.errors['/cust_ip']).toContain('not in the same /31');
  });

  it('round-trips a stored CNI through the form unchanged', () => {
    const stored = {
      interconnect: 'demo-lhr-01',
      p2p_ip: '169.254.244.0/31',
      cust_ip: '169.254.244.1/31',
      magic: { conduit_name: 'c', description: 'd', mtu: 1476 },
      bgp: { customer_asn: 64496, extra_prefixes: ['203.0.113.0/24'], md5_key: 'demo-key-1' },
      bgp_mode: 'dynamic_route_exchange',
    };
    const r = toUpdateBody(draftFromCni(stored), 'id', 'acc');
    expect(r).toEqual({ ok: true, body: { id: 'id', account: 'acc', ...stored } });
  });
});
