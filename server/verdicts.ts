/**
 * `POST /api/audit/verdicts`: a browser that followed a BGP prefix change to its end records the
 * verdict in the server's journal, so everyone using this server sees how the change ended, not
 * only the browser that watched it. It changes nothing at Cloudflare, but it writes to the shared
 * journal, so it takes the same guards as a change: same origin, the CSRF header, not read-only.
 */
import type { Context } from 'hono';
import type { ServerConfig } from './config';
import { type AccessEnv, requestHost } from './host-guard';
import { GUARD_CODES, cfError } from './proxy/errors';
import { checkMutationOrigin, readLimitedBody, readOnlyRefusal } from './proxy/guards';
import type { Journal } from './storage/journal';
import type { VerdictRecord } from '../src/lib/verdict-record';

const MAX_TEXT = 1000;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const PHASES = new Set(['converged', 'not-converged']);
const KINDS = new Set(['advertise', 'withdraw']);

/** What is wrong with the body, or the verdict it carries. */
function parse(body: unknown): { ok: true; v: VerdictRecord } | { ok: false; why: string } {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof b.prefixId !== 'string' || !ID.test(b.prefixId))
    return { ok: false, why: 'prefixId must be a prefix identifier' };
  if (typeof b.bgpPrefixId !== 'string' || !ID.test(b.bgpPrefixId))
    return { ok: false, why: 'bgpPrefixId must be a BGP prefix identifier' };
  if (typeof b.kind !== 'string' || !KINDS.has(b.kind))
    return { ok: false, why: 'kind must be "advertise" or "withdraw"' };
  if (typeof b.changeTime !== 'string' || Number.isNaN(Date.parse(b.changeTime)))
    return { ok: false, why: 'changeTime must be an ISO date-time' };
  if (typeof b.phase !== 'string' || !PHASES.has(b.phase))
    return { ok: false, why: 'phase must be "converged" or "not-converged" (a final verdict)' };
  if (typeof b.text !== 'string' || b.text.length === 0 || b.text.length > MAX_TEXT)
    return { ok: false, why: `text must be 1 to ${MAX_TEXT} characters` };
  return { ok: true, v: b as unknown as VerdictRecord };
}

export function verdictHandler(opts: { config: ServerConfig; journal: Journal }) {
  const { config, journal } = opts;
  return async (c: Context<AccessEnv>) => {
    const req = c.req.raw;
    const refused = checkMutationOrigin(req.headers, requestHost(req));
    if (refused) return refused;
    if (config.readOnly) return readOnlyRefusal();
    const reason = c.get('readOnlyReason');
    if (reason) return cfError(403, GUARD_CODES.readOnly, reason);
    const read = await readLimitedBody(req);
    if (!read.ok) return read.response;
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(read.bytes ?? new Uint8Array()));
    } catch {
      return cfError(400, GUARD_CODES.badRequest, 'The verdict must be a JSON object.');
    }
    const parsed = parse(body);
    if (!parsed.ok) return cfError(400, GUARD_CODES.badRequest, `Bad verdict: ${parsed.why}.`);
    const v = parsed.v;
    const entry = {
      time: new Date().toISOString(),
      mode: config.mode,
      // Not an HTTP method: marks the entry as a verdict on the change at `path`.
      method: 'VERDICT',
      path: `/accounts/${config.accountId}/addressing/prefixes/${v.prefixId}/bgp/prefixes/${v.bgpPrefixId}`,
      body: { kind: v.kind, changeTime: v.changeTime, phase: v.phase, text: v.text },
      // Nothing was sent upstream.
      status: 0,
      cfRay: null,
      ...(c.get('user') ? { user: c.get('user') } : {}),
    };
    await journal.append(entry);
    return c.json(entry, 201);
  };
}
