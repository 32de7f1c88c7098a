/**
 * `format=csv` answers: one header row, then one row per item; arrays are joined with spaces and
 * nested objects flattened with dots (Radar does not document its CSV columns; see CONTRACT.md 7).
 */
import type { Context } from 'hono';

type Row = Record<string, unknown>;

function flatten(row: Row, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(row)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(v)) out[key] = v.join(' ');
    else if (v && typeof v === 'object') flatten(v as Row, key, out);
    else out[key] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function toCsv(rows: Row[], columns?: string[]): string {
  const flat = rows.map((r) => flatten(r));
  const cols = columns ?? [...new Set(flat.flatMap((r) => Object.keys(r)))];
  const lines = [cols.join(','), ...flat.map((r) => cols.map((k) => cell(r[k] ?? '')).join(','))];
  return `${lines.join('\n')}\n`;
}

export function csvResponse(c: Context, rows: Row[], columns?: string[]) {
  return c.body(toCsv(rows, columns), 200, { 'content-type': 'text/csv; charset=utf-8' });
}
