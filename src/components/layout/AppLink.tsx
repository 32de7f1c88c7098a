/**
 * A router link to a concrete path such as `/asn/13335`. TanStack's typed `to` only accepts route
 * templates of routes that already exist; the shell links to pages that may land later, so this
 * takes a plain path, and the router still resolves it (preload on intent, client navigation).
 */
import { Link } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, ReactNode } from 'react';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  href: string;
  children: ReactNode;
};

export function AppLink({ href, children, ...rest }: Props) {
  return (
    <Link to={href as '/'} {...rest}>
      {children}
    </Link>
  );
}
