import { Badge } from '../../components/ui/Badge';
import { statusMeaning, statusTone } from './status';

/** The API state in words with its icon; the reason, when the API gives one, beside it. */
export function StatusBadge({ state, reason }: { state: string; reason?: string | null }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <Badge tone={statusTone(state)} title={statusMeaning(state)}>
        {state}
      </Badge>
      {reason ? <span className="text-sm text-ink-muted">{reason}</span> : null}
    </span>
  );
}
