/**
 * The Cloudflare Worker entry: the same app as the Node server (server/app-core.ts) with the
 * change journal in D1 and Cloudflare Access in front. wrangler.jsonc routes /api/* and
 * /client/v4/* here first; every other path is the built SPA from the assets binding.
 */
import type { ExecutionContext, Hono } from 'hono';
import { createAppCore } from '../server/app-core';
import type { AccessEnv } from '../server/host-guard';
import { GUARD_CODES, cfError } from '../server/proxy/errors';
import { upstreamFromFetch } from '../server/proxy/upstream';
import { d1Journal } from '../server/storage/d1';
import { cloudflareAccess } from './access';
import { accessVerifier } from './access-jwt';
import { type WorkerEnv, WorkerConfigError, workerConfig } from './config';

const API_PATHS = ['/api/', '/client/v4/'];
const log = (line: string) => console.log(line);

/** One app per isolate: vars and secrets do not change while it lives, and the JWKS cache stays. */
let built: { env: WorkerEnv; app: Hono<AccessEnv> } | undefined;

function appFor(env: WorkerEnv): Hono<AccessEnv> {
  if (built?.env === env) return built.app;
  const config = workerConfig(env);
  // workerd refuses fetch called as a method of another object ("Illegal invocation"), which is
  // how the forwarder and the verifier call it: hand them wrappers.
  const verify =
    config.access && accessVerifier({ ...config.access, fetch: (i, n) => fetch(i, n) });
  const app = createAppCore(config.server, {
    upstream: upstreamFromFetch((input, init) => fetch(input, init)),
    journal: d1Journal(env.DB),
    access: cloudflareAccess({
      verify,
      writers: config.writers,
      writerGroups: config.writerGroups,
      log,
    }),
    log,
  });
  built = { env, app };
  return app;
}

export default {
  fetch(req: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response> {
    const { pathname } = new URL(req.url);
    if (!API_PATHS.some((p) => pathname.startsWith(p))) return env.ASSETS.fetch(req);
    let app;
    try {
      app = appFor(env);
    } catch (e) {
      if (!(e instanceof WorkerConfigError)) throw e;
      log(`routedeck: ${e.message}`);
      return cfError(503, GUARD_CODES.internal, `routedeck is not configured: ${e.message}`);
    }
    return app.fetch(req, env, ctx);
  },
};
