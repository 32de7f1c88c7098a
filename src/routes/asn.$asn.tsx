import { createFileRoute } from '@tanstack/react-router';
import { asnInfoQuery, asnRelsQuery } from '../api/radar-asns';
import { parseAsn } from '../lib/asn';
import { AsnPage } from '../features/asn/AsnPage';
import { asnSearchSchema, type AsnSearch } from '../features/asn/search';

export const Route = createFileRoute('/asn/$asn')({
  validateSearch: asnSearchSchema,
  loaderDeps: ({ search }) => ({ asn2: search.asn2 }),
  // Warm, not await: the page shows its own loading and error states; a bad ASN fetches nothing.
  loader: ({ params, deps, context: { queryClient } }) => {
    const asn = parseAsn(params.asn);
    if (!asn.ok) return;
    void queryClient.prefetchQuery(asnRelsQuery(asn.value));
    void queryClient.prefetchQuery(asnInfoQuery(asn.value));
    if (deps.asn2 !== undefined) void queryClient.prefetchQuery(asnRelsQuery(asn.value, deps.asn2));
  },
  component: AsnRoute,
});

function AsnRoute() {
  const { asn } = Route.useParams();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <AsnPage
      asnParam={asn}
      search={search}
      setSearch={(patch: Partial<AsnSearch>) =>
        void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
      }
      openAsn={(next) =>
        void navigate({ to: '/asn/$asn', params: { asn: String(next) }, search: {} })
      }
    />
  );
}
