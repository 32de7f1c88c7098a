import { createFileRoute } from '@tanstack/react-router';
import { warmPrefixPage } from '../features/prefix/data';
import { PrefixPage } from '../features/prefix/PrefixPage';
import { prefixSearchSchema, type PrefixSearch } from '../features/prefix/search';
import { resolveTarget } from '../features/prefix/target';

// A splat, because a CIDR contains a slash: /prefix/1.1.1.0/24 and /prefix/2606:4700::/32.
export const Route = createFileRoute('/prefix/$')({
  validateSearch: prefixSearchSchema,
  // Bad input is refused by the page before any request: the loader warms nothing for it.
  loader: ({ context: { queryClient }, params }) =>
    warmPrefixPage(queryClient, resolveTarget(params._splat ?? '')),
  component: PrefixRoute,
});

function PrefixRoute() {
  const { _splat } = Route.useParams();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const onSearch = (patch: Partial<PrefixSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  return <PrefixPage target={resolveTarget(_splat ?? '')} search={search} onSearch={onSearch} />;
}
