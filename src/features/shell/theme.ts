/**
 * Light, dark or follow the system. index.html applies the saved choice before first paint with the
 * same key and rule; this module keeps it applied afterwards (including when the system flips).
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';

export type ThemeChoice = 'light' | 'dark' | 'system';
const THEME_KEY = 'routedeck-theme';
const media = () => window.matchMedia('(prefers-color-scheme: dark)');

function read(): ThemeChoice {
  try {
    const v = localStorage.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'system' && media().matches);
  document.documentElement.classList.toggle('dark', dark);
}

const listeners = new Set<() => void>();
function subscribe(fn: () => void) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  const choice = useSyncExternalStore(subscribe, read, () => 'system' as const);

  useEffect(() => {
    apply(choice);
    if (choice !== 'system') return;
    const mq = media();
    const onChange = () => apply('system');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [choice]);

  const set = useCallback((t: ThemeChoice) => {
    try {
      if (t === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, t);
    } catch {
      // Private windows may refuse storage: the choice still applies for this page view.
    }
    apply(t);
    listeners.forEach((l) => l());
  }, []);

  return [choice, set];
}
