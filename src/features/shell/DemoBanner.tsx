/**
 * In demo mode the data is real but not live and the account is a demo one: say so on every page,
 * and credit the data sources as their licences ask (DB-IP wants a visible link, so the short
 * credit lines stay visible and only the details fold away).
 */
import { useQuery } from '@tanstack/react-query';
import { sessionQuery, type DataSource } from '../../api/session';

/** A source's own credit line when it is short (e.g. "IP Geolocation by DB-IP"), else its name. */
const creditText = (s: DataSource) => (s.attribution.length < 30 ? s.attribution : s.name);

const link = 'underline underline-offset-2 hover:text-accent';

export function DemoBanner() {
  // Not suspending: the banner must never hold up or take down the page under it.
  const { data } = useQuery(sessionQuery());
  if (!data || data.mode !== 'demo') return null;
  return (
    <aside
      aria-label="Demo mode"
      className="border-b border-status-warn/40 bg-status-warn/10 text-sm"
    >
      <div className="mx-auto max-w-7xl px-4 py-2">
        <p>
          <strong className="font-semibold">Demo mode:</strong> no Cloudflare token is set, so a
          built-in stand-in answers for a demo account from real routing data shipped with routedeck
          (snapshots, not live).
        </p>
        {data.dataSources.length > 0 ? (
          <>
            <p className="mt-1">
              Data:{' '}
              {data.dataSources.map((s, i) => (
                <span key={s.name}>
                  {i > 0 ? ' · ' : ''}
                  <a href={s.url} target="_blank" rel="noreferrer" className={link}>
                    {creditText(s)}
                  </a>
                </span>
              ))}
            </p>
            <details className="mt-1">
              <summary className="cursor-pointer text-ink-muted">Sources and licences</summary>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {data.dataSources.map((s) => (
                  <li key={s.name}>
                    <span className="font-medium">{s.name}</span>: {s.description} Licence:{' '}
                    {s.licence}. Credit: {s.attribution}.
                  </li>
                ))}
              </ul>
            </details>
          </>
        ) : null}
      </div>
    </aside>
  );
}
