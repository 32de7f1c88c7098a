/**
 * The change journal (audit log): one entry per mutation, written before the response goes back.
 * Two implementations behind this interface: a JSON-lines file on Node (server/audit.ts) and a D1
 * table on Workers (server/storage/d1.ts). Nothing here may import a Node module: the Worker
 * bundle includes this file.
 */
import type { Mode } from '../config';

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
  /** Who made the change: the basic-auth user (Node) or the Access e-mail (Workers). */
  user?: string;
  /** BGP prefix PATCHes: the prefix before the change (null if it could not be read) and the `result` after. */
  before?: unknown;
  result?: unknown;
}

export interface Journal {
  /** Resolves once the entry is durable (fsynced file, committed D1 row). */
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  read(opts: { limit: number }): Promise<AuditEntry[]>;
}

/** Parses a request body for the journal: JSON when it is JSON, else the text, else null. */
export function auditBody(bytes: Uint8Array | undefined): unknown {
  if (!bytes || bytes.byteLength === 0) return null;
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
