import { describe, expect, it } from 'vitest';
import { loaPdf, type LoaFields } from './loa-pdf';
import { CNI, standin } from './fixture.test-helper';

const fields: LoaFields = {
  interconnect: 'demo-lhr-01',
  holder: 'Example (UK) Ltd \\ Ops',
  site: 'lhr',
  facility: 'Demo Interconnect Hall LHR1',
  address: ['19 Example Exchange Road (demo)', 'London, United Kingdom'],
  slotId: '4f9d61c1-4e9d-402e-ad9d-5e9b4c9d5d08',
  speed: '10G',
  issuedAt: new Date('2026-06-01T00:00:00Z'),
};

/** Checks the structure a PDF reader relies on: header, xref offsets, startxref, trailer, EOF. */
function checkPdf(bytes: Uint8Array) {
  const text = new TextDecoder('latin1').decode(bytes);
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? [];
  expect(Number(first)).toBe(0);
  const entries = text
    .slice(startxref)
    .split('\n')
    .slice(2, 2 + Number(count));
  expect(entries[0]).toBe('0000000000 65535 f ');
  entries.slice(1).forEach((e, i) => {
    expect(e).toMatch(/^\d{10} 00000 n $/);
    const offset = Number(e.slice(0, 10));
    expect(text.slice(offset).startsWith(`${i + 1} 0 obj\n`)).toBe(true);
  });
  expect(/trailer\n<< \/Size (\d+) \/Root 1 0 R/.exec(text)?.[1]).toBe(count);
  // The content stream's declared length is its real length.
  const stream = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(text);
  expect(stream?.[2]?.length).toBe(Number(stream?.[1]));
  return text;
}

describe('LOA PDF', () => {
  it('is a well-formed PDF 1.4 whose xref offsets point at each object', () => {
    const text = checkPdf(loaPdf(fields));
    for (const v of [
      'demo-lhr-01',
      'lhr',
      'Demo Interconnect Hall LHR1',
      'London, United Kingdom',
      fields.slotId,
      '10G',
      '2026-06-01',
    ]) {
      expect(text).toContain(v);
    }
    // Parentheses and backslashes in names are escaped, so the text strings stay balanced.
    expect(text).toContain('Example \\(UK\\) Ltd \\\\ Ops');
  });

  it('wraps a 200-character name and replaces characters Helvetica cannot show', () => {
    const text = checkPdf(loaPdf({ ...fields, holder: `Zoë ${'W'.repeat(196)}` }));
    expect(text).toContain('(Zo?');
    expect(text).not.toMatch(/[^\x09\x0a\x0d\x20-\x7e]/);
    const ws = (text.match(/\((W+)\) Tj/g) ?? []).map((l) => l.length - '() Tj'.length);
    expect(ws.length).toBeGreaterThan(2);
    // W is about 0.95 em: at 11 pt at most ~37 fit the value column's 392 pt.
    for (const n of ws) expect(n).toBeLessThanOrEqual(48);
  });

  it('is what the LOA endpoint serves', async () => {
    const res = await standin().request(`${CNI}/interconnects/demo-fra-01/loa`);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="loa-demo-fra-01.pdf"',
    );
    checkPdf(new Uint8Array(await res.arrayBuffer()));
  });
});
