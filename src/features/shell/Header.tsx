/**
 * Header: name, sections, search and theme. Below the lg breakpoint the sections fold into a menu
 * button so the header fits a 375 px phone; search stays visible on every width (on the overview,
 * the page's own search box takes its place).
 */
import { useEffect, useState } from 'react';
import { useLocation } from '@tanstack/react-router';
import { AppLink } from '../../components/layout/AppLink';
import { SearchBox } from '../../components/ui/SearchBox';
import { NavLinks, useNavSections } from './NavLinks';
import { ThemeSwitcher } from './ThemeSwitcher';

export function Header() {
  const hasSections = useNavSections().length > 0;
  const pathname = useLocation({ select: (l) => l.pathname });
  // The menu is open for one page: any navigation (back/forward included) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (o: boolean) => setOpenOn(o ? pathname : null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpenOn(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <header className="border-b border-line bg-surface-raised">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <AppLink href="/" className="flex items-center gap-2 rounded font-semibold tracking-tight">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>routedeck</span>
        </AppLink>
        <nav aria-label="Sections" className="hidden lg:block">
          <NavLinks />
        </nav>
        {/* The overview has its own large search box: one on a page is enough. */}
        {pathname === '/' ? null : (
          <div className="order-last w-full md:order-none md:ml-auto md:w-72">
            <SearchBox shortcut />
          </div>
        )}
        <div className={`ml-auto flex items-center gap-2 ${pathname === '/' ? '' : 'md:ml-0'}`}>
          <ThemeSwitcher />
          {hasSections ? (
            <button
              type="button"
              className="rounded-md border border-line px-3 py-1.5 text-sm lg:hidden"
              aria-expanded={open}
              aria-controls="mobile-nav"
              onClick={() => setOpen(!open)}
            >
              <span aria-hidden="true">{open ? '✕ ' : '☰ '}</span>
              Menu
            </button>
          ) : null}
        </div>
      </div>
      {open ? (
        <nav
          id="mobile-nav"
          aria-label="Sections"
          className="border-t border-line px-4 py-2 lg:hidden"
        >
          <NavLinks vertical onNavigate={() => setOpen(false)} />
        </nav>
      ) : null}
    </header>
  );
}
