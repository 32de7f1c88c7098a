/**
 * Links from a CNI into routedeck's routing pages: the customer AS to `/asn/<asn>`, extra prefixes
 * to `/prefix/<cidr>`. Plain text when those pages are not in this build, so nothing leads to a 404.
 */
import { AppLink } from '../../components/layout/AppLink';
import { useRouteExists } from '../../components/layout/useRouteExists';

export function AsnLink({ asn }: { asn: number }) {
  const href = `/asn/${asn}`;
  const exists = useRouteExists(href);
  const text = <span className="font-mono">AS{asn}</span>;
  return exists ? (
    <AppLink href={href} className="text-accent underline">
      {text}
    </AppLink>
  ) : (
    text
  );
}

export function PrefixLinks({ prefixes }: { prefixes: readonly string[] }) {
  const exists = useRouteExists('/prefix/192.0.2.0/24');
  return (
    <span className="inline-flex flex-wrap gap-x-2">
      {prefixes.map((p) =>
        exists ? (
          <AppLink key={p} href={`/prefix/${p}`} className="font-mono text-accent underline">
            {p}
          </AppLink>
        ) : (
          <span key={p} className="font-mono">
            {p}
          </span>
        ),
      )}
    </span>
  );
}
