/**
 * Checks stand-in responses against `openapi-subset.json`, the machine-readable contract. A small
 * walker instead of a full JSON Schema library: it covers what the subset uses ($ref, allOf,
 * oneOf/anyOf, type, nullable, required, properties, items, enum, minimum/maximum) and reports
 * every mismatch with its JSON path, so a failing test says which field drifted.
 */
import { expect } from 'vitest';
import spec from './openapi-subset.json';

type Schema = Record<string, unknown>;

const asSchema = (v: unknown): Schema => (v && typeof v === 'object' ? (v as Schema) : {});

function deref(s: Schema): Schema {
  let cur = s;
  while (typeof cur.$ref === 'string') {
    const parts = cur.$ref.replace(/^#\//, '').split('/');
    let node: unknown = spec;
    for (const p of parts) node = asSchema(node)[p];
    if (!node) throw new Error(`Unresolved $ref ${cur.$ref}`);
    cur = asSchema(node);
  }
  return cur;
}

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'array':
      return Array.isArray(v);
    case 'object':
      return !!v && typeof v === 'object' && !Array.isArray(v);
    default:
      return typeof v === type;
  }
}

/** Returns the list of mismatches between `value` and `schema` (empty when it conforms). */
function schemaErrors(schemaIn: unknown, value: unknown, at = '$'): string[] {
  const s = deref(asSchema(schemaIn));
  if (value === null)
    return s.nullable === true || s.type === undefined ? [] : [`${at}: null is not allowed`];
  const errors: string[] = [];
  if (Array.isArray(s.allOf))
    for (const sub of s.allOf) errors.push(...schemaErrors(sub, value, at));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const alts = s[key];
    if (Array.isArray(alts) && !alts.some((alt) => schemaErrors(alt, value, at).length === 0)) {
      errors.push(`${at}: matches none of the ${key} alternatives`);
    }
  }
  if (typeof s.type === 'string' && !typeOk(s.type, value)) {
    return [...errors, `${at}: expected ${s.type}, got ${JSON.stringify(value)?.slice(0, 60)}`];
  }
  if (Array.isArray(s.enum) && !s.enum.includes(value))
    errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum)
      errors.push(`${at}: below minimum ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum)
      errors.push(`${at}: above maximum ${s.maximum}`);
  }
  if (Array.isArray(value) && s.items) {
    value.forEach((item, i) => errors.push(...schemaErrors(s.items, item, `${at}[${i}]`)));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    if (Array.isArray(s.required)) {
      for (const r of s.required as string[])
        if (!(r in obj)) errors.push(`${at}.${r}: required but missing`);
    }
    const props = asSchema(s.properties);
    for (const [k, sub] of Object.entries(props)) {
      if (k in obj && obj[k] !== undefined) errors.push(...schemaErrors(sub, obj[k], `${at}.${k}`));
    }
  }
  return errors;
}

/** The response schema of an operation, e.g. `responseSchema('get', '/radar/entities/asns/{asn}', '200')`. */
function responseSchema(method: string, path: string, status = '200'): Schema {
  const op = asSchema(asSchema(asSchema(spec.paths)[path])[method.toLowerCase()]);
  const responses = asSchema(op.responses);
  const res = asSchema(responses[status] ?? responses[`${status[0]}XX`]);
  const schema = asSchema(asSchema(asSchema(res.content)['application/json']).schema);
  if (Object.keys(schema).length === 0)
    throw new Error(`No JSON schema for ${method} ${path} ${status}`);
  // The 4XX schemas are allOf(success collection, failure), which no body can satisfy
  // (`success` must be both true and false): the failure half is the part that describes errors.
  const failure = Array.isArray(schema.allOf)
    ? (schema.allOf as Schema[]).find((s) => String(s.$ref).endsWith('-failure'))
    : undefined;
  return failure ?? schema;
}

/** Asserts that `body` conforms to the operation's schema for `status`, listing every mismatch. */
export function expectMatchesContract(method: string, path: string, body: unknown, status = '200') {
  expect(schemaErrors(responseSchema(method, path, status), body)).toEqual([]);
}
