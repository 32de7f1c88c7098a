/**
 * One traceroute run at a time, cancellable: the AbortController of the run in flight is kept so
 * Cancel aborts the request (the server then stops waiting on Cloudflare). The mutation is never
 * retried (query-client.ts).
 */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { runTraceroute } from '../../api/traceroute';
import { makeExport, type TracerouteExport } from '../../lib/traceroute-export';
import type { TracerouteRequest } from '../../lib/traceroute-schema';

export const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

export function useRun(accountId: string | undefined, onDone: (result: TracerouteExport) => void) {
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationKey: ['diagnostics', 'traceroute'],
    mutationFn: async (request: TracerouteRequest) => {
      if (!accountId) throw new Error('The session has not loaded yet: the account is unknown.');
      const ctrl = new AbortController();
      controller.current = ctrl;
      const result = await runTraceroute(accountId, request, ctrl.signal);
      return makeExport(request, result, new Date());
    },
    onSuccess: onDone,
  });
  return { mutation, cancel: () => controller.current?.abort() };
}

/** The clock, re-read every second while `ticking` (elapsed time, rate-limit countdown). */
export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const id = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [ticking]);
  return now;
}
