/**
 * Several BGP prefixes at once, the careful way: the count typed by hand, one PATCH at a time, the
 * first one verified on the Internet before the rest are sent, and a stop at the first error.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { editBgpPrefix } from '../../api/addressing';
import { ApiError } from '../../api/client';
import { realtimeQuery } from '../../api/radar-routes';
import { Button } from '../../components/ui/Button';
import { verify, windowFor, type Observation } from '../../lib/verification';
import { useSession, type Row } from './data';
import { blockReason } from './useEdit';
import { toObservation } from './observe';

type Step = { cidr: string; text: string; ok: boolean | null };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function BulkChange({ rows, onDone }: { rows: Row[]; onDone: () => void }) {
  const session = useSession();
  const qc = useQueryClient();
  const [advertise, setAdvertise] = useState(true);
  const [typed, setTyped] = useState('');
  const [steps, setSteps] = useState<Step[]>([]);
  const [running, setRunning] = useState(false);
  if (rows.length === 0 && steps.length === 0) return null;
  const blocked = rows
    .map((r) => ({
      r,
      why: blockReason(r.bgp, 'advertisement', {
        readOnly: session.readOnly,
        readOnlyReason: session.readOnlyReason,
        inFlight: false,
      }),
    }))
    .filter((x) => x.why);
  const log = (s: Step) => setSteps((all) => [...all.filter((x) => x.cidr !== s.cidr), s]);
  const notSent = (from: number) =>
    rows.slice(from).forEach((r) => log({ cidr: r.bgp.cidr, text: 'not sent', ok: null }));

  /**
   * Polls the first prefix's routes until `verify` gives its verdict, on the same windows and the
   * same collector lag as the page: the run never declares a failure the verification would not.
   * A failed read of the routes is retried; only when no usable data came long after the window
   * does the run give up on verifying.
   */
  async function verifyFirst(row: Row, at: number): Promise<{ ok: boolean; text: string }> {
    const kind = advertise ? 'advertise' : 'withdraw';
    const change = { kind, at, expectedOrigin: row.bgp.asn ?? null } as const;
    const series: Observation[] = [];
    const poll = Math.max(500, 30_000 / session.timeScale);
    const giveUp = at + 4 * windowFor(kind, session.timeScale).maxMs + 20 * poll;
    const say = (text: string) => log({ cidr: row.bgp.cidr, text: `accepted; ${text}`, ok: null });
    while (Date.now() < giveUp) {
      await sleep(poll);
      try {
        const data = await qc.fetchQuery({ ...realtimeQuery(row.bgp.cidr), staleTime: 0 });
        series.push(toObservation(row.bgp.cidr, data));
      } catch (e) {
        say(`reading the routes failed (${String(e)}); retrying`);
        continue;
      }
      const v = verify(change, series, Date.now(), session.timeScale);
      if (v.phase !== 'waiting') return { ok: v.phase === 'converged', text: v.text };
      say(`verifying before the rest: ${v.text}`);
    }
    return { ok: false, text: 'no verdict: no usable route data long after the window.' };
  }

  async function run() {
    setRunning(true);
    setSteps([]);
    // The typed count confirmed this run only; the selection left afterwards needs its own.
    setTyped('');
    try {
      for (const [i, row] of rows.entries()) {
        log({ cidr: row.bgp.cidr, text: 'sending…', ok: null });
        try {
          const answer = await editBgpPrefix(session.accountId, row.prefix.id, row.bgp.id, {
            on_demand: { advertised: advertise },
          });
          log({
            cidr: row.bgp.cidr,
            text: `accepted: now ${answer.on_demand?.advertised ? 'advertised' : 'withdrawn'}`,
            ok: true,
          });
          const at = Date.parse(answer.on_demand?.advertised_modified_at ?? '') || Date.now();
          if (i === 0 && rows.length > 1) {
            const v = await verifyFirst(row, at);
            log({
              cidr: row.bgp.cidr,
              text: `accepted; ${v.text}${v.ok ? '' : ' Stopped: the rest were not sent.'}`,
              ok: v.ok,
            });
            if (!v.ok) {
              notSent(i + 1);
              return;
            }
          }
        } catch (e) {
          const msg = e instanceof ApiError ? `HTTP ${e.status}: ${e.message}` : String(e);
          log({
            cidr: row.bgp.cidr,
            text: `refused, not changed (${msg}). Stopped: the rest were not sent.`,
            ok: false,
          });
          notSent(i + 1);
          return;
        }
      }
      onDone();
    } finally {
      setRunning(false);
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['addressing'] }),
        qc.invalidateQueries({ queryKey: ['app', 'audit'] }),
        // The list's observed column is the routes as they were before the run.
        qc.invalidateQueries({ queryKey: ['radar', 'routes-realtime'] }),
      ]);
    }
  }

  const count = String(rows.length);
  return (
    <section
      aria-label="Bulk change"
      className="space-y-2 rounded-md border border-line p-3 text-sm"
    >
      <h3 className="font-semibold">Bulk change of {rows.length} selected BGP prefixes</h3>
      {blocked.length ? (
        <ul className="text-status-bad">
          {blocked.map(({ r, why }) => (
            <li key={r.bgp.id}>
              {r.bgp.cidr}: {why}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col">
          <span className="text-xs text-ink-muted">Action</span>
          <select
            className="rounded-md border border-line bg-surface px-2 py-1"
            value={advertise ? 'a' : 'w'}
            onChange={(e) => setAdvertise(e.target.value === 'a')}
          >
            <option value="a">advertise</option>
            <option value="w">withdraw</option>
          </select>
        </label>
        <label className="flex flex-col">
          <span className="text-xs text-ink-muted">Type {count} to confirm</span>
          <input
            className="w-24 rounded-md border border-line bg-surface px-2 py-1 font-mono"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </label>
        <Button
          variant="primary"
          disabled={running || typed.trim() !== count || blocked.length > 0 || rows.length === 0}
          onClick={() => void run()}
        >
          {advertise ? 'Advertise' : 'Withdraw'} {rows.length} one at a time
        </Button>
      </div>
      <p className="text-ink-muted">
        One request at a time, in this order:{' '}
        {rows.map((r, i) => (
          <span key={r.bgp.id}>
            {i ? ', ' : ''}
            <span className="font-mono whitespace-nowrap">{r.bgp.cidr}</span>
          </span>
        ))}
        . The first is verified on the Internet before the others are sent; the first error stops
        the run.
      </p>
      {/* Always present, so a screen reader announces the first step as well as the rest. */}
      <div role="status">
        {steps.length ? (
          <h4 className="mt-2 font-semibold">{running ? 'Running' : 'Last run'}</h4>
        ) : null}
        {steps.length ? (
          <ol className="space-y-0.5">
            {steps.map((s) => (
              <li key={s.cidr} className={s.ok === false ? 'text-status-bad' : ''}>
                <span className="font-mono">{s.cidr}</span>: {s.text}
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </section>
  );
}
