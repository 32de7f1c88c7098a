/**
 * In demo mode the data is real but not live and the account is a demo one: say so on every page,
 * and credit the data sources as their licences ask (DB-IP wants a visible link).
 */
import { useQuery } from '@tanstack/react-query';
import { sessionQuery, type Attribution } from '../../api/session';

function Credit({ a }: { a: Attribution }) {
  const text = a.text ?? a.name;
  return a.url ? (
    <a href={a.url} target="_blank" rel="noreferrer" className="underline underline-offset-2">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}

export function DemoBanner() {
  // Not suspending: the banner must never hold up or take down the page under it.
  const { data } = useQuery(sessionQuery());
  if (!data || data.mode !== 'demo') return null;
  return (
    <aside
      aria-label="Demo mode"
      className="border-b border-status-warn/40 bg-status-warn/10 px-4 py-2 text-sm"
    >
      <p className="mx-auto max-w-7xl">
        <strong className="font-semibold">Demo mode:</strong> no Cloudflare token is set, so a
        built-in stand-in answers from real routing data shipped with routedeck (not live) and a
        demo account.
        {data.attributions.length > 0 ? (
          <>
            {' '}
            Data:{' '}
            {data.attributions.map((a, i) => (
              <span key={a.name}>
                {i > 0 ? ' · ' : ''}
                <Credit a={a} />
              </span>
            ))}
            .
          </>
        ) : null}
      </p>
    </aside>
  );
}
