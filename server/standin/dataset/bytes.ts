/**
 * Byte-level scanning of the large files. Splitting 16 MB of text into 700k strings and then into
 * fields costs more than everything else in start-up, so the two biggest files are parsed
 * straight from the decompressed buffer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataDir } from './files';

const NL = 10;
const HASH = 35;
const COLON = 58;

export function readGzBytes(file: string): Buffer {
  return gunzipSync(readFileSync(path.join(dataDir(), file)));
}

/** Calls `fn(start, end)` for each non-empty, non-comment line, skipping `skip` leading lines. */
export function eachLine(
  buf: Buffer,
  skip: number,
  fn: (start: number, end: number) => void,
): void {
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(NL, start);
    if (end < 0) end = buf.length;
    if (skip > 0) skip--;
    else if (end > start && buf[start] !== HASH) fn(start, end);
    start = end + 1;
  }
}

/** A cursor over a buffer; reading numbers advances `pos` without allocating. */
export class Scanner {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  /** Unsigned decimal at `pos`; leaves `pos` on the first non-digit. */
  uint(): number {
    let value = 0;
    for (let c = this.buf[this.pos]!; c >= 48 && c <= 57; c = this.buf[++this.pos]!)
      value = value * 10 + (c - 48);
    return value;
  }

  /** Hexadecimal group at `pos` (IPv6); -1 when there is no hex digit. */
  hex(): number {
    let value = -1;
    for (;;) {
      const c = this.buf[this.pos]! | 0x20;
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
      if (d < 0) return value;
      value = (value < 0 ? 0 : value * 16) + d;
      this.pos++;
    }
  }

  /**
   * IPv6 text from `pos` to `end` into four words at `out[at]`; false if it is not plain
   * colon-hex (embedded IPv4 is not used in the shipped files).
   */
  ipv6(end: number, out: Uint32Array, at: number): boolean {
    const head: number[] = [];
    const tail: number[] = [];
    let cur = head;
    while (this.pos < end) {
      if (this.buf[this.pos] === COLON && this.buf[this.pos + 1] === COLON) {
        if (cur === tail) return false;
        cur = tail;
        this.pos += 2;
        continue;
      }
      if (this.buf[this.pos] === COLON) this.pos++;
      const g = this.hex();
      if (g < 0 || g > 0xffff) return false;
      cur.push(g);
    }
    const zeros = 8 - head.length - tail.length;
    if (zeros < 0 || (cur === head && zeros !== 0)) return false;
    const groups = [...head, ...new Array<number>(zeros).fill(0), ...tail];
    for (let w = 0; w < 4; w++) out[at + w] = (groups[w * 2]! * 65536 + groups[w * 2 + 1]!) >>> 0;
    return true;
  }
}
