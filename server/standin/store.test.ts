import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateStore } from './store';
import { ADDRESSING, standin, tempDir } from './fixture.test-helper';

type Counters = Record<string, number>;
const onDisk = (dir: string, name: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));

describe('StateStore', () => {
  it('creates the directory, seeds on first run and loads the saved state afterwards', async () => {
    const dir = path.join(tempDir(), 'nested', 'state');
    const a = StateStore.open<Counters>(dir, 'c', 1, () => ({ seeded: 1 }));
    expect(onDisk(dir, 'c')).toEqual({ version: 1, data: { seeded: 1 } });
    await a.mutate((s) => void (s.x = 2));
    const b = StateStore.open<Counters>(dir, 'c', 1, () => ({ seeded: 99 }));
    expect(b.get()).toEqual({ seeded: 1, x: 2 });
  });

  it('reseeds when the saved state has another version', async () => {
    const dir = tempDir();
    await StateStore.open<Counters>(dir, 'c', 1, () => ({ old: 1 })).mutate((s) => void (s.y = 1));
    expect(StateStore.open<Counters>(dir, 'c', 2, () => ({ fresh: 1 })).get()).toEqual({
      fresh: 1,
    });
  });

  it('loses none of 20 concurrent mutations of different fields', async () => {
    const dir = tempDir();
    const store = StateStore.open<Counters>(dir, 'c', 1, () => ({}));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.mutate(async (s) => {
          s[`f${i}`] = i;
        }),
      ),
    );
    const expected = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, i]));
    expect(store.get()).toEqual(expected);
    expect(onDisk(dir, 'c').data).toEqual(expected);
  });

  it('writes nothing when a mutation throws, and keeps serving later ones', async () => {
    const dir = tempDir();
    const store = StateStore.open<Counters>(dir, 'c', 1, () => ({ a: 1 }));
    await expect(
      store.mutate((s) => {
        s.a = 2;
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(store.get()).toEqual({ a: 1 });
    expect(onDisk(dir, 'c').data).toEqual({ a: 1 });
    await store.mutate((s) => void (s.b = 3));
    expect(onDisk(dir, 'c').data).toEqual({ a: 1, b: 3 });
  });

  it('replaces the file atomically: no temporary file is left and the file always parses', async () => {
    const dir = tempDir();
    const store = StateStore.open<Counters>(dir, 'c', 1, () => ({}));
    const writes = Array.from({ length: 30 }, (_, i) => store.mutate((s) => void (s[`k${i}`] = i)));
    // Read while the writes run: a reader must never see a half-written file.
    for (let i = 0; i < 30; i++) {
      expect(() => onDisk(dir, 'c')).not.toThrow();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(writes);
    expect(fs.readdirSync(dir)).toEqual(['c.json']);
  });

  it('refuses to start on a corrupt state file instead of erasing it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'c.json'), '{"version":1,"data":');
    expect(() => StateStore.open(dir, 'c', 1, () => ({}))).toThrow(
      /not valid JSON.*fix or delete it/,
    );
  });
});

describe('stand-in state through the API', () => {
  async function demoBgpPrefixes(s: ReturnType<typeof standin>) {
    const prefixes = (await s.json(`${ADDRESSING}/prefixes`)).body.result as { id: string }[];
    const all: { prefixId: string; id: string; on_demand: { on_demand_locked: boolean } }[] = [];
    for (const p of prefixes) {
      const list = (await s.json(`${ADDRESSING}/prefixes/${p.id}/bgp/prefixes`)).body.result;
      for (const b of list) all.push({ prefixId: p.id, ...b });
    }
    return all;
  }

  it('lands all of 20 concurrent PATCHes of different fields and prefixes, and keeps them after a restart', async () => {
    const s = standin();
    const bgp = await demoBgpPrefixes(s);
    const patches = Array.from({ length: 20 }, (_, i) => {
      const b = bgp[i % bgp.length]!;
      const body =
        i < bgp.length
          ? { asn_prepend_count: (i % 3) + 1 }
          : { auto_advertise_withdraw: i % 2 === 0 };
      return { b, body };
    });
    const results = await Promise.all(
      patches.map(({ b, body }) =>
        s.send('PATCH', `${ADDRESSING}/prefixes/${b.prefixId}/bgp/prefixes/${b.id}`, body),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(patches.map(() => 200));
    // The last PATCH per prefix and field wins; every field must hold its value.
    const expected = new Map<string, Record<string, unknown>>();
    for (const { b, body } of patches) expected.set(b.id, { ...expected.get(b.id), ...body });
    const again = standin({ stateDir: s.opts.stateDir });
    for (const b of await demoBgpPrefixes(again)) expect(b).toMatchObject(expected.get(b.id)!);
  });
});
