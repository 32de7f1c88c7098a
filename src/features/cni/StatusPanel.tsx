/** The live status of one interconnect and the runs of answers this browser session has seen. */
import { StaleNotice } from '../../components/ui/StaleNotice';
import { ErrorNotice } from '../../components/ui/ErrorNotice';
import { Skeleton } from '../../components/ui/Skeleton';
import { LastChecked } from './LastChecked';
import { statusMeaning } from './status';
import { toSpans, useStatusHistory } from './status-history';
import { StatusBadge } from './StatusBadge';
import { useStatuses } from './use-statuses';

const time = (ms: number) => new Date(ms).toLocaleTimeString();

export function StatusPanel({ accountId, icon }: { accountId: string; icon: string }) {
  const [status] = useStatuses(accountId, [icon]);
  const spans = toSpans(useStatusHistory(accountId, icon));
  if (!status) return null;
  if (status.isError && !status.data)
    return <ErrorNotice error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data) return <Skeleton rows={2} />;
  return (
    <div className="space-y-3">
      {status.isRefetchError ? (
        <StaleNotice
          dataUpdatedAt={status.dataUpdatedAt}
          error={status.error}
          onRefresh={() => void status.refetch()}
        />
      ) : null}
      <div data-testid="current-status">
        <StatusBadge state={status.data.state} reason={status.data.reason} />
        <p className="mt-1 text-sm text-ink-muted">{statusMeaning(status.data.state)}</p>
      </div>
      <LastChecked
        at={status.dataUpdatedAt}
        checking={status.isFetching}
        onCheck={() => void status.refetch()}
      />
      <div>
        <h3 className="text-sm font-semibold">Seen in this session</h3>
        <p className="text-xs text-ink-muted">
          The API keeps no status history; these are the checks this browser tab made, newest first.
        </p>
        <ol className="mt-2 space-y-1 text-sm" data-testid="status-history">
          {spans.map((s) => (
            <li key={s.from} className="flex flex-wrap items-center gap-2">
              <StatusBadge state={s.state} reason={s.reason} />
              <span className="text-ink-muted">
                {s.checks === 1
                  ? `at ${time(s.from)}`
                  : `${time(s.from)} to ${time(s.to)}, ${s.checks} checks`}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
