/** Downloads: the table as CSV (exactly its rows, in its order) and the graph as PNG. */
import type { Neighbour } from './neighbours';
import { roleName } from './role-label';

const HEADER = ['asn', 'name', 'country', 'relationship', 'rel'];

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet does not run it as a formula. */
function cell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function neighboursCsv(rows: readonly Neighbour[]): string {
  const lines = [HEADER.join(',')];
  for (const n of rows)
    lines.push([n.asn, n.name, n.country, roleName(n), n.rel].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next tick: the click starts the download synchronously in every browser we test.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
