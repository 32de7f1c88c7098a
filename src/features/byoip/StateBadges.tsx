/** The small labels every BYOIP screen repeats: configured state, drift, visibility, RPKI. */
import { advertisementState, type BgpPrefix } from '../../api/addressing';
import { Badge, type Tone } from '../../components/ui/Badge';
import { visibilityOf, visiblePeers, type Observation } from '../../lib/verification';
import { formatPercent } from '../../lib/verification-text';
import { DRIFT_TEXT, type DriftLabel } from './drift';

export const formatTime = (iso: string | number | null | undefined) => {
  if (iso === null || iso === undefined) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'long' });
};

export function ConfiguredBadge({ bgp }: { bgp: BgpPrefix }) {
  const state = advertisementState(bgp);
  const since = formatTime(bgp.on_demand?.advertised_modified_at);
  if (state === 'not-on-demand') {
    return (
      <Badge tone="neutral" title="On-demand advertisement is not enabled for this BGP prefix">
        on-demand off
      </Badge>
    );
  }
  return (
    <span className="inline-flex flex-col gap-0.5">
      <Badge tone={state === 'advertised' ? 'ok' : 'neutral'}>{state}</Badge>
      {since ? <span className="text-xs text-ink-muted">since {since}</span> : null}
    </span>
  );
}

const DRIFT_TONE: Record<DriftLabel, Tone> = {
  'in-sync': 'ok',
  converging: 'pending',
  'advertised-not-visible': 'bad',
  'withdrawn-still-visible': 'warn',
  'unexpected-origin': 'bad',
  'rpki-invalid': 'rpki-invalid',
  'no-data': 'neutral',
};

export function DriftBadges({ labels }: { labels: DriftLabel[] }) {
  return (
    <span className="flex flex-wrap gap-1">
      {labels.map((l) => (
        <Badge key={l} tone={DRIFT_TONE[l]}>
          {DRIFT_TEXT[l]}
        </Badge>
      ))}
    </span>
  );
}

export function ObservedSummary({ o }: { o: Observation | null }) {
  if (!o) return <span className="text-ink-muted">no data yet</span>;
  const peers = visiblePeers(o);
  const origins = o.origins.filter((x) => x.visiblePeers > 0);
  return (
    <span className="inline-flex flex-col gap-0.5">
      <span>
        {peers === 0 ? 'not visible' : `${formatPercent(visibilityOf(o))} of peers`}
        <span className="text-xs text-ink-muted">
          {' '}
          ({peers}/{o.totalPeers})
        </span>
      </span>
      {origins.length ? (
        <span className="flex flex-wrap gap-1 text-xs">
          {origins.map((x) => (
            <RpkiBadge key={x.asn} rpki={x.rpki} label={`AS${x.asn}`} />
          ))}
        </span>
      ) : null}
    </span>
  );
}

function RpkiBadge({ rpki, label }: { rpki: string; label?: string }) {
  const tone: Tone =
    rpki === 'valid' ? 'rpki-valid' : rpki === 'invalid' ? 'rpki-invalid' : 'rpki-unknown';
  return (
    <Badge tone={tone}>
      {label ? `${label} ` : ''}RPKI {rpki}
    </Badge>
  );
}
