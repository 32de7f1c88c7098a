/**
 * The stand-in's resolver: well-known names whose addresses are public and stable (root servers
 * from root-servers.org, public resolvers from their operators). Anything else does not resolve.
 */
const KNOWN_HOSTS: Record<string, string> = {
  'one.one.one.one': '1.1.1.1',
  'dns.google': '8.8.8.8',
  'dns.quad9.net': '9.9.9.9',
  'a.root-servers.net': '198.41.0.4',
  'f.root-servers.net': '192.5.5.241',
  'k.root-servers.net': '193.0.14.129',
  'm.root-servers.net': '202.12.27.33',
};

export function resolve(target: string): string | null {
  return KNOWN_HOSTS[target.toLowerCase().replace(/\.$/, '')] ?? null;
}
