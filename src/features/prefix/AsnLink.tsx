/** An AS number linked to its relationships page, with its name on hover. */
import { AppLink } from '../../components/layout/AppLink';

export function AsnLink({ asn, names }: { asn: number; names: ReadonlyMap<number, string> }) {
  const name = names.get(asn);
  return (
    <AppLink
      href={`/asn/${asn}`}
      title={name ? `AS${asn} ${name}` : `AS${asn}`}
      className="font-mono text-accent underline-offset-2 hover:underline"
    >
      AS{asn}
    </AppLink>
  );
}
