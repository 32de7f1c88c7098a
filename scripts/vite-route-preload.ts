/**
 * Route-aware modulepreload for the production build. The router splits each route's component
 * into its own chunk and imports it only once the entry bundle has been downloaded, parsed and
 * run: on a cold load that is a second round of requests after the first. This plugin writes a
 * small script into index.html that, before any bundle arrives, matches the page's path against
 * the route files and adds <link rel="modulepreload"> for that route's chunk and the chunks it
 * imports, so they download in parallel with the entry bundle. A wrong guess only costs a fetch.
 */
import type { Plugin } from 'vite';
import { realtimePreloadUrl } from '../src/features/prefix/preload';

/**
 * Per route file, the first API request its page makes, when the path alone says what it is: a
 * function from the path to a URL (or null), inlined into index.html, so it must be self-contained.
 * The app's own fetch of that URL then takes the preloaded response.
 */
const FIRST_REQUEST: Record<string, (pathname: string) => string | null> = {
  'prefix.$': realtimePreloadUrl,
};

/**
 * Requests every page makes before it can render: the root route's loader waits for the session
 * (mode, account, read-only), so without a preload it would start only once the entry has run.
 */
const EVERY_PAGE_REQUESTS = ['/api/session'];

/** `/src/routes/asn.$asn.tsx?tsr-split=component` -> `asn.$asn` (TanStack flat route files). */
const ROUTE_CHUNK = /\/src\/routes\/([^/?]+)\.tsx\?tsr-split=/;

/** `byoip.$prefixId.index` -> ['byoip', '$prefixId']: `$x` is one segment, a bare `$` the rest. */
function segments(routeFile: string): string[] {
  const parts = routeFile.split('.');
  return parts[parts.length - 1] === 'index' ? parts.slice(0, -1) : parts;
}

/** Literal segments first, a splat last, so `/cnis/new` prefers `cnis.new` over `cnis.$id`. */
const specificity = (segs: string[]) =>
  segs.reduce((n, s) => n + (s === '$' ? 0 : s.startsWith('$') ? 1 : 3), 0);

// Runs in the page before the bundles; plain ES5 so it never needs transpiling.
const MATCHER = `(function(routes, always){
  var path = location.pathname.split('/').filter(Boolean);
  function fits(segs) {
    for (var i = 0; i < segs.length; i++) {
      if (segs[i] === '$') return path.length > i;
      if (i >= path.length || (segs[i].charAt(0) !== '$' && segs[i] !== path[i])) return false;
    }
    return path.length === segs.length;
  }
  function preload(rel, href) {
    var link = document.createElement('link');
    link.rel = rel;
    if (rel === 'preload') link.as = 'fetch';
    // Same credentials mode as the app's fetch (same-origin), or the browser will not reuse it.
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  }
  always.forEach(function (href) { preload('preload', href); });
  for (var r = 0; r < routes.length; r++) {
    if (!fits(routes[r][0])) continue;
    var request = routes[r][2] && routes[r][2](location.pathname);
    if (request) preload('preload', request);
    routes[r][1].forEach(function (href) { preload('modulepreload', href); });
    return;
  }
})`;

export function routePreload(): Plugin {
  let base = '/';
  return {
    name: 'routedeck:route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry) return html;
        const chunks = new Map(
          Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c]] : [])),
        );
        const closure = (start: string, into = new Set<string>()) => {
          if (into.has(start)) return into;
          into.add(start);
          for (const dep of chunks.get(start)?.imports ?? []) closure(dep, into);
          return into;
        };
        // The entry's own imports are already preloaded by Vite's tags.
        const loaded = closure(entry.fileName);
        const routes = [...chunks.values()]
          .flatMap((c) => {
            const file = c.facadeModuleId?.match(ROUTE_CHUNK)?.[1];
            if (!file || file === '__root') return [];
            const files = [...closure(c.fileName)].filter((f) => !loaded.has(f));
            return [{ segs: segments(file), files: files.map((f) => base + f), file }];
          })
          .sort((a, b) => specificity(b.segs) - specificity(a.segs))
          .map(({ segs, files, file }) => {
            const request = FIRST_REQUEST[file]?.toString() ?? 'null';
            return `[${JSON.stringify(segs)},${JSON.stringify(files)},${request}]`;
          });
        // First of the page's scripts: before the stylesheet (a parser-inserted script waits for
        // the stylesheets above it, which would hold the preloads back until the CSS has loaded)
        // and before the theme script, whose localStorage read can wait on the browser process in
        // a fresh profile. A function replacer, because the script contains `$'`, which a
        // replacement string expands.
        const always = JSON.stringify(EVERY_PAGE_REQUESTS);
        const script = `<script>${MATCHER}([${routes.join(',')}],${always});</script>\n    `;
        return html.replace('<script', (tag) => script + tag);
      },
    },
  };
}
