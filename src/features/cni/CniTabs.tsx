/** Moves between the three views of the Interconnects section; the header links only the first. */
import { Link, useLocation } from '@tanstack/react-router';

const TABS = [
  { to: '/interconnects', label: 'Interconnects' },
  { to: '/slots', label: 'Slots' },
  { to: '/cnis', label: 'CNIs' },
] as const;

export function CniTabs() {
  const pathname = useLocation({ select: (l) => l.pathname });
  return (
    <nav aria-label="Interconnect views" className="mb-4 border-b border-line">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {TABS.map((t) => {
          const current = pathname === t.to || pathname.startsWith(`${t.to}/`);
          return (
            <li key={t.to}>
              <Link
                to={t.to}
                aria-current={current ? 'page' : undefined}
                className={`block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${
                  current
                    ? 'border-accent text-accent'
                    : 'border-transparent text-ink-muted hover:text-ink'
                }`}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
