import { Outlet } from '@tanstack/react-router';
import { DemoBanner } from './DemoBanner';
import { Header } from './Header';
import { SearchNote } from './SearchNote';

export function AppShell() {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent px-3 py-2 text-accent-ink focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <Header />
      <DemoBanner />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none"
      >
        <SearchNote />
        <Outlet />
      </main>
    </div>
  );
}
