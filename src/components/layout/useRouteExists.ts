import { useRouter, type AnyRouter } from '@tanstack/react-router';

/**
 * Whether some page route handles this path. Pages land one by one; links to a page appear as soon
 * as its route file exists, without anyone editing the links. The router matches fuzzily (so that
 * not-found pages render inside layouts), which makes the root and the index route match
 * everything: those do not count as handling a deeper path.
 */
export function routeHandles(router: AnyRouter, href: string): boolean {
  const pathname = href.split(/[?#]/)[0] ?? href;
  const found = router.getMatchedRoutes(pathname)[2];
  if (!found || found.id === '__root__') return false;
  return pathname === '/' || found.id !== '/';
}

export function useRouteExists(href: string): boolean {
  return routeHandles(useRouter(), href);
}
