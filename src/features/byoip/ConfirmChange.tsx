/**
 * The confirmation step every edit goes through (toggle, prepend, auto, journal Revert): the
 * pre-flight facts, the CIDR typed by hand, one button that sends one PATCH, then the server's
 * answer in words, or Cloudflare's error with the state left as the server has it.
 */
import { useId, useState } from 'react';
import type { BgpPrefix, BgpPrefixEdit } from '../../api/addressing';
import { ApiError } from '../../api/client';
import { Button } from '../../components/ui/Button';
import type { Observation } from '../../lib/verification';
import type { Row } from './data';
import { describeEdit } from './edits';
import { Preflight } from './Preflight';
import { formatTime } from './StateBadges';
import { blockReason } from './useEdit';

interface Props {
  bgp: BgpPrefix;
  edit: BgpPrefixEdit;
  observation: Observation | null;
  account: { row: Row; observation: Observation | null }[];
  prefixRpki: string | null;
  readOnly: boolean;
  inFlight: boolean;
  onSend: (edit: BgpPrefixEdit) => void;
  onCancel: () => void;
}

export function ConfirmChange(p: Props) {
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const matches = typed.trim() === p.bgp.cidr;
  const block = blockReason(p.bgp, 'on_demand' in p.edit ? 'advertisement' : 'settings', p);
  const label = describeEdit(p.edit, p.bgp.cidr);
  return (
    <form
      className="space-y-3 rounded-md border border-status-warn/60 bg-surface p-3"
      aria-label={`Confirm: ${label}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (matches && !block) p.onSend(p.edit);
      }}
    >
      <h3 className="font-semibold">Pre-flight: {label}</h3>
      <Preflight
        bgp={p.bgp}
        edit={p.edit}
        observation={p.observation}
        account={p.account}
        prefixRpki={p.prefixRpki}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="text-sm">
          Type <span className="font-mono font-semibold">{p.bgp.cidr}</span> to confirm
        </label>
        <input
          id={inputId}
          autoComplete="off"
          spellCheck={false}
          className="w-full max-w-xs rounded-md border border-line bg-surface px-2 py-1 font-mono"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      </div>
      {block ? <p className="text-sm text-status-bad">{block}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={!matches || !!block}>
          {p.inFlight ? 'Sending…' : label}
        </Button>
        <Button onClick={p.onCancel} disabled={p.inFlight}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** The server's answer to the last edit: what it now says, or what it refused and why. */
export function EditOutcome({
  error,
  answer,
  sentAt,
}: {
  error: unknown;
  answer: BgpPrefix | undefined;
  sentAt: number;
}) {
  if (error) {
    const api = error instanceof ApiError ? error : null;
    return (
      <div
        role="alert"
        className="rounded-md border border-status-bad/60 bg-status-bad/10 p-3 text-sm"
      >
        <p className="font-semibold">
          Not changed:{' '}
          {api && api.status ? `Cloudflare answered HTTP ${api.status}` : 'the request failed'}.
        </p>
        <p>
          {api
            ? api.errors
                .map((e) => (e.code ? `${e.message} (code ${e.code})` : e.message))
                .join(' ')
            : String(error)}
        </p>
        {api?.retryAfter ? (
          <p>Cloudflare asks to wait {api.retryAfter} s before trying again.</p>
        ) : null}
        <p className="text-ink-muted">The state shown is the one the server reports.</p>
      </div>
    );
  }
  if (!answer) return null;
  const od = answer.on_demand;
  return (
    <div
      role="status"
      className="rounded-md border border-status-ok/60 bg-status-ok/10 p-3 text-sm"
    >
      <p className="font-semibold">
        Cloudflare accepted the change at {formatTime(answer.modified_at ?? sentAt)}.
      </p>
      <p>
        It now reports {answer.cidr}:{' '}
        {typeof od?.advertised === 'boolean'
          ? od.advertised
            ? 'advertised'
            : 'withdrawn'
          : 'on-demand off'}
        , prepend {answer.asn_prepend_count ?? 0}, auto advertise/withdraw{' '}
        {answer.auto_advertise_withdraw ? 'on' : 'off'}. Accepted is not yet seen: the verification
        below follows the routes.
      </p>
    </div>
  );
}
