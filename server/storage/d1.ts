/**
 * The change journal in a Cloudflare D1 database (the Worker's). One row per mutation; the columns
 * people filter on (time, user, method, path, status) are real columns, and the whole entry is kept
 * as JSON so `/api/audit` returns exactly what the Node file journal returns.
 */
import type { AuditEntry, Journal } from './journal';

/**
 * The part of the D1 binding this file uses, typed here so the server needs no Workers type
 * package (the binding's full type is @cloudflare/workers-types' D1Database).
 */
export interface D1Like {
  prepare(sql: string): D1Statement;
}
interface D1Statement {
  bind(...values: unknown[]): D1Statement;
  run(): Promise<unknown>;
  all<T>(): Promise<{ results: T[] }>;
}

/** Created on first use, so a fresh `wrangler d1 create` database needs no migration step. */
const JOURNAL_SCHEMA = `CREATE TABLE IF NOT EXISTS journal (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  time TEXT NOT NULL,
  user TEXT,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  status INTEGER NOT NULL,
  entry TEXT NOT NULL
)`;

export function d1Journal(db: D1Like): Journal {
  // Once per isolate; a failure is retried on the next call rather than remembered.
  let schema: Promise<unknown> | undefined;
  const ready = () => {
    schema ??= db
      .prepare(JOURNAL_SCHEMA)
      .run()
      .catch((e: unknown) => {
        schema = undefined;
        throw e;
      });
    return schema;
  };
  return {
    async append(entry) {
      await ready();
      await db
        .prepare(
          'INSERT INTO journal (time, user, method, path, status, entry) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .bind(
          entry.time,
          entry.user ?? null,
          entry.method,
          entry.path,
          entry.status,
          JSON.stringify(entry),
        )
        .run();
    },
    async read({ limit }) {
      await ready();
      const { results } = await db
        .prepare('SELECT entry FROM journal ORDER BY id DESC LIMIT ?')
        .bind(limit)
        .all<{ entry: string }>();
      return results.map((row) => JSON.parse(row.entry) as AuditEntry);
    },
  };
}
