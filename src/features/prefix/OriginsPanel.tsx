/**
 * Who announces the prefix and whether they may: each origin with its RPKI state and how many
 * collector peers see it, plus alarms that say in words what a MOAS or an RPKI-invalid origin means.
 */
import type { PrefixOrigin } from '../../api/radar-routes';
import { Badge, type Tone } from '../../components/ui/Badge';
import { normalizeRpkiState } from '../../lib/rpki';
import { AsnLink } from './AsnLink';

const RPKI: Record<string, { tone: Tone; label: string; title: string }> = {
  valid: {
    tone: 'rpki-valid',
    label: 'RPKI valid',
    title: 'A ROA authorises this origin for this prefix length.',
  },
  invalid: {
    tone: 'rpki-invalid',
    label: 'RPKI invalid',
    title: 'ROAs exist for this address space, but none authorises this origin at this length.',
  },
  unknown: { tone: 'rpki-unknown', label: 'RPKI not found', title: 'No ROA covers this prefix.' },
};

function RpkiBadge({ state }: { state: string }) {
  const known = normalizeRpkiState(state);
  const r = known ? RPKI[known] : undefined;
  if (!r) return <Badge tone="neutral">RPKI “{state}”</Badge>;
  return (
    <Badge tone={r.tone} title={r.title}>
      {r.label}
    </Badge>
  );
}

function VisibilityBar({ visible, total }: { visible: number; total: number }) {
  const pct = total > 0 ? Math.round((visible / total) * 100) : 0;
  return (
    <div className="min-w-40 flex-1">
      <div
        role="meter"
        aria-label="Visibility"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={visible}
        aria-valuetext={`${visible} of ${total} peers`}
        className="h-2 overflow-hidden rounded bg-surface-sunken"
      >
        <div className="h-full bg-accent" style={{ width: `${pct}%` }} />
      </div>
      <p className="mt-1 text-xs text-ink-muted">
        Seen by <span data-testid="visible-peers">{visible}</span> of{' '}
        <span data-testid="total-peers">{total}</span> collector peers ({pct}%)
      </p>
    </div>
  );
}

export function OriginAlarms({ origins }: { origins: readonly PrefixOrigin[] }) {
  const distinct = [...new Set(origins.map((o) => o.origin))];
  const invalid = origins.filter((o) => normalizeRpkiState(o.rpki_validation) === 'invalid');
  if (distinct.length < 2 && invalid.length === 0) return null;
  return (
    <div
      role="alert"
      className="space-y-2 rounded-md border border-status-bad/50 bg-status-bad/5 p-3 text-sm"
    >
      {distinct.length > 1 ? (
        <p data-testid="moas-alarm">
          <span aria-hidden="true" className="text-status-bad">
            ✕{' '}
          </span>
          <strong>{distinct.length} origins announce this prefix</strong> (
          {distinct.map((a) => `AS${a}`).join(', ')}). A multiple-origin (MOAS) prefix can be
          deliberate, such as anycast or a move between networks, but it is also what a hijack looks
          like: check that each origin is entitled to announce it.
        </p>
      ) : null}
      {invalid.map((o) => (
        <p key={`${o.prefix}-${o.origin}`} data-testid="rpki-invalid-alarm">
          <span aria-hidden="true" className="text-status-bad">
            ✕{' '}
          </span>
          <strong>
            AS{o.origin} is RPKI-invalid for {o.prefix}
          </strong>
          : the address holder&apos;s ROAs do not authorise this origin at this length. Networks
          that drop RPKI-invalid routes will not carry it (still seen by {o.total_visible} of{' '}
          {o.total_peers} peers). Either it is a hijack or a leak of a more specific, or the holder
          has not updated its ROA.
        </p>
      ))}
    </div>
  );
}

export function OriginsList({
  origins,
  names,
}: {
  origins: readonly PrefixOrigin[];
  names: ReadonlyMap<number, string>;
}) {
  return (
    <ul className="divide-y divide-line" data-testid="origins">
      {origins.map((o) => (
        <li
          key={`${o.prefix}-${o.origin}`}
          className="flex flex-wrap items-center gap-x-4 gap-y-2 py-2"
          data-origin={o.origin}
        >
          <div className="min-w-0">
            <AsnLink asn={o.origin} names={names} />
            <span className="ml-2 text-sm text-ink-muted">
              {names.get(o.origin) ?? 'name not known'}
            </span>
            <div className="mt-1 flex items-center gap-2 text-xs text-ink-muted">
              <RpkiBadge state={o.rpki_validation} />
              <span className="font-mono">{o.prefix}</span>
            </div>
          </div>
          <VisibilityBar visible={o.total_visible} total={o.total_peers} />
        </li>
      ))}
    </ul>
  );
}
