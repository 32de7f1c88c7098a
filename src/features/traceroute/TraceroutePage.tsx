/**
 * `/traceroute`: the launcher (its values in the URL, so a link prefills it but never runs it), the
 * run's progress with Cancel, and the result, from a run or from an opened export file.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { sessionQuery } from '../../api/session';
import { PageHeader } from '../../components/layout/PageHeader';
import { CopyLink } from '../../components/ui/CopyLink';
import { EmptyState } from '../../components/ui/EmptyState';
import { Panel } from '../../components/ui/Panel';
import type { TracerouteExport } from '../../lib/traceroute-export';
import { formFromSearch, searchFromForm, validateForm, type FormState } from './form-model';
import { Launcher } from './Launcher';
import { OpenFile } from './OpenFile';
import { Results } from './Results';
import { RunStatus } from './RunStatus';
import type { TracerouteSearch } from './search';
import { loadHopChart } from './TraceDetail';
import { useNow, useRun } from './useRun';

/** Compares search objects whatever their key order and absent keys. */
const searchKey = (s: TracerouteSearch) =>
  JSON.stringify(
    Object.entries(s)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

export function TraceroutePage({
  search,
  setSearch,
}: {
  search: TracerouteSearch;
  setSearch: (s: TracerouteSearch) => void;
}) {
  const session = useQuery(sessionQuery());
  const [form, setForm] = useState(() => formFromSearch(search));
  // The URL changed under the form (a link, back/forward): the form follows it. The router applies
  // this page's own writes a render or more later, so those (the recent ones) are recognised.
  const [seen, setSeen] = useState(() => searchKey(search));
  const [writes, setWrites] = useState<string[]>([]);
  const incoming = searchKey(search);
  if (incoming !== seen) {
    setSeen(incoming);
    if (!writes.includes(incoming)) {
      setWrites([]);
      setForm(formFromSearch(search));
    }
  }
  const [tried, setTried] = useState(false);
  const [loaded, setLoaded] = useState<{ file: TracerouteExport; name: string | null } | null>(
    null,
  );
  const [limitUntil, setLimitUntil] = useState<number | null>(null);
  const [running, setRunning] = useState({ startedAt: 0, what: '' });
  const { mutation, cancel } = useRun(session.data?.accountId, (file) =>
    setLoaded({ file, name: null }),
  );
  const now = useNow(limitUntil !== null);

  const onChange = (patch: Partial<FormState>) => {
    const next = { ...form, ...patch };
    setForm(next);
    const s = searchFromForm(next);
    setWrites((w) => [...w.slice(-19), searchKey(s)]);
    setSearch(s);
  };
  const validated = validateForm(form);
  const errors = tried && !validated.ok ? validated.errors : {};

  const onRun = () => {
    setTried(true);
    if (!validated.ok) return;
    const r = validated.request;
    const n = r.targets.length;
    const from = r.colos
      ? `${r.colos.length} ${r.colos.length === 1 ? 'colo' : 'colos'}`
      : 'all colos';
    setRunning({
      startedAt: Date.now(),
      what: `${n} ${n === 1 ? 'target' : 'targets'} from ${from}`,
    });
    setLimitUntil(null);
    void loadHopChart();
    mutation.mutate(r, {
      onError: (e) => {
        if (e instanceof ApiError && e.status === 429 && e.retryAfter)
          setLimitUntil(Date.now() + e.retryAfter * 1000);
      },
    });
  };

  // The wait is over: stop the clock and let Run go again.
  if (limitUntil !== null && limitUntil <= now) setLimitUntil(null);
  const limited = limitUntil !== null && limitUntil > now;
  const blocked = !session.data
    ? session.isError
      ? 'The session could not be loaded, so the account is unknown.'
      : 'Loading the session…'
    : session.data.readOnly
      ? 'routedeck runs read-only (READ_ONLY is set on its server): traceroutes are refused.'
      : mutation.isPending
        ? 'A traceroute is running.'
        : limited
          ? `Rate-limited: you can run again at ${clock(limitUntil)}.`
          : null;

  return (
    <div className="space-y-4">
      <PageHeader
        title="Traceroute"
        description="Which path packets take from Cloudflare's colos to a target, and where it hurts."
        actions={<CopyLink label="Copy link to this form" />}
      />
      <Panel
        title="Launch"
        description="A link to this page fills the form; nothing runs until you press Run."
      >
        <div className="space-y-4">
          <Launcher
            form={form}
            errors={errors}
            onChange={onChange}
            onRun={onRun}
            blocked={blocked}
            extraActions={
              <OpenFile
                onOpen={(file, name) => {
                  void loadHopChart();
                  setLoaded({ file, name });
                }}
              />
            }
          />
          <RunStatus
            pending={mutation.isPending}
            startedAt={running.startedAt}
            error={mutation.error}
            what={running.what}
            rateLimitedUntil={limitUntil}
            onCancel={cancel}
          />
        </div>
      </Panel>
      <Panel title="Results">
        {loaded ? (
          <Results
            key={loaded.file.ranAt + (loaded.name ?? '')}
            file={loaded.file}
            fileName={loaded.name}
          />
        ) : (
          <EmptyState title="No result yet">
            Run a traceroute, or open a result file exported earlier.
          </EmptyState>
        )}
      </Panel>
    </div>
  );
}
