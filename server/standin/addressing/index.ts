/**
 * BYOIP addressing (CONTRACT section 4): IP prefixes, their BGP prefixes, and the deprecated
 * whole-prefix `bgp/status`. Everything answers in the v4 envelope. The same state feeds
 * `view`, through which Radar's simulation sees what the Internet carries of each prefix.
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { StandinOptions } from '../../config';
import type { ByoipView } from '../context';
import { fail, ok, readJson, type CfMessage } from '../envelope';
import { isOtherAccount, WRONG_ACCOUNT } from '../auth';
import { StateStore } from '../store';
import { DEMO_VRPS, seedAddressing, type AddressingState } from './seed';
import { observeBgpPrefixes } from './timeline';
import { bgpPrefixJson, prefixJson, wholePrefixBgp } from './present';
import {
  checkBgpPrefixCreate,
  checkBgpPrefixPatch,
  checkStatusPatch,
  CODE_NOT_FOUND,
} from './validate';
import {
  applyPatch,
  createBgpPrefix,
  deleteBgpPrefix,
  notFoundOutcome,
  stateOutcome,
  type Outcome,
} from './mutations';

const STATE_VERSION = 1;

export function createAddressing(
  opts: StandinOptions,
  now: () => number,
): { routes: Hono; view: ByoipView } {
  const store = StateStore.open<AddressingState>(opts.stateDir, 'addressing', STATE_VERSION, () =>
    seedAddressing(now()),
  );
  const routes = new Hono();

  const notFound = (c: Context, what: string) =>
    fail(c, 404, { code: CODE_NOT_FOUND, message: `${what} not found.` });
  const respond = <T>(c: Context, o: Outcome<T>, render: (v: T) => Response) =>
    o.ok ? render(o.value) : fail(c, o.status as ContentfulStatusCode, o.errors);
  const refuse = (c: Context, errors: CfMessage[]) => fail(c, 400, errors);

  routes.use('*', async (c, next) =>
    isOtherAccount(c, opts.accountId) ? fail(c, 403, WRONG_ACCOUNT) : next(),
  );

  routes.get('/prefixes', (c) => {
    const state = store.get();
    const result = state.prefixes.map((p) => prefixJson(state, p, opts.accountId));
    return ok(c, result, {
      page: 1,
      per_page: Math.max(result.length, 25),
      count: result.length,
      total_count: result.length,
    });
  });

  routes.get('/prefixes/:prefix_id', (c) => {
    const state = store.get();
    const p = state.prefixes.find((x) => x.id === c.req.param('prefix_id'));
    return p ? ok(c, prefixJson(state, p, opts.accountId)) : notFound(c, 'IP prefix');
  });

  routes.get('/prefixes/:prefix_id/bgp/prefixes', (c) => {
    const state = store.get();
    const id = c.req.param('prefix_id');
    if (!state.prefixes.some((p) => p.id === id)) return notFound(c, 'IP prefix');
    const result = state.bgpPrefixes.filter((b) => b.prefix_id === id).map(bgpPrefixJson);
    return ok(c, result, {
      page: 1,
      per_page: Math.max(result.length, 25),
      count: result.length,
      total_count: result.length,
    });
  });

  routes.post('/prefixes/:prefix_id/bgp/prefixes', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const checked = checkBgpPrefixCreate(body.body);
    if (!checked.ok) return refuse(c, checked.errors);
    const out = await store.mutate((s) =>
      createBgpPrefix(s, c.req.param('prefix_id'), checked.value, now()),
    );
    return respond(c, out, (b) => ok(c, bgpPrefixJson(b)));
  });

  routes.get('/prefixes/:prefix_id/bgp/prefixes/:bgp_prefix_id', (c) => {
    const b = store
      .get()
      .bgpPrefixes.find(
        (x) => x.prefix_id === c.req.param('prefix_id') && x.id === c.req.param('bgp_prefix_id'),
      );
    return b ? ok(c, bgpPrefixJson(b)) : notFound(c, 'BGP prefix');
  });

  routes.patch('/prefixes/:prefix_id/bgp/prefixes/:bgp_prefix_id', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const checked = checkBgpPrefixPatch(body.body);
    if (!checked.ok) return refuse(c, checked.errors);
    const { prefix_id, bgp_prefix_id } = c.req.param();
    const out = await store.mutate((s) => {
      const b = s.bgpPrefixes.find((x) => x.prefix_id === prefix_id && x.id === bgp_prefix_id);
      return b
        ? applyPatch(b, checked.value, now(), opts.timeScale)
        : notFoundOutcome('BGP prefix');
    });
    return respond(c, out, (b) => ok(c, bgpPrefixJson(b)));
  });

  routes.delete('/prefixes/:prefix_id/bgp/prefixes/:bgp_prefix_id', async (c) => {
    const { prefix_id, bgp_prefix_id } = c.req.param();
    const out = await store.mutate((s) => deleteBgpPrefix(s, prefix_id, bgp_prefix_id));
    return respond(c, out, () => c.json({ success: true, errors: [], messages: [] }));
  });

  const statusJson = (state: AddressingState, prefixId: string) => {
    const p = state.prefixes.find((x) => x.id === prefixId);
    const whole = p && wholePrefixBgp(state, p);
    return p
      ? {
          advertised: whole?.advertised ?? false,
          advertised_modified_at: whole?.advertised_modified_at ?? null,
        }
      : null;
  };

  routes.get('/prefixes/:prefix_id/bgp/status', (c) => {
    const status = statusJson(store.get(), c.req.param('prefix_id'));
    return status ? ok(c, status) : notFound(c, 'IP prefix');
  });

  routes.patch('/prefixes/:prefix_id/bgp/status', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const checked = checkStatusPatch(body.body);
    if (!checked.ok) return refuse(c, checked.errors);
    const prefixId = c.req.param('prefix_id');
    const out = await store.mutate((s) => {
      const p = s.prefixes.find((x) => x.id === prefixId);
      if (!p) return notFoundOutcome('IP prefix');
      const whole = wholePrefixBgp(s, p);
      if (!whole) {
        return stateOutcome(
          `${p.cidr} has no BGP prefix of the same size: advertise its BGP prefixes instead.`,
        );
      }
      return applyPatch(whole, { advertised: checked.value }, now(), opts.timeScale);
    });
    return respond(c, out, () => ok(c, statusJson(store.get(), prefixId)));
  });

  const view: ByoipView = {
    observe: (cidr, at) => observeBgpPrefixes(store.get().bgpPrefixes, cidr, at, opts.timeScale),
    vrps: () => DEMO_VRPS,
  };
  return { routes, view };
}
