/**
 * The global search: an AS number opens its relationships, a prefix its routes, and an address the
 * covering prefix from Radar's pfx2as (longest-prefix match), saying which prefix it picked. Anything
 * else is refused inline with the reason from the shared parser.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { classifySearch } from '../../lib/search';
import { pfx2asQuery } from '../../api/radar-routes';
import { ApiError } from '../../api/client';
import { parsePrefix } from '../../lib/prefix';

declare module '@tanstack/react-router' {
  interface HistoryState {
    /** Why search landed here, e.g. which prefix covers the address that was typed. */
    searchNote?: string;
  }
}

/** The most specific prefix among pfx2as answers (longest-prefix match may list several). */
function mostSpecific(prefixes: string[]): string | null {
  let best: { cidr: string; length: number } | null = null;
  for (const p of prefixes) {
    const parsed = parsePrefix(p);
    if (parsed.ok && (!best || parsed.value.length > best.length)) {
      best = { cidr: parsed.value.cidr, length: parsed.value.length };
    }
  }
  return best?.cidr ?? null;
}

interface Props {
  /** Register the `/` shortcut (only one instance on a page should). */
  shortcut?: boolean;
  size?: 'sm' | 'lg';
}

export function SearchBox({ shortcut = false, size = 'sm' }: Props) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useId();

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcut]);

  const go = (href: string, searchNote?: string) => {
    setValue('');
    setError(null);
    input.current?.blur();
    void navigate({ href, state: searchNote ? { searchNote } : {} });
  };

  const resolveAddress = async (address: string) => {
    setBusy(true);
    try {
      const bits = address.includes(':') ? 128 : 32;
      const data = await queryClient.fetchQuery(
        pfx2asQuery({ prefix: `${address}/${bits}`, longestPrefixMatch: true }),
      );
      const cidr = mostSpecific(data.prefix_origins.map((o) => o.prefix));
      if (!cidr) {
        setError(
          `No prefix in Radar's routing table covers ${address}, so there are no routes to show.`,
        );
        return;
      }
      go(`/prefix/${cidr}`, `${address} is in ${cidr}, the most specific prefix that covers it.`);
    } catch (e) {
      const reason = e instanceof ApiError ? e.message : String(e);
      setError(`Could not look up the prefix covering ${address}: ${reason}`);
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = classifySearch(value);
    if (!r.ok) return setError(r.reason);
    const t = r.value;
    if (t.kind === 'asn') return go(`/asn/${t.asn}`);
    if (t.kind === 'prefix') return go(`/prefix/${t.cidr}`);
    void resolveAddress(t.address);
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const big = size === 'lg';
  return (
    <form role="search" onSubmit={submit} className="w-full" noValidate>
      <label htmlFor={id} className="sr-only">
        Search by AS number, prefix or IP address
      </label>
      <div className="flex gap-2">
        <input
          ref={input}
          id={id}
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            if (error) setError(null);
          }}
          placeholder="AS13335, 1.1.1.0/24 or 8.8.8.8"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : hintId}
          className={`min-w-0 flex-1 rounded-md border bg-surface px-3 font-mono placeholder:font-sans placeholder:text-ink-muted ${
            big ? 'h-12 text-lg' : 'h-9 text-sm'
          } ${error ? 'border-status-bad' : 'border-line'}`}
        />
        <button
          type="submit"
          disabled={busy}
          className={`rounded-md bg-accent px-3 font-medium text-accent-ink disabled:opacity-60 ${
            big ? 'h-12 px-5' : 'h-9 text-sm'
          }`}
        >
          {busy ? 'Looking up…' : 'Go'}
        </button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="mt-1 text-sm text-status-bad">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : (
        <p id={hintId} className={big ? 'mt-1 text-sm text-ink-muted' : 'sr-only'}>
          Press / anywhere to search. An IP address opens the most specific routed prefix covering
          it.
        </p>
      )}
    </form>
  );
}
