/**
 * The markup a screen reader and the keyboard see, rendered to HTML (no DOM library is installed);
 * the keyboard behaviour in a browser is covered by e2e/prefix.spec.ts.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { tabIndexAfterKey, Tabs } from './Tabs';

const TABS = [
  { value: 'a', label: 'Alpha (3)' },
  { value: 'b', label: 'Beta' },
  { value: 'c', label: 'Gamma' },
] as const;

/** Each element's attributes by tag order, from the rendered HTML. */
function elements(html: string) {
  const doc = [...html.matchAll(/<(\w+)([^>]*)>/g)];
  return doc.map(([, tag, attrs]) => ({
    tag,
    attrs: Object.fromEntries(
      [...(attrs ?? '').matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k, v ?? '']),
    ),
  }));
}

function render(value: 'a' | 'b' | 'c') {
  const html = renderToStaticMarkup(
    <Tabs label="View" tabs={TABS} value={value} onChange={() => {}}>
      <p>content of {value}</p>
    </Tabs>,
  );
  const els = elements(html);
  return {
    html,
    list: els.find((e) => e.attrs.role === 'tablist'),
    tabs: els.filter((e) => e.attrs.role === 'tab'),
    panels: els.filter((e) => e.attrs.role === 'tabpanel'),
  };
}

describe('Tabs markup', () => {
  it('labels the list and shows each tab with its text', () => {
    const { list, tabs, html } = render('a');
    expect(list?.attrs['aria-label']).toBe('View');
    expect(tabs.map((t) => t.tag)).toEqual(['button', 'button', 'button']);
    expect(html).toContain('>Alpha (3)</button>');
    expect(html).toContain('>Beta</button>');
  });

  it('selects and puts in the tab order only the current tab', () => {
    const { tabs } = render('b');
    expect(tabs.map((t) => t.attrs['aria-selected'])).toEqual(['false', 'true', 'false']);
    expect(tabs.map((t) => t.attrs.tabindex)).toEqual(['-1', '0', '-1']);
  });

  it('ties every tab to its panel both ways, and shows only the selected panel', () => {
    const { tabs, panels, html } = render('c');
    expect(panels).toHaveLength(3);
    tabs.forEach((tab, i) => {
      const panel = panels.find((p) => p.attrs.id === tab.attrs['aria-controls']);
      expect(panel, `panel of tab ${i}`).toBeDefined();
      expect(panel?.attrs['aria-labelledby']).toBe(tab.attrs.id);
    });
    expect(new Set(tabs.map((t) => t.attrs.id)).size).toBe(3);
    expect(panels.map((p) => 'hidden' in p.attrs)).toEqual([true, true, false]);
    expect(panels[2]?.attrs.tabindex).toBe('0');
    expect(html).toContain('<p>content of c</p>');
  });
});

describe('tabIndexAfterKey', () => {
  it('moves right and left, wrapping at both ends', () => {
    expect(tabIndexAfterKey('ArrowRight', 0, 3)).toBe(1);
    expect(tabIndexAfterKey('ArrowRight', 2, 3)).toBe(0);
    expect(tabIndexAfterKey('ArrowLeft', 1, 3)).toBe(0);
    expect(tabIndexAfterKey('ArrowLeft', 0, 3)).toBe(2);
  });

  it('goes to the ends with Home and End, and ignores other keys', () => {
    expect(tabIndexAfterKey('Home', 2, 3)).toBe(0);
    expect(tabIndexAfterKey('End', 0, 3)).toBe(2);
    expect(tabIndexAfterKey('ArrowDown', 0, 3)).toBeUndefined();
    expect(tabIndexAfterKey('Enter', 0, 3)).toBeUndefined();
  });
});
