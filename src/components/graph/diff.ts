/**
 * Applies the difference between the elements cytoscape holds and the ones the caller wants,
 * instead of rebuilding the graph: re-adding thousands of elements would redo style and hit-test
 * work and lose the user's zoom. Kept apart from the React component so it can be tested headless.
 */
import type { Core, ElementDefinition } from 'cytoscape';

interface DiffStats {
  added: number;
  removed: number;
  updated: number;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is(a[k], b[k]));
}

function samePosition(a: ElementDefinition['position'], b: ElementDefinition['position']): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y;
}

function classesOf(el: ElementDefinition): string {
  const c = el.classes;
  return Array.isArray(c) ? c.join(' ') : (c ?? '');
}

function idOf(el: ElementDefinition): string {
  const id = el.data.id;
  if (!id) throw new Error('Every graph element needs data.id so it can be diffed.');
  return id;
}

/**
 * Brings `cy` from `prev` (what was last applied, by id) to `next`, in one batch. Returns the map
 * to pass as `prev` next time.
 */
export function applyElementDiff(
  cy: Core,
  prev: ReadonlyMap<string, ElementDefinition>,
  next: readonly ElementDefinition[],
): { applied: Map<string, ElementDefinition>; stats: DiffStats } {
  const applied = new Map<string, ElementDefinition>();
  for (const el of next) applied.set(idOf(el), el);
  const stats: DiffStats = { added: 0, removed: 0, updated: 0 };

  cy.batch(() => {
    for (const id of prev.keys()) {
      if (applied.has(id)) continue;
      const gone = cy.getElementById(id);
      if (gone.nonempty()) {
        gone.remove();
        stats.removed += 1;
      }
    }
    const fresh: ElementDefinition[] = [];
    for (const [id, el] of applied) {
      const before = prev.get(id);
      const live = cy.getElementById(id);
      if (!before || live.empty()) {
        fresh.push(el);
        continue;
      }
      if (before === el) continue;
      let changed = false;
      if (!sameData(before.data, el.data)) {
        const dropped = Object.keys(before.data).filter((k) => !(k in el.data));
        if (dropped.length > 0) live.removeData(dropped.join(' '));
        live.data(el.data);
        changed = true;
      }
      if (el.position && !samePosition(before.position, el.position)) {
        live.position(el.position);
        changed = true;
      }
      if (classesOf(before) !== classesOf(el)) {
        live.classes(classesOf(el));
        changed = true;
      }
      if (changed) stats.updated += 1;
    }
    // Nodes first: an edge can only be added once both of its ends exist.
    fresh.sort((a, b) => Number(Boolean(a.data.source)) - Number(Boolean(b.data.source)));
    if (fresh.length > 0) cy.add(fresh);
    stats.added = fresh.length;
  });
  return { applied, stats };
}
