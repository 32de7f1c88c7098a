import { describe, expect, it } from 'vitest';
import { formFromSearch, searchFromForm, targetProblem, validateForm } from './form-model';
import { tracerouteSearchSchema } from './search';

describe('targets', () => {
  it('accepts addresses and hostnames, refuses the rest with a reason', () => {
    for (const ok of ['1.1.1.1', '2606:4700:4700::1111', 'dns.google', 'one.one.one.one.'])
      expect(targetProblem(ok)).toBeNull();
    for (const bad of ['1.2.3', '256.1.1.1', 'localhost', 'host!.com', '-a.com', '1.1.1.0/24'])
      expect(targetProblem(bad)).toBe(`"${bad}" is neither an IP address nor a hostname.`);
  });
});

describe('validateForm', () => {
  const base = formFromSearch({});

  it('builds the request from valid input, leaving colos out when none is picked', () => {
    const r = validateForm({ ...base, targets: '1.1.1.1,\n dns.google 1.1.1.1', port: '443' });
    expect(r).toEqual({
      ok: true,
      request: {
        targets: ['1.1.1.1', 'dns.google'],
        options: { packet_type: 'icmp', max_ttl: 15, packets_per_ttl: 3, port: 443, wait_time: 1 },
      },
    });
  });

  it('refuses every out-of-range field and too many targets', () => {
    const r = validateForm({
      ...base,
      targets: Array.from({ length: 11 }, (_, i) => `10.0.0.${i}`).join(' '),
      max_ttl: '65',
      packets_per_ttl: '1.5',
      port: '',
      wait_time: '0',
    });
    expect(r).toEqual({
      ok: false,
      errors: {
        targets: '11 targets: at most 10 can run at once.',
        max_ttl: '65 is out of range: enter a whole number from 0 to 64.',
        packets_per_ttl: '1.5 is out of range: enter a whole number from 0 to 10.',
        port: 'Enter a whole number from 0 to 65535.',
        wait_time: '0 is out of range: enter a whole number from 1 to 5.',
      },
    });
  });
});

describe('URL state', () => {
  it('falls back on bad params and keeps only colos that can run traceroutes', () => {
    const s = tracerouteSearchSchema.parse({
      targets: '8.8.8.8',
      colos: 'DEN,zzz,sin,den,acx',
      packet_type: 'carrier-pigeon',
      max_ttl: 99,
      packets_per_ttl: '4',
      wait_time: 'x',
    });
    expect(s).toMatchObject({ targets: '8.8.8.8', colos: 'den,sin', packets_per_ttl: 4 });
    expect(s.packet_type).toBeUndefined();
    expect(s.max_ttl).toBeUndefined();
    expect(s.wait_time).toBeUndefined();
  });

  it('writes only non-default valid values, and reads them back to the same form', () => {
    const form = {
      ...formFromSearch({}),
      targets: '1.1.1.1',
      colos: ['lhr'],
      max_ttl: '20',
      port: '99999',
    };
    const s = searchFromForm(form);
    expect(s).toEqual({ targets: '1.1.1.1', colos: 'lhr', max_ttl: 20 });
    expect(formFromSearch(s)).toEqual({ ...form, port: '0' });
  });
});
