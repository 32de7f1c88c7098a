/**
 * CNIs and account settings. Every change runs inside the store's queue, so the name-conflict
 * check and the write see the same state even when requests race.
 */
import type { Context, Hono } from 'hono';
import type { StateStore } from '../store';
import { demoUuid, linkAddress, type CniRecord, type CniState } from './seed';
import { cniFail, cniNotFound, isUuid, paginate, query, readCniJson } from './http';
import { checkCni, cniAsnProblem, CNI_CODE, type CniError } from './validate';

type Result =
  { ok: true; cni: CniRecord } | { ok: false; status: 400 | 404 | 409; error: CniError };

/** Cross-record rules: the interconnect exists, the account is ours, the conduit name is free. */
function crossCheck(
  s: CniState,
  cni: Omit<CniRecord, 'id'>,
  selfId: string | null,
  accountId: string,
): Result | null {
  if (cni.account !== accountId) {
    return {
      ok: false,
      status: 400,
      error: {
        code: CNI_CODE.invalid,
        message: `account must be ${accountId}.`,
        source: { pointer: '/account' },
      },
    };
  }
  if (!s.interconnects.some((i) => i.name === cni.interconnect)) {
    const message = `Interconnect "${cni.interconnect}" does not exist.`;
    return {
      ok: false,
      status: 400,
      error: { code: CNI_CODE.invalid, message, source: { pointer: '/interconnect' } },
    };
  }
  // The conduit name names the Magic tunnel, which must be unique in the account.
  if (s.cnis.some((x) => x.id !== selfId && x.magic.conduit_name === cni.magic.conduit_name)) {
    const message = `Name Conflict: a CNI with conduit name "${cni.magic.conduit_name}" already exists.`;
    return {
      ok: false,
      status: 409,
      error: { code: CNI_CODE.conflict, message, source: { pointer: '/magic/conduit_name' } },
    };
  }
  return null;
}

const respond = (c: Context, r: Result) => (r.ok ? c.json(r.cni) : cniFail(c, r.status, r.error));

export function cniCrudRoutes(routes: Hono, store: StateStore<CniState>, accountId: string) {
  const badId = (c: Context, id: string) =>
    cniFail(c, 400, { code: CNI_CODE.invalid, message: `"${id}" is not a CNI id (a UUID).` });

  routes.get('/cnis', (c) => {
    const slot = query(c, 'slot')?.toLowerCase();
    const tunnel = query(c, 'tunnel_id');
    const state = store.get();
    const slotOf = (name: string) => state.interconnects.find((i) => i.name === name);
    const all = state.cnis.filter((x) => {
      const ic = slotOf(x.interconnect);
      // No tunnel id is exposed anywhere in the contract's objects: match the conduit name.
      return (
        (!slot || (ic?.kind === 'physical' && ic.slot_id === slot)) &&
        (!tunnel || x.magic.conduit_name === tunnel)
      );
    });
    const page = paginate(c, all);
    return page.ok ? c.json(page.body) : page.response;
  });

  routes.get('/cnis/:cni', (c) => {
    const id = c.req.param('cni');
    if (!isUuid(id)) return badId(c, id);
    const found = store.get().cnis.find((x) => x.id === id.toLowerCase());
    return found ? c.json(found) : cniNotFound(c, 'CNI');
  });

  routes.post('/cnis', async (c) => {
    const body = await readCniJson(c);
    if (!body.ok) return body.response;
    const checked = checkCni(body.body, false);
    if (!checked.ok) return cniFail(c, 400, checked.errors);
    const result = await store.mutate((s): Result => {
      const n = s.nextLink;
      const { account, interconnect, magic, bgp } = checked.value;
      const cni: CniRecord = {
        id: demoUuid(`cni:${interconnect}:${Date.now()}:${Math.random()}`),
        account,
        p2p_ip: linkAddress(n, 0),
        cust_ip: linkAddress(n, 1),
        interconnect,
        magic,
        ...(bgp ? { bgp, bgp_mode: 'dynamic_route_exchange' as const } : {}),
      };
      const problem = crossCheck(s, cni, null, accountId);
      if (problem) return problem;
      s.cnis.push(cni);
      s.nextLink = n + 1;
      return { ok: true, cni };
    });
    return respond(c, result);
  });

  routes.put('/cnis/:cni', async (c) => {
    const id = c.req.param('cni');
    if (!isUuid(id)) return badId(c, id);
    const body = await readCniJson(c);
    if (!body.ok) return body.response;
    const checked = checkCni(body.body, true);
    if (!checked.ok) return cniFail(c, 400, checked.errors);
    const cni = checked.value as CniRecord;
    if (cni.id.toLowerCase() !== id.toLowerCase()) {
      return cniFail(c, 400, {
        code: CNI_CODE.invalid,
        message: 'id in the body must match the CNI in the path.',
        source: { pointer: '/id' },
      });
    }
    const result = await store.mutate((s): Result => {
      const i = s.cnis.findIndex((x) => x.id === id.toLowerCase());
      if (i < 0)
        return {
          ok: false,
          status: 404,
          error: { code: CNI_CODE.notFound, message: 'CNI not found' },
        };
      const updated = { ...cni, id: s.cnis[i]!.id };
      const problem = crossCheck(s, updated, updated.id, accountId);
      if (problem) return problem;
      s.cnis[i] = updated;
      return { ok: true, cni: updated };
    });
    return respond(c, result);
  });

  routes.delete('/cnis/:cni', async (c) => {
    const id = c.req.param('cni');
    if (!isUuid(id)) return badId(c, id);
    const removed = await store.mutate((s) => {
      const i = s.cnis.findIndex((x) => x.id === id.toLowerCase());
      if (i >= 0) s.cnis.splice(i, 1);
      return i >= 0;
    });
    // No body schema in the contract: answer an empty JSON object, which every client can parse.
    return removed ? c.json({}) : cniNotFound(c, 'CNI');
  });

  routes.get('/settings', (c) => c.json(store.get().settings));

  routes.put('/settings', async (c) => {
    const body = await readCniJson(c);
    if (!body.ok) return body.response;
    const b = body.body;
    const errors: CniError[] = [];
    if (!b || typeof b !== 'object' || Array.isArray(b)) {
      errors.push({
        code: CNI_CODE.invalid,
        message: 'The request body must be a JSON object.',
        source: { pointer: '' },
      });
    } else {
      for (const k of Object.keys(b)) {
        if (k !== 'default_asn')
          errors.push({
            code: CNI_CODE.unknownField,
            message: `Unknown field "${k}".`,
            source: { pointer: `/${k}` },
          });
      }
      const asn = (b as { default_asn?: unknown }).default_asn;
      const problem = asn === undefined || asn === null ? null : cniAsnProblem('default_asn', asn);
      if (problem)
        errors.push({
          code: CNI_CODE.invalid,
          message: problem,
          source: { pointer: '/default_asn' },
        });
    }
    if (errors.length) return cniFail(c, 400, errors);
    const asn = (b as { default_asn?: number | null }).default_asn;
    // Absent or null leaves the setting as it is: the GET schema requires a number.
    const settings = await store.mutate((s) => {
      if (typeof asn === 'number') s.settings.default_asn = asn;
      return s.settings;
    });
    return c.json(settings);
  });
}
