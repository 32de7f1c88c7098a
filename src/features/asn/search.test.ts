import { describe, expect, it } from 'vitest';
import { asnSearchSchema } from './search';

describe('asnSearchSchema', () => {
  it('keeps good values, including a numeric text filter', () => {
    expect(
      asnSearchSchema.parse({
        view: 'table',
        rel: 'peer',
        country: 'DE',
        q: 6939,
        node: 174,
        asn2: 'AS13335',
        sort: '-name',
      }),
    ).toEqual({
      view: 'table',
      rel: 'peer',
      country: 'DE',
      q: '6939',
      node: 174,
      asn2: 13335,
      sort: '-name',
    });
  });

  it('drops each bad value on its own and keeps the rest', () => {
    expect(
      asnSearchSchema.parse({
        view: 'map',
        rel: 'sibling',
        country: 'usa',
        node: 0,
        asn2: 4294967296,
        sort: 'size',
        q: 'cogent',
      }),
    ).toEqual({ q: 'cogent' });
    expect(asnSearchSchema.parse({ asn2: 'abc', node: -5 })).toEqual({});
  });
});
