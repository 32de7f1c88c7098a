/**
 * Request-body checks for the addressing area. Each refusal names the field with a JSON pointer
 * (`source.pointer`, part of the v4 error item) so the UI can show it next to the control.
 * Cloudflare does not document its addressing error codes, so the codes here are the stand-in's
 * own: 1002 invalid field, 1004 unknown field, 1006 state forbids the change.
 */
import type { CfMessage } from '../envelope';

export const CODE_INVALID = 1002;
const CODE_UNKNOWN_FIELD = 1004;
export const CODE_STATE = 1006;
export const CODE_NOT_FOUND = 1003;

export interface BgpPrefixPatch {
  advertised?: boolean;
  asn_prepend_count?: number;
  auto_advertise_withdraw?: boolean;
}

type Checked<T> = { ok: true; value: T } | { ok: false; errors: CfMessage[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const invalid = (pointer: string, message: string): CfMessage => ({
  code: CODE_INVALID,
  message,
  source: { pointer },
});

function unknownFields(obj: Record<string, unknown>, allowed: string[], at: string): CfMessage[] {
  return Object.keys(obj)
    .filter((k) => !allowed.includes(k))
    .map((k) => ({
      code: CODE_UNKNOWN_FIELD,
      message: `Unknown field "${k}": allowed fields are ${allowed.join(', ')}.`,
      source: { pointer: `${at}/${k}` },
    }));
}

/** PATCH …/bgp/prefixes/{id}: `on_demand.advertised`, `asn_prepend_count`, `auto_advertise_withdraw`. */
export function checkBgpPrefixPatch(body: unknown): Checked<BgpPrefixPatch> {
  if (!isObject(body))
    return { ok: false, errors: [invalid('', 'The request body must be a JSON object.')] };
  const errors = unknownFields(
    body,
    ['on_demand', 'asn_prepend_count', 'auto_advertise_withdraw'],
    '',
  );
  const value: BgpPrefixPatch = {};
  if ('on_demand' in body) {
    const od = body.on_demand;
    if (!isObject(od))
      errors.push(
        invalid('/on_demand', 'on_demand must be an object such as {"advertised": true}.'),
      );
    else {
      errors.push(...unknownFields(od, ['advertised'], '/on_demand'));
      if (typeof od.advertised === 'boolean') value.advertised = od.advertised;
      else if ('advertised' in od)
        errors.push(
          invalid('/on_demand/advertised', 'on_demand.advertised must be true or false.'),
        );
    }
  }
  if ('asn_prepend_count' in body) {
    const n = body.asn_prepend_count;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 3)
      value.asn_prepend_count = n;
    else
      errors.push(
        invalid(
          '/asn_prepend_count',
          `asn_prepend_count must be an integer from 0 to 3, got ${JSON.stringify(n)}.`,
        ),
      );
  }
  if ('auto_advertise_withdraw' in body) {
    const b = body.auto_advertise_withdraw;
    if (typeof b === 'boolean') value.auto_advertise_withdraw = b;
    else
      errors.push(
        invalid('/auto_advertise_withdraw', 'auto_advertise_withdraw must be true or false.'),
      );
  }
  if (errors.length === 0 && Object.keys(value).length === 0) {
    errors.push(
      invalid(
        '',
        'Nothing to change: send on_demand.advertised, asn_prepend_count or auto_advertise_withdraw.',
      ),
    );
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** PATCH …/bgp/status (deprecated): `{ advertised: boolean }`, required. */
export function checkStatusPatch(body: unknown): Checked<boolean> {
  if (!isObject(body))
    return { ok: false, errors: [invalid('', 'The request body must be a JSON object.')] };
  const errors = unknownFields(body, ['advertised'], '');
  if (typeof body.advertised !== 'boolean')
    errors.push(invalid('/advertised', 'advertised is required: true or false.'));
  return errors.length ? { ok: false, errors } : { ok: true, value: body.advertised as boolean };
}

/** POST …/bgp/prefixes: `{ cidr: string }`, required. */
export function checkBgpPrefixCreate(body: unknown): Checked<string> {
  if (!isObject(body))
    return { ok: false, errors: [invalid('', 'The request body must be a JSON object.')] };
  const errors = unknownFields(body, ['cidr'], '');
  if (typeof body.cidr !== 'string')
    errors.push(invalid('/cidr', 'cidr is required, such as "203.0.113.0/25".'));
  return errors.length ? { ok: false, errors } : { ok: true, value: body.cidr as string };
}
