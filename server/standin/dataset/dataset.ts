/**
 * All stand-in data, loaded lazily once per process and shared by every stand-in instance in it
 * (tests create many). Each part loads on first use, so a Radar relationship query does not pay
 * for the prefix table.
 */
import type { VrpIndex } from '../../../src/lib/rpki';
import type { BlockIndex } from './lpm';
import * as load from './load';

function lazy<T>(f: () => T): () => T {
  let v: { value: T } | undefined;
  return () => (v ??= { value: f() }).value;
}

export const data = {
  graph: lazy(load.loadGraph),
  names: lazy(load.loadNames),
  origins: lazy<{ v4: BlockIndex; v6: BlockIndex }>(load.loadOrigins),
  vrps: lazy<VrpIndex>(load.loadVrps),
  communities: lazy(load.loadCommunities),
  collectors: lazy(load.loadCollectors),
  colos: lazy(load.loadColos),
};

/** Loads everything now (server start, benchmarks). */
export function loadAll(): void {
  for (const part of Object.values(data)) part();
}
