/**
 * The three edits a BGP prefix takes, in words, and the change journal read out of the server's
 * audit log. Pure, so the words a confirmation shows and the journal's Revert are tested.
 */
import type { AuditEntry } from '../../api/audit';
import { bgpPrefixSchema, type BgpPrefix, type BgpPrefixEdit } from '../../api/addressing';
import { SAME_CHANGE_MS, closestChange } from './same-change';

export type EditKind = 'advertise' | 'withdraw' | 'prepend' | 'auto';

export function editKind(e: BgpPrefixEdit): EditKind {
  if ('on_demand' in e) return e.on_demand.advertised ? 'advertise' : 'withdraw';
  return 'asn_prepend_count' in e ? 'prepend' : 'auto';
}

export function describeEdit(e: BgpPrefixEdit, cidr: string): string {
  if ('on_demand' in e) return `${e.on_demand.advertised ? 'Advertise' : 'Withdraw'} ${cidr}`;
  if ('asn_prepend_count' in e)
    return `Prepend Cloudflare's ASN ${e.asn_prepend_count}× on ${cidr}`;
  return `Turn auto advertise/withdraw ${e.auto_advertise_withdraw ? 'on' : 'off'} for ${cidr}`;
}

/** The one-field body routedeck sends; anything else (or more than one field) is not ours to replay. */
export function parseEdit(body: unknown): BgpPrefixEdit | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const keys = Object.keys(body);
  if (keys.length !== 1) return null;
  const b = body as Record<string, unknown>;
  const od = b.on_demand as Record<string, unknown> | undefined;
  if (od && typeof od.advertised === 'boolean' && Object.keys(od).length === 1) {
    return { on_demand: { advertised: od.advertised } };
  }
  const n = b.asn_prepend_count;
  if (n === 0 || n === 1 || n === 2 || n === 3) return { asn_prepend_count: n };
  if (typeof b.auto_advertise_withdraw === 'boolean') {
    return { auto_advertise_withdraw: b.auto_advertise_withdraw };
  }
  return null;
}

/** The edit that puts back what `before` had for the field `edit` changed. */
export function revertOf(edit: BgpPrefixEdit, before: BgpPrefix | null): BgpPrefixEdit | null {
  if (!before) return null;
  if ('on_demand' in edit) {
    const was = before.on_demand?.advertised;
    return typeof was === 'boolean' ? { on_demand: { advertised: was } } : null;
  }
  if ('asn_prepend_count' in edit) {
    const n = before.asn_prepend_count;
    return n === 0 || n === 1 || n === 2 || n === 3 ? { asn_prepend_count: n } : null;
  }
  const auto = before.auto_advertise_withdraw;
  return typeof auto === 'boolean' ? { auto_advertise_withdraw: auto } : null;
}

export interface JournalEntry {
  key: string;
  time: number;
  prefixId: string;
  bgpPrefixId: string;
  edit: BgpPrefixEdit;
  status: number;
  ok: boolean;
  cfRay: string | null;
  user: string | null;
  mode: string;
  before: BgpPrefix | null;
  after: BgpPrefix | null;
  /** How the change ended, as the browser that followed it told the server; null if none did. */
  verdict: { text: string; user: string | null } | null;
}

const PATCH_PATH = /\/accounts\/[^/]+\/addressing\/prefixes\/([^/]+)\/bgp\/prefixes\/([^/?]+)/;

const asBgp = (v: unknown): BgpPrefix | null => {
  const r = bgpPrefixSchema.safeParse(v);
  return r.success ? r.data : null;
};

interface ServerVerdict {
  path: string;
  kind: string;
  changeTime: number;
  text: string;
  user: string | null;
}

function verdictsOf(entries: AuditEntry[]): ServerVerdict[] {
  return entries.flatMap((e) => {
    const b = e.method === 'VERDICT' ? (e.body as Record<string, unknown> | null) : null;
    const changeTime = Date.parse(typeof b?.changeTime === 'string' ? b.changeTime : '');
    if (!b || typeof b.text !== 'string' || Number.isNaN(changeTime)) return [];
    const kind = typeof b.kind === 'string' ? b.kind : '';
    return [{ path: e.path, kind, changeTime, text: b.text, user: e.user ?? null }];
  });
}

/** The verdict on a change: same BGP prefix and kind, the closest in time (newest on a tie). */
function verdictFor(all: ServerVerdict[], path: string, edit: BgpPrefixEdit, time: number) {
  if (!('on_demand' in edit)) return null;
  const kind = edit.on_demand.advertised ? 'advertise' : 'withdraw';
  const mine = all.filter((v) => v.path === path && v.kind === kind);
  const best = closestChange(mine, time, (v) => v.changeTime);
  return best && { text: best.text, user: best.user };
}

/** BGP prefix PATCHes from the audit log, newest first, refused ones included. */
export function journalOf(entries: AuditEntry[]): JournalEntry[] {
  const verdicts = verdictsOf(entries);
  const out: JournalEntry[] = [];
  for (const e of entries) {
    const m = e.method === 'PATCH' ? PATCH_PATH.exec(e.path) : null;
    const edit = m ? parseEdit(e.body) : null;
    const time = Date.parse(e.time);
    if (!m || !edit || Number.isNaN(time)) continue;
    out.push({
      key: `${e.time}|${e.path}|${out.length}`,
      time,
      prefixId: decodeURIComponent(m[1]!),
      bgpPrefixId: decodeURIComponent(m[2]!),
      edit,
      status: e.status,
      ok: e.status >= 200 && e.status < 300,
      cfRay: e.cfRay ?? null,
      user: e.user ?? null,
      mode: e.mode,
      before: asBgp(e.before),
      after: asBgp(e.result),
      verdict: e.status >= 200 && e.status < 300 ? verdictFor(verdicts, e.path, edit, time) : null,
    });
  }
  return out.sort((a, b) => b.time - a.time);
}

export interface LastChange {
  kind: EditKind;
  at: number;
}

/**
 * The change to verify after a reload, from the server only: the newest accepted journal entry,
 * unless `advertised_modified_at` is newer (a change made outside routedeck).
 */
export function lastChange(bgp: BgpPrefix, journal: JournalEntry[]): LastChange | null {
  const mine = journal.find((j) => j.bgpPrefixId === bgp.id && j.ok);
  const modified = Date.parse(bgp.on_demand?.advertised_modified_at ?? '');
  const advertised = bgp.on_demand?.advertised;
  const fromPrefix: LastChange | null =
    Number.isNaN(modified) || typeof advertised !== 'boolean'
      ? null
      : { kind: advertised ? 'advertise' : 'withdraw', at: modified };
  const fromJournal: LastChange | null = mine ? { kind: editKind(mine.edit), at: mine.time } : null;
  if (!fromJournal) return fromPrefix;
  if (!fromPrefix) return fromJournal;
  // The journal's time is when the server logged the answer, a moment after Cloudflare's stamp.
  const sameChange =
    fromJournal.kind === fromPrefix.kind &&
    Math.abs(fromJournal.at - fromPrefix.at) < SAME_CHANGE_MS;
  if (sameChange) return fromPrefix;
  return fromPrefix.at > fromJournal.at ? fromPrefix : fromJournal;
}
