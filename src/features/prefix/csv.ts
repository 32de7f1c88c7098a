/** CSV of the routes as filtered: one row per route, the path as Radar gives it (prepends kept). */
import type { RouteRow } from './routes-model';

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function routesToCsv(rows: readonly RouteRow[], names: ReadonlyMap<number, string>): string {
  const head = [
    'prefix',
    'collector',
    'peer_asn',
    'peer_name',
    'as_path',
    'origin_asn',
    'communities',
    'timestamp',
  ];
  const lines = rows.map((r) => {
    const origin = r.path[r.path.length - 1];
    return [
      r.prefix,
      r.collector,
      r.peerAsn === null ? '' : String(r.peerAsn),
      r.peerAsn === null ? '' : (names.get(r.peerAsn) ?? ''),
      r.path.join(' '),
      origin === undefined ? '' : String(origin),
      r.communities.map((c) => c.raw).join(' '),
      r.timestamp,
    ]
      .map(cell)
      .join(',');
  });
  // CRLF per RFC 4180, so spreadsheet programs split rows the same way everywhere.
  return [head.join(','), ...lines].join('\r\n') + '\r\n';
}

export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}
