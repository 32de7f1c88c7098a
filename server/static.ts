/**
 * Serving the built SPA (production only). Vite names everything under /assets/ by content hash,
 * so those can be cached for a year; index.html must always be revalidated so a new build is seen.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The directory holding package.json, from server/*.ts under tsx as well as from dist/server/*.mjs. */
export function projectRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

export function mountStatic<E extends Env>(app: Hono<E>, dir: string): void {
  const indexFile = path.join(dir, 'index.html');
  const files = serveStatic({ root: dir });
  app.use('*', async (c, next) => {
    let missing = false;
    const res = await files(c, async () => {
      missing = true;
    });
    if (missing || !res) return next();
    res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    return res;
  });
  // Client-side routes (/asn/13335, /prefix/1.1.1.0/24) are URLs people paste: answer them with
  // the SPA. A missing hashed asset stays a 404, so a stale page fails loudly instead of parsing HTML as JS.
  app.get('*', (c) => {
    if (c.req.path.startsWith('/assets/') || !existsSync(indexFile)) return c.notFound();
    c.header('Cache-Control', REVALIDATE);
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
