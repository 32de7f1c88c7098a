import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { realtimeQuery } from '../../api/radar-routes';
import { realtimePreloadUrl } from './preload';
import { resolveTarget } from './target';

/** The URL the page itself fetches for a path, by running its realtime query against a stub fetch. */
async function pageRequest(pathname: string): Promise<string | null> {
  const target = resolveTarget(decodeURIComponent(pathname.replace(/^\/prefix\//, '')));
  if (target.kind !== 'prefix') return null;
  let url: string | null = null;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      url = input;
      return new Response('{}', { status: 500 });
    }),
  );
  await new QueryClient({ defaultOptions: { queries: { retry: false } } })
    .fetchQuery(realtimeQuery(target.cidr))
    .catch(() => undefined);
  return url;
}

afterEach(() => vi.unstubAllGlobals());

describe('realtimePreloadUrl', () => {
  it.each(['/prefix/1.1.1.0/24', '/prefix/0.0.0.0/0', '/prefix/8.8.8.8/32', '/prefix/200.0.0.0/5'])(
    'preloads exactly what the page fetches for %s',
    async (path) => {
      const url = realtimePreloadUrl(path);
      expect(url).not.toBeNull();
      expect(url).toBe(await pageRequest(path));
    },
  );

  it.each([
    '/prefix/8.8.8.8', // an address: the page asks pfx2as first
    '/prefix/1.2.3.0/33',
    '/prefix/1.2.3.4/24', // host bits set
    '/prefix/01.1.1.0/24', // leading zero
    '/prefix/1.1.1.0/024',
    '/prefix/256.1.1.0/24',
    '/prefix/2606:4700::/32', // IPv6: the page fetches as usual
    '/prefix/1.1.1.0/24/',
    '/asn/13335',
  ])('preloads nothing for %s', (path) => {
    expect(realtimePreloadUrl(path)).toBeNull();
  });

  it('runs on its own, as index.html runs it', () => {
    // The build inlines the source: it must not reach for anything outside the function.
    const standalone = new Function(`return (${realtimePreloadUrl.toString()})`)() as (
      p: string,
    ) => string | null;
    expect(standalone('/prefix/1.1.1.0/24')).toBe(realtimePreloadUrl('/prefix/1.1.1.0/24'));
  });
});
