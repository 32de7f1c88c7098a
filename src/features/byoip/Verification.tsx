/**
 * "Did it take effect?": the verdict in words, visibility over time against the documented window,
 * who carries the route, and how fresh the collectors are.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { BgpPrefix } from '../../api/addressing';
import { Badge } from '../../components/ui/Badge';
import { counted, type Change } from '../../lib/verification';
import { formatDuration } from '../../lib/verification-text';
import type { LastChange } from './edits';
import { useSession } from './data';
import { collectorLags } from './observe';
import { formatTime } from './StateBadges';
import { useVerification } from './useVerification';
import { recordVerdict, shareVerdict } from './verdict-store';
import { VisibilityChart, VisibilityTable } from './VisibilityChart';

const PHASE = {
  waiting: { tone: 'pending', text: 'verifying' },
  converged: { tone: 'ok', text: 'took effect' },
  'not-converged': { tone: 'bad', text: 'did not converge' },
} as const;

export function Verification({
  prefixId,
  bgp,
  last,
  timeScale,
}: {
  prefixId: string;
  bgp: BgpPrefix;
  last: LastChange | null;
  timeScale: number;
}) {
  const change: Change | null =
    last && (last.kind === 'advertise' || last.kind === 'withdraw')
      ? { kind: last.kind, at: last.at, expectedOrigin: bgp.asn ?? null }
      : null;
  const v = useVerification(bgp.cidr, bgp.id, change, timeScale);
  const { readOnly } = useSession();
  const queryClient = useQueryClient();
  const phase0 = v.verdict?.phase;
  const text0 = v.verdict?.text;
  const at0 = change?.at;
  const kind0 = change?.kind;
  useEffect(() => {
    // Only final verdicts go to the journal's record; "waiting" is not an outcome.
    if (at0 !== undefined && kind0 && text0 && phase0 && phase0 !== 'waiting') {
      recordVerdict({ bgpId: bgp.id, kind: kind0, at: at0, phase: phase0, text: text0 });
      // A read-only server refuses the record; everyone else's journal learns how it ended.
      if (readOnly) return;
      const verdict = { prefixId, bgpPrefixId: bgp.id, kind: kind0, at: at0, phase: phase0 };
      void shareVerdict({ ...verdict, text: text0 }).then((sent) => {
        if (sent) void queryClient.invalidateQueries({ queryKey: ['app', 'audit'] });
      });
    }
  }, [prefixId, bgp.id, kind0, at0, phase0, text0, readOnly, queryClient]);
  if (!last)
    return (
      <p className="text-sm text-ink-muted">No advertisement change on record for this prefix.</p>
    );
  if (!change || !v.verdict || !v.window) {
    return (
      <p className="text-sm">
        Last change ({last.kind === 'prepend' ? 'AS-path prepend count' : 'auto advertise/withdraw'}
        ) at {formatTime(last.at)}: accepted by Cloudflare. It does not change whether the prefix is
        visible, so there is no visibility to verify; the observed AS paths are below.
      </p>
    );
  }
  const { verdict } = v;
  // What every count on this panel uses: collectors whose data predates the change are out.
  const series = v.series.map((o) => counted(o, change.at).o);
  const latest = series.at(-1);
  const phase = PHASE[verdict.phase];
  const carriers = latest
    ? [...new Map(latest.carriers.map((c) => [`${c.collector}|${c.peerAsn}`, c])).values()]
    : [];
  const lags = v.query.data ? collectorLags(v.query.data) : [];
  const stalled = verdict.notCounted.filter((n) => n.stalled);
  const catchingUp = verdict.notCounted.length - stalled.length;
  const documented =
    change.kind === 'advertise' ? '2 to 7 minutes to advertise' : 'about 15 minutes to withdraw';
  const chart = (
    <VisibilityChart
      origin={verdict.followed ? change.at : (series[0]?.dataTime ?? change.at)}
      series={series}
      window={verdict.followed ? v.window : undefined}
      deadline={verdict.followed ? verdict.deadline : undefined}
    />
  );
  return (
    <div className="min-w-0 space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={phase.tone}>{phase.text}</Badge>
        <span className="text-sm text-ink-muted">
          {change.kind === 'advertise' ? 'Advertised' : 'Withdrawn'} at {formatTime(change.at)},{' '}
          {formatDuration(v.now - change.at)} ago
          {timeScale !== 1 ? ` (demo clock ×${timeScale})` : ''}
        </span>
      </div>
      <p role="status" aria-live="polite" className="text-base font-medium" data-testid="verdict">
        {verdict.text}
      </p>
      {stalled.length ? (
        <ul className="text-sm" data-testid="not-counted">
          {stalled.map((n) => (
            <li key={n.collector}>
              <span className="font-mono">{n.collector}</span> has no data since{' '}
              {formatTime(n.dataTime)} ({formatDuration(v.now - n.dataTime)} ago), before this
              change; not counted
              {n.carriers ? ` (it still shows ${n.carriers} of its peers carrying the route)` : ''}.
            </li>
          ))}
        </ul>
      ) : null}
      {catchingUp ? (
        <p className="text-sm text-ink-muted">
          {catchingUp} collector{catchingUp === 1 ? ' has' : 's have'} no data since the change yet;
          counted once {catchingUp === 1 ? 'it catches' : 'they catch'} up.
        </p>
      ) : null}
      {verdict.followed ? (
        <p className="text-sm text-ink-muted" data-testid="deadline">
          Cloudflare documents {documented}
          {timeScale !== 1
            ? ` (${formatDuration(v.window.minMs)} to ${formatDuration(v.window.maxMs)} on the demo clock)`
            : ''}
          . Collector data is {formatDuration(verdict.lagMs)} behind, so no failure is declared
          before {formatTime(verdict.deadline)} (the window plus that lag).
          {v.following ? ' Following the routes; this page can stay open.' : ''}
        </p>
      ) : (
        <p className="text-sm text-ink-muted" data-testid="deadline">
          This change is long past Cloudflare's documented window ({documented}): the verdict is the
          routes as they stand, from collector data {formatDuration(verdict.lagMs)} behind.
        </p>
      )}
      {v.query.error ? (
        <p className="text-sm text-status-bad">
          Reading the realtime routes failed ({(v.query.error as Error).message}); retrying.
        </p>
      ) : null}
      {verdict.followed && verdict.visibility !== null ? (
        <figure className="min-w-0">
          {chart}
          <figcaption className="text-xs text-ink-muted">
            Share of collector peers carrying the route, by time since the change. Shaded: the
            documented window; dashed line: no failure declared before it.
          </figcaption>
        </figure>
      ) : !verdict.followed && series.length > 1 ? (
        <details className="text-sm">
          <summary className="cursor-pointer">Visibility while this page was open</summary>
          {chart}
        </details>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <div className="min-w-0">
          <h3 className="mb-1 text-sm font-semibold">Visibility since the change</h3>
          <VisibilityTable changeAt={change.at} series={series} />
        </div>
        <div className="min-w-0">
          <h3 className="mb-1 text-sm font-semibold">
            {change.kind === 'advertise'
              ? 'Collector peers that see it'
              : 'Collector peers that still see it'}{' '}
            ({carriers.length})
          </h3>
          {carriers.length ? (
            // Focusable so a keyboard can scroll a long list of carriers.
            <ul
              className="max-h-48 overflow-y-auto font-mono text-xs break-words"
              tabIndex={0}
              aria-label="Collector peers carrying the route, with their AS paths"
            >
              {carriers.map((c) => (
                <li key={`${c.collector}|${c.peerAsn}`}>
                  {c.collector} via AS{c.peerAsn ?? '?'}: {c.asPath.join(' ')}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-ink-muted">None.</p>
          )}
          <h3 className="mt-3 mb-1 text-sm font-semibold">Collector freshness</h3>
          <ul className="text-xs" data-testid="freshness">
            {lags.slice(0, 6).map((l) => (
              <li key={l.collector}>
                <span className="font-mono">{l.collector}</span>:{' '}
                {l.lagMs === null ? 'time unknown' : `data ${formatDuration(l.lagMs)} behind`}
              </li>
            ))}
            {lags.length > 6 ? (
              <li className="text-ink-muted">and {lags.length - 6} more, all fresher</li>
            ) : null}
          </ul>
        </div>
      </div>
    </div>
  );
}
