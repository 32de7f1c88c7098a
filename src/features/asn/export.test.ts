import { describe, expect, it } from 'vitest';
import { neighboursCsv } from './export';

describe('neighboursCsv', () => {
  it('writes one row per neighbour in order, quoting and defusing formulas', () => {
    const csv = neighboursCsv([
      { asn: 174, name: 'Cogent, Inc.', country: 'US', rel: 'C2P', role: 'provider' },
      { asn: 64500, name: '=HYPERLINK("x")', country: '', rel: 'S2S', role: 'other' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'asn,name,country,relationship,rel',
      '174,"Cogent, Inc.",US,provider,C2P',
      `64500,"'=HYPERLINK(""x"")",,S2S,S2S`,
      '',
    ]);
  });
});
