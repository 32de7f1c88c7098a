import { useLocation } from '@tanstack/react-router';
import { AppLink } from '../../components/layout/AppLink';
import { PageHeader } from '../../components/layout/PageHeader';
import { SearchBox } from '../../components/ui/SearchBox';

export function NotFound() {
  const pathname = useLocation({ select: (l) => l.pathname });
  return (
    <div className="max-w-xl">
      <PageHeader
        title="Page not found"
        description={
          <>
            routedeck has no page at <code className="font-mono break-all">{pathname}</code>.
          </>
        }
      />
      <p className="mb-3">Search for an AS number, a prefix or an IP address instead:</p>
      <SearchBox size="lg" />
      <p className="mt-4">
        <AppLink href="/" className="text-accent underline underline-offset-2">
          Go to the overview
        </AppLink>
      </p>
    </div>
  );
}
