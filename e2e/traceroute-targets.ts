/**
 * Ten public targets, the most one traceroute runs: from every colo, the largest result the
 * /traceroute page shows. e2e/traceroute.spec.ts checks the structure that keeps that page
 * responsive (a virtualized matrix); bench/traceroute.bench.ts times the same result.
 */
export const TEN_TARGETS = [
  '1.1.1.1',
  '8.8.8.8',
  '9.9.9.9',
  'one.one.one.one',
  'dns.google',
  'dns.quad9.net',
  'a.root-servers.net',
  'f.root-servers.net',
  'k.root-servers.net',
  'm.root-servers.net',
];
