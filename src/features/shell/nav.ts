/**
 * The header's sections, in order; add an entry for a new section. An entry only shows once some
 * route handles its `href`, so links never lead to a 404 while pages are still landing.
 * `match` is the path prefix that marks the section as the current one.
 */
export interface NavSection {
  label: string;
  /** Where the section link goes: a useful example page. */
  href: string;
  match: string;
}

export const NAV_SECTIONS: readonly NavSection[] = [
  { label: 'AS relationships', href: '/asn/13335', match: '/asn' },
  { label: 'Prefix routes', href: '/prefix/1.1.1.0/24', match: '/prefix' },
  { label: 'BYOIP', href: '/byoip', match: '/byoip' },
  { label: 'Interconnects', href: '/interconnects', match: '/interconnects' },
  { label: 'Traceroute', href: '/traceroute', match: '/traceroute' },
];
