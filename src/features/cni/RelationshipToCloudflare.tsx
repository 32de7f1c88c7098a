/**
 * What the customer AS of a CNI is to Cloudflare (AS13335) in Radar's AS relationship data. A
 * private or documentation ASN is never seen on the public Internet, so it is not looked up.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { asnRelsQuery } from '../../api/radar-asns';
import { asnKind } from '../../lib/asn';
import { describeRelationship } from '../../lib/relationships';

const CLOUDFLARE_ASN = 13335;

const KIND_NOTE = {
  private: 'a private ASN (RFC 6996)',
  documentation: 'a documentation ASN (RFC 5398)',
  reserved: 'a reserved ASN',
} as const;

export function RelationshipToCloudflare({ asn }: { asn: number }) {
  const kind = asnKind(asn);
  if (kind !== 'public') {
    return (
      <p className="text-sm text-ink-muted" data-testid="relationship">
        AS{asn} is {KIND_NOTE[kind]}: it never appears on the public Internet, so it has no public
        relationship with AS{CLOUDFLARE_ASN}.
      </p>
    );
  }
  return <PublicRelationship asn={asn} />;
}

function PublicRelationship({ asn }: { asn: number }) {
  const { data } = useSuspenseQuery(asnRelsQuery(CLOUDFLARE_ASN, asn));
  const rel = data.rels.find((r) => r.asn2 === asn);
  return (
    <p className="text-sm" data-testid="relationship">
      {describeRelationship(`AS${CLOUDFLARE_ASN}`, `AS${asn}`, rel?.rel)}{' '}
      <span className="text-ink-muted">
        (Radar AS relationships, data of {data.meta.data_time.slice(0, 10)})
      </span>
    </p>
  );
}
