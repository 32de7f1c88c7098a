/**
 * The stand-in's persistent state: one JSON file per API area under `opts.stateDir`.
 *
 * - Loaded synchronously at start (createStandin is synchronous) and seeded on first run.
 * - Every mutation runs through one promise queue per file, on a copy of the state, so two
 *   concurrent PATCHes never read the same old state and overwrite each other's change.
 * - A write goes to a temporary file that is fsynced and then renamed over the old one: rename is
 *   atomic on POSIX file systems, so a crash mid-write leaves either the old or the new file.
 * - A mutation that throws, or leaves the copy unchanged (a refused request), writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';

interface Envelope<T> {
  version: number;
  data: T;
}

export class StateStore<T> {
  private state: T;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly file: string;
  private readonly version: number;

  private constructor(file: string, version: number, state: T) {
    this.file = file;
    this.version = version;
    this.state = state;
  }

  /**
   * Opens `<dir>/<name>.json`, seeding it with `seed()` when it does not exist or holds an older
   * `version` (the demo data changed shape; demo state is not worth a migration).
   */
  static open<T>(dir: string, name: string, version: number, seed: () => T): StateStore<T> {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name}.json`);
    removeStaleTemps(dir, name);
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (text !== undefined) {
      let parsed: Envelope<T>;
      try {
        parsed = JSON.parse(text) as Envelope<T>;
      } catch (e) {
        // Writes are atomic, so this is a hand edit or disk damage: refuse rather than erase it.
        throw new Error(
          `Stand-in state file ${file} is not valid JSON (${(e as Error).message}); fix or delete it.`,
        );
      }
      if (parsed.version === version) return new StateStore(file, version, parsed.data);
    }
    const store = new StateStore(file, version, seed());
    writeAtomicSync(file, serialise(version, store.state));
    return store;
  }

  /** The current state. Treat it as read-only: change it through `mutate`. */
  get(): T {
    return this.state;
  }

  /**
   * Runs `fn` on a copy of the state after every earlier mutation has finished, then persists the
   * copy if `fn` changed it. Resolves with `fn`'s result once the state is on disk.
   */
  mutate<R>(fn: (draft: T) => R): Promise<R> {
    const run = async () => {
      const draft = structuredClone(this.state);
      const result = fn(draft);
      const before = JSON.stringify(this.state);
      if (JSON.stringify(draft) !== before) {
        await writeAtomic(this.file, serialise(this.version, draft));
        this.state = draft;
      }
      return result;
    };
    const next = this.queue.then(run, run);
    // Keep the queue alive after a failed mutation; the caller still sees the rejection.
    this.queue = next.catch(() => undefined);
    return next;
  }
}

const serialise = <T>(version: number, data: T) => JSON.stringify({ version, data }, null, 1);

function tempName(file: string) {
  return `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
}

/** Temp files left by a crash mid-write; recent ones may belong to another live stand-in. */
function removeStaleTemps(dir: string, name: string) {
  for (const f of fs.readdirSync(dir)) {
    if (!f.startsWith(`${name}.json.`) || !f.endsWith('.tmp')) continue;
    const full = path.join(dir, f);
    if (Date.now() - fs.statSync(full).mtimeMs > 60_000) fs.rmSync(full, { force: true });
  }
}

function writeAtomicSync(file: string, text: string) {
  const tmp = tempName(file);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

async function writeAtomic(file: string, text: string) {
  const tmp = tempName(file);
  const handle = await fs.promises.open(tmp, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(tmp, file);
}
