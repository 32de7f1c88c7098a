/**
 * The WAI-ARIA tabs pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/), controlled: the caller
 * owns the selected tab (pages keep it in the URL, so a view can be shared) and renders only the
 * selected panel's content as children.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface TabItem<T extends string> {
  value: T;
  /** The visible text, which is also the tab's accessible name (e.g. "Routes (29)"). */
  label: ReactNode;
}

interface TabsProps<T extends string> {
  /** The tablist's accessible name. */
  label: string;
  tabs: readonly TabItem<T>[];
  value: T;
  onChange: (value: T) => void;
  /** The selected tab's panel content. */
  children: ReactNode;
}

/**
 * Where a key moves the selection among `count` tabs from `index`; undefined for other keys.
 * Left/Right wrap around, Home/End go to the ends.
 */
export function tabIndexAfterKey(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

export function Tabs<T extends string>({ label, tabs, value, onChange, children }: TabsProps<T>) {
  const id = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tabId = (v: T) => `${id}-tab-${v}`;
  const panelId = (v: T) => `${id}-panel-${v}`;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = tabs.findIndex((t) => t.value === value);
    const next = tabIndexAfterKey(e.key, current, tabs.length);
    const tab = next === undefined ? undefined : tabs[next];
    if (next === undefined || !tab) return;
    // Home/End would otherwise scroll the page.
    e.preventDefault();
    // Focus moves at once; the selection follows when the caller's state (the URL) updates.
    buttons.current[next]?.focus();
    if (tab.value !== value) onChange(tab.value);
  };

  return (
    <>
      <div
        role="tablist"
        aria-label={label}
        className="mb-3 flex flex-wrap gap-x-1 border-b border-line"
        onKeyDown={onKeyDown}
      >
        {tabs.map((t, i) => {
          const selected = t.value === value;
          return (
            <button
              key={t.value}
              ref={(el) => {
                buttons.current[i] = el;
              }}
              id={tabId(t.value)}
              role="tab"
              type="button"
              aria-selected={selected}
              aria-controls={panelId(t.value)}
              // One tab stop for the whole list: the arrow keys move within it.
              tabIndex={selected ? 0 : -1}
              className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${selected ? 'border-accent text-ink' : 'border-transparent text-ink-muted hover:text-ink'}`}
              onClick={() => {
                if (!selected) onChange(t.value);
              }}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      {/* A panel per tab, the unselected ones empty and hidden, so every tab's aria-controls names
          an element. The selected panel is always a tab stop: its content is often a loading
          skeleton or a graph canvas before (or instead of) anything focusable, and the stop lets
          a keyboard user reach the panel's start right after the tabs. */}
      {tabs.map((t) =>
        t.value === value ? (
          <div
            key={t.value}
            id={panelId(t.value)}
            role="tabpanel"
            aria-labelledby={tabId(t.value)}
            tabIndex={0}
          >
            {children}
          </div>
        ) : (
          <div
            key={t.value}
            id={panelId(t.value)}
            role="tabpanel"
            aria-labelledby={tabId(t.value)}
            hidden
          />
        ),
      )}
    </>
  );
}
