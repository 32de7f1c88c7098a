/**
 * Query and path validation for the Radar routes, answering Radar's 400 (code 2001) with the
 * reason the browser gives for the same input (src/lib/asn.ts, src/lib/prefix.ts).
 */
import type { Context } from 'hono';
import { parseAsn } from '../../../src/lib/asn';
import { parsePrefix, type Prefix } from '../../../src/lib/prefix';
import { radarFail } from '../envelope';

export type Checked<T> = { ok: true; value: T } | { ok: false; response: Response };

const bad = (c: Context, message: string): { ok: false; response: Response } => ({
  ok: false,
  response: radarFail(c, 400, message),
});

/** Radar paths and params take plain digits; `AS13335` is browser convenience, not API input. */
export function asnParam(c: Context, raw: string | undefined, name: string): Checked<number> {
  const text = (raw ?? '').trim();
  const parsed = parseAsn(text);
  if (!parsed.ok) return bad(c, `${name}: ${parsed.reason}`);
  if (!/^\d+$/.test(text)) return bad(c, `${name}: "${text}" must be an integer.`);
  return { ok: true, value: parsed.value };
}

export function prefixParam(c: Context, raw: string | undefined): Checked<Prefix> {
  if (raw === undefined || raw.trim() === '')
    return bad(c, 'prefix: a prefix such as 1.1.1.0/24 is required.');
  const parsed = parsePrefix(raw);
  return parsed.ok ? { ok: true, value: parsed.value } : bad(c, `prefix: ${parsed.reason}`);
}

/** `format` is JSON or CSV in any case (the spec says upper, the docs write lower). */
export function formatParam(c: Context): Checked<'json' | 'csv'> {
  const raw = (c.req.query('format') ?? 'json').trim().toLowerCase();
  if (raw === 'json' || raw === 'csv') return { ok: true, value: raw };
  return bad(c, `format: "${c.req.query('format')}" must be JSON or CSV.`);
}

export function intParam(
  c: Context,
  name: string,
  def: number,
  min: number,
  max: number,
): Checked<number> {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return { ok: true, value: def };
  if (!/^-?\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    return bad(c, `${name}: "${raw}" must be an integer from ${min} to ${max}.`);
  }
  return { ok: true, value: Number(raw) };
}

export function boolParam(c: Context, name: string): Checked<boolean> {
  const raw = (c.req.query(name) ?? 'false').trim().toLowerCase();
  if (raw === 'true' || raw === 'false') return { ok: true, value: raw === 'true' };
  return bad(c, `${name}: "${c.req.query(name)}" must be true or false.`);
}
