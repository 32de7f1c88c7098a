import { createFileRoute } from '@tanstack/react-router';
import { TraceroutePage } from '../features/traceroute/TraceroutePage';
import { tracerouteSearchSchema, type TracerouteSearch } from '../features/traceroute/search';

// The form lives in the URL; the loader warms nothing, because a link must never start a run.
export const Route = createFileRoute('/traceroute')({
  validateSearch: tracerouteSearchSchema,
  component: TracerouteRoute,
});

function TracerouteRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <TraceroutePage
      search={search}
      setSearch={(s: TracerouteSearch) => void navigate({ search: s, replace: true })}
    />
  );
}
