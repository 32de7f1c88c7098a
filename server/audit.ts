/**
 * The audit log: one JSON line per mutation in `<stateDir>/audit.log`, written (and fsynced) before
 * the response goes back, so a change Cloudflare accepted is on disk even if the server dies a
 * moment later. It never holds credentials: only what the browser sent and what came back.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Mode } from './config';

export interface AuditEntry {
  time: string;
  mode: Mode;
  method: string;
  /** Path under /client/v4, with its query. */
  path: string;
  /** The request body as parsed JSON (raw text when it was not JSON; null when empty). */
  body: unknown;
  /** Status the upstream (or the stand-in) answered; 502/504 when it did not. */
  status: number;
  cfRay: string | null;
  /** The basic-auth user who made the change; absent when the server has no sign-in. */
  user?: string;
  /** BGP prefix PATCHes: the prefix before the change (null if it could not be read) and the `result` after. */
  before?: unknown;
  result?: unknown;
}

export const auditFile = (stateDir: string) => path.join(stateDir, 'audit.log');

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
}

/** Appends are chained so concurrent mutations never interleave half-lines. */
export function createAuditLog(stateDir: string): AuditLog {
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

/** Parses a request body for the log: JSON when it is JSON, else the text, else null. */
export function auditBody(bytes: Uint8Array | undefined): unknown {
  if (!bytes || bytes.byteLength === 0) return null;
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
