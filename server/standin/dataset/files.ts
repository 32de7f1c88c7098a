/**
 * Reading the shipped datasets. Files are read whole and split once: at 16 MB for the largest,
 * that is faster than streaming line by line and the text is dropped as soon as it is parsed.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `server/standin/data`, also when the server is bundled (STANDIN_DATA_DIR overrides it). */
export function dataDir(): string {
  if (process.env.STANDIN_DATA_DIR) return process.env.STANDIN_DATA_DIR;
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data');
}

function readText(file: string): string {
  const buf = readFileSync(path.join(dataDir(), file));
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/** Data lines of a file, without the header row and `#` comments. */
export function dataLines(file: string, hasHeader: boolean): string[] {
  const lines = readText(file).split('\n');
  const out = lines.slice(hasHeader ? 1 : 0).filter((l) => l !== '' && !l.startsWith('#'));
  return out;
}

/** Splits one CSV line with RFC 4180 quoting (the collector list quotes "LINX, LONAP"). */
export function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** CSV rows as objects keyed by the header. */
export function readCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = readText(file)
    .split('\n')
    .filter((l) => l.trim() !== '');
  // CRLF files: the last header cell would otherwise keep its \r (the colos CSV's `lon`).
  const keys = splitCsv((header ?? '').replace(/\r$/, ''));
  return rows.map((r) => {
    const cells = splitCsv(r.replace(/\r$/, ''));
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']));
  });
}
