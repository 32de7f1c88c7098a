/**
 * The exported result file: what was asked, when, and the API's whole answer, so it can be opened
 * again later (or by a colleague) in the same views without calling the API. Opening checks the
 * file with the same schema as a live response and says what is wrong with a file that does not fit.
 */
import * as z from 'zod/mini';
import './schema-messages';
import {
  tracerouteRequestSchema,
  tracerouteResultSchema,
  type TracerouteRequest,
  type TracerouteResult,
} from './traceroute-schema';

const EXPORT_FORMAT = 'routedeck-traceroute';
const EXPORT_VERSION = 1;

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  /** ISO time the answer arrived. */
  ranAt: z.string(),
  request: tracerouteRequestSchema,
  result: tracerouteResultSchema,
});

export type TracerouteExport = z.infer<typeof exportSchema>;

export function makeExport(
  request: TracerouteRequest,
  result: TracerouteResult,
  ranAt: Date,
): TracerouteExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    ranAt: ranAt.toISOString(),
    request,
    result,
  };
}

/** A file name that sorts by time and says what ran, e.g. traceroute-2025-09-01T1200Z-8.8.8.8.json. */
export function exportFileName(e: TracerouteExport): string {
  const when = e.ranAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const first = (e.request.targets[0] ?? 'result').replace(/[^a-z0-9.-]/gi, '_');
  const more = e.request.targets.length > 1 ? `-and-${e.request.targets.length - 1}-more` : '';
  return `traceroute-${when}Z-${first}${more}.json`;
}

export type ParsedExport = { ok: true; file: TracerouteExport } | { ok: false; reason: string };

export function parseExport(text: string): ParsedExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON.' };
  }
  if (
    !json ||
    typeof json !== 'object' ||
    (json as { format?: unknown }).format !== EXPORT_FORMAT
  ) {
    return {
      ok: false,
      reason: `The file is not a routedeck traceroute export (it has no "format": "${EXPORT_FORMAT}").`,
    };
  }
  const r = exportSchema.safeParse(json);
  if (r.success) return { ok: true, file: r.data };
  const issue = r.error.issues[0];
  const where = issue?.path.length ? issue.path.map(String).join('.') : '(top level)';
  return {
    ok: false,
    reason: `The file does not fit the export format at ${where}: ${issue?.message ?? 'invalid'}.`,
  };
}
