import { useLocation, useRouter } from '@tanstack/react-router';
import { AppLink } from '../../components/layout/AppLink';
import { routeHandles } from '../../components/layout/useRouteExists';
import { NAV_SECTIONS } from './nav';

/** The sections whose pages exist in this build. */
export function useNavSections() {
  const router = useRouter();
  return NAV_SECTIONS.filter((s) => routeHandles(router, s.href));
}

export function NavLinks({
  vertical = false,
  onNavigate,
}: {
  vertical?: boolean;
  onNavigate?: () => void;
}) {
  const sections = useNavSections();
  const pathname = useLocation({ select: (l) => l.pathname });
  return (
    <ul className={vertical ? 'flex flex-col gap-1' : 'flex flex-wrap items-center gap-1'}>
      {sections.map((s) => {
        const current = pathname === s.match || pathname.startsWith(`${s.match}/`);
        return (
          <li key={s.href}>
            <AppLink
              href={s.href}
              onClick={onNavigate}
              aria-current={current ? 'page' : undefined}
              className={`block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap hover:bg-surface-sunken ${
                current ? 'bg-surface-sunken text-accent' : 'text-ink'
              }`}
            >
              {s.label}
            </AppLink>
          </li>
        );
      })}
    </ul>
  );
}
