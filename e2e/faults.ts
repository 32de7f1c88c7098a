/**
 * Fault rules of the second e2e server (STANDIN_FAULTS; see server/standin/faults.ts). A rule with
 * `times` is used up for the whole run, so each rule belongs to exactly one test: give it a path
 * no other test on the fault server requests, and say which test owns it.
 */
export interface FaultRule {
  path: string;
  method?: string;
  status?: 429 | 500 | 502 | 503;
  retryAfter?: number;
  latencyMs?: number;
  timeout?: boolean;
  times?: number;
}

export const FAULT_RULES: FaultRule[] = [
  // errors.spec.ts: the BYOIP prefix list is rate-limited once, with a wait longer than the
  // client's automatic retry limit (20 s), so the user sees the 429 and presses Retry.
  { path: '/addressing/prefixes$', method: 'GET', status: 429, retryAfter: 30, times: 1 },
  // errors.spec.ts: the interconnect list fails three times (the first try and the policy's two
  // retries), so the error shows; Retry then succeeds.
  { path: '/cni/interconnects$', method: 'GET', status: 500, times: 3 },
];
