/**
 * The theme's colours for cytoscape, which draws on a canvas and cannot read CSS variables itself:
 * read from the `--rd-*` custom properties on <html> and re-read when the theme class changes, so
 * graphs follow light and dark mode. Shared by every graph page.
 */
import { useSyncExternalStore } from 'react';

export interface GraphColors {
  ink: string;
  muted: string;
  surface: string;
  line: string;
  accent: string;
  warn: string;
  provider: string;
  peer: string;
  customer: string;
  other: string;
}

function readColors(): GraphColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(`--rd-${name}`).trim();
  return {
    ink: v('ink'),
    muted: v('ink-muted'),
    surface: v('surface-raised'),
    line: v('line'),
    accent: v('accent'),
    warn: v('status-warn'),
    provider: v('rel-provider'),
    peer: v('rel-peer'),
    customer: v('rel-customer'),
    other: v('rpki-unknown'),
  };
}

// useSyncExternalStore needs the same object while nothing changed.
let cached: { key: string; colors: GraphColors } | null = null;
function snapshot(): GraphColors {
  const key = document.documentElement.className;
  if (cached?.key !== key) cached = { key, colors: readColors() };
  return cached.colors;
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

/** The theme's colours, re-read when the theme class on <html> changes. */
export function useGraphColors(): GraphColors {
  return useSyncExternalStore(subscribe, snapshot);
}
