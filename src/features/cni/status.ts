/**
 * Interconnect status as an operator reads it: the API's `state` (Pending, Down, Unhealthy,
 * Healthy; CONTRACT section 6) with a tone whose icon differs per state, and an order that puts what
 * needs attention first. Any other `state` is shown raw rather than guessed at.
 */
import type { Tone } from '../../components/ui/Badge';

export const KNOWN_STATES = ['Down', 'Unhealthy', 'Pending', 'Healthy'] as const;
type KnownState = (typeof KNOWN_STATES)[number];

const TONE: Record<KnownState, Tone> = {
  Down: 'bad',
  Unhealthy: 'warn',
  Pending: 'pending',
  Healthy: 'ok',
};

const MEANING: Record<KnownState, string> = {
  Down: 'No traffic passes: the link or the session is down.',
  Unhealthy: 'Up, but Cloudflare sees a problem on the link.',
  Pending: 'Provisioning: the cross-connect or partner attachment is not finished.',
  Healthy: 'Up and passing traffic.',
};

function isKnownState(state: string): state is KnownState {
  return (KNOWN_STATES as readonly string[]).includes(state);
}

export function statusTone(state: string | undefined): Tone {
  return state !== undefined && isKnownState(state) ? TONE[state] : 'neutral';
}

export function statusMeaning(state: string): string {
  return isKnownState(state)
    ? MEANING[state]
    : `The API answered "${state}", which routedeck does not know.`;
}

/**
 * Sort rank: Down, Unhealthy, then states routedeck does not know (they may be bad), Pending,
 * Healthy, and last the ones whose status has not arrived yet.
 */
function statusRank(state: string | undefined): number {
  if (state === undefined) return 5;
  if (state === 'Down') return 0;
  if (state === 'Unhealthy') return 1;
  if (state === 'Pending') return 3;
  if (state === 'Healthy') return 4;
  return 2;
}

export function byStatusThenName<T extends { name: string; state: string | undefined }>(
  a: T,
  b: T,
): number {
  return statusRank(a.state) - statusRank(b.state) || a.name.localeCompare(b.name);
}
