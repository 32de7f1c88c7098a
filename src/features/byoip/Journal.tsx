/**
 * The change journal: BGP prefix edits from the server's audit log (shared by everyone on this
 * server), with before and after, who, when, the verification outcome (recorded on the server by
 * the browser that followed it, else this browser's own), and Revert.
 */
import { Link } from '@tanstack/react-router';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/ui/EmptyState';
import { describeEdit, revertOf, type JournalEntry } from './edits';
import { formatTime } from './StateBadges';
import { recordedVerdict, useVerdictVersion } from './verdict-store';

interface Props {
  entries: JournalEntry[];
  cidrOf: (bgpId: string) => string;
  onRevert?: (entry: JournalEntry) => void;
  revertBlocked?: string | null;
}

const stateText = (e: JournalEntry, which: 'before' | 'after') => {
  const b = e[which];
  if (!b) return '—';
  if ('on_demand' in e.edit) return b.on_demand?.advertised ? 'advertised' : 'withdrawn';
  if ('asn_prepend_count' in e.edit) return `prepend ${b.asn_prepend_count ?? 0}`;
  return `auto ${b.auto_advertise_withdraw ? 'on' : 'off'}`;
};

export function Journal({ entries, cidrOf, onRevert, revertBlocked }: Props) {
  useVerdictVersion();
  if (entries.length === 0) {
    return (
      <EmptyState title="No changes made through routedeck yet">
        Changes appear here with their outcome.
      </EmptyState>
    );
  }
  return (
    <ol className="divide-y divide-line">
      {entries.map((e) => {
        const cidr = cidrOf(e.bgpPrefixId);
        const revert = e.ok ? revertOf(e.edit, e.before) : null;
        // Only advertisement changes have a verdict; prepend and auto edits are not verified.
        const local =
          'on_demand' in e.edit && !e.verdict
            ? recordedVerdict(
                e.bgpPrefixId,
                e.edit.on_demand.advertised ? 'advertise' : 'withdraw',
                e.time,
              )
            : null;
        return (
          <li key={e.key} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
            <div className="min-w-0 space-y-0.5">
              <p className="font-medium">
                <Link
                  to="/byoip/$prefixId/$bgpPrefixId"
                  params={{ prefixId: e.prefixId, bgpPrefixId: e.bgpPrefixId }}
                  className="underline"
                >
                  {describeEdit(e.edit, cidr)}
                </Link>{' '}
                <Badge tone={e.ok ? 'ok' : 'bad'}>
                  {e.ok ? `HTTP ${e.status}` : `refused, HTTP ${e.status}`}
                </Badge>
              </p>
              <p className="text-ink-muted">
                {formatTime(e.time)} · by{' '}
                {e.user ?? 'anyone with access to this server (no sign-in configured)'} · {e.mode}{' '}
                mode{e.cfRay ? ` · cf-ray ${e.cfRay}` : ''}
              </p>
              {e.ok ? (
                <p>
                  {stateText(e, 'before')} → {stateText(e, 'after')}
                </p>
              ) : null}
              <p className="text-ink-muted">
                Verification:{' '}
                {!e.ok
                  ? 'none needed: Cloudflare refused it, nothing changed.'
                  : !('on_demand' in e.edit)
                    ? 'none needed: this setting does not change whether the prefix is visible.'
                    : e.verdict
                      ? `${e.verdict.text}${e.verdict.user ? ` (followed by ${e.verdict.user})` : ''}`
                      : local
                        ? local.text
                        : 'no verdict recorded: nobody kept its verification open until it ended.'}
              </p>
            </div>
            {onRevert && revert ? (
              <Button
                onClick={() => onRevert(e)}
                disabled={!!revertBlocked}
                title={revertBlocked ?? undefined}
                aria-label={`Revert: ${describeEdit(revert, cidr)}`}
              >
                Revert
              </Button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
