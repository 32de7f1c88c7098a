/**
 * The audit log: one JSON line per mutation in `<stateDir>/audit.log`, written (and fsynced) before
 * the response goes back, so a change Cloudflare accepted is on disk even if the server dies a
 * moment later. It never holds credentials: only what the browser sent and what came back. The
 * entry's shape and the interface it implements are in storage/journal.ts (D1 is the other one).
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuditEntry, Journal } from './storage/journal';

export const auditFile = (stateDir: string) => path.join(stateDir, 'audit.log');

/** The Node journal. Appends are chained so concurrent mutations never interleave half-lines. */
export function createAuditLog(stateDir: string): Journal {
  let queue: Promise<void> = Promise.resolve();
  const write = async (line: string) => {
    await mkdir(stateDir, { recursive: true });
    const fh = await open(auditFile(stateDir), 'a', 0o600);
    try {
      await fh.appendFile(line);
      await fh.sync();
    } finally {
      await fh.close();
    }
  };
  return {
    append(entry) {
      const next = queue.then(() => write(`${JSON.stringify(entry)}\n`));
      queue = next.catch(() => undefined); // one failed write must not block the ones after it
      return next;
    },
    read: (opts) => readAudit(stateDir, opts),
  };
}

/** Newest first. A torn last line (crash mid-append) is skipped rather than failing the reader. */
export async function readAudit(
  stateDir: string,
  { limit }: { limit: number },
): Promise<AuditEntry[]> {
  let text: string;
  try {
    text = await readFile(auditFile(stateDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const entries: AuditEntry[] = [];
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0 && entries.length < limit; i--) {
    const line = lines[i]!.trim();
    if (!line) continue;
    try {
      entries.push(JSON.parse(line) as AuditEntry);
    } catch {
      // partial line from an interrupted write
    }
  }
  return entries;
}
