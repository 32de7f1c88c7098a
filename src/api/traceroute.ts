/**
 * Diagnostics traceroute (CONTRACT.md section 5): POST …/accounts/{id}/diagnostics/traceroute.
 * A mutation, never retried (query-client.ts): each run costs the account probes and API quota.
 * The caller passes an AbortSignal so a run can be cancelled. The response schema lives in
 * lib/traceroute-schema.ts because exported files are checked with it too.
 */
import { accountPath, apiSend } from './client';
import {
  tracerouteResultSchema,
  type TracerouteRequest,
  type TracerouteResult,
} from '../lib/traceroute-schema';

export function runTraceroute(
  accountId: string,
  request: TracerouteRequest,
  signal?: AbortSignal,
): Promise<TracerouteResult> {
  // `colos` omitted means every colo; an empty array is refused by the API, so it is never sent.
  const body: TracerouteRequest =
    request.colos && request.colos.length > 0
      ? request
      : { targets: request.targets, options: request.options };
  return apiSend(
    'POST',
    accountPath(accountId, '/diagnostics/traceroute'),
    body,
    tracerouteResultSchema,
    { signal },
  );
}
