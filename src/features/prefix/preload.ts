/**
 * The realtime-routes request the prefix page is about to make, worked out from the page's path
 * alone, so index.html can start it (`<link rel="preload" as="fetch">`) while the JavaScript is
 * still loading; the app's own fetch of the same URL then takes the preloaded response instead of
 * asking again. Wired up in vite.config.ts through scripts/vite-route-preload.ts.
 *
 * The build inlines this function's source into index.html, so it must stay self-contained: no
 * imports, no helpers, no inner named functions. It only recognises a canonical IPv4 prefix and
 * returns null for anything else (an address, IPv6, host bits set, leading zeros, a typo), where
 * the page simply fetches as usual: a guess that differed from the page's own request would cost
 * a second request against the API. preload.test.ts checks the URL against the page's request.
 */
export function realtimePreloadUrl(pathname: string): string | null {
  const m = /^\/prefix\/((?:0|[1-9]\d{0,2})(?:\.(?:0|[1-9]\d{0,2})){3})\/(0|[1-9]\d?)$/.exec(
    pathname,
  );
  if (!m || !m[1] || !m[2]) return null;
  const octets = m[1].split('.').map(Number);
  const length = Number(m[2]);
  if (length > 32 || octets.some((o) => o > 255)) return null;
  const value = octets.reduce((n, o) => n * 256 + o, 0);
  if (value % 2 ** (32 - length) !== 0) return null;
  const query = new URLSearchParams({ prefix: `${m[1]}/${length}` });
  return `/client/v4/radar/bgp/routes/realtime?${query.toString()}`;
}
