import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyElementDiff } from './diff';

const node = (id: string, x = 0, extra: Record<string, unknown> = {}): ElementDefinition => ({
  data: { id, ...extra },
  position: { x, y: 0 },
});
const edge = (id: string, source: string, target: string): ElementDefinition => ({
  data: { id, source, target },
});

describe('applyElementDiff', () => {
  it('adds edges listed before their nodes', () => {
    const cy = cytoscape({ headless: true });
    const { stats } = applyElementDiff(cy, new Map(), [edge('e', 'a', 'b'), node('a'), node('b')]);
    expect(stats.added).toBe(3);
    expect(cy.edges().length).toBe(1);
  });

  it('removes what is gone, updates what changed and keeps untouched elements', () => {
    const cy = cytoscape({ headless: true });
    const a = node('a', 0, { label: 'A', note: 'x' });
    const first = applyElementDiff(cy, new Map(), [a, node('b'), node('c'), edge('e', 'a', 'b')]);
    const kept = cy.getElementById('c');

    const next = [
      { ...node('a', 50, { label: 'A2' }), classes: 'selected' },
      node('b'),
      node('c'),
      node('d'),
    ];
    const { stats } = applyElementDiff(cy, first.applied, next);

    expect(stats).toEqual({ added: 1, removed: 1, updated: 1 });
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(cy.edges().length).toBe(0);
    const live = cy.getElementById('a');
    expect(live.data('label')).toBe('A2');
    expect(live.data('note')).toBeUndefined();
    expect(live.position('x')).toBe(50);
    expect(live.hasClass('selected')).toBe(true);
    // Same cytoscape element object: it was updated in place, not re-created.
    expect(cy.getElementById('c')).toBeTruthy();
    expect(cy.getElementById('c').same(kept)).toBe(true);
  });

  it('refuses elements without an id', () => {
    const cy = cytoscape({ headless: true });
    expect(() => applyElementDiff(cy, new Map(), [{ data: {} }])).toThrow(/data.id/);
  });
});
