/**
 * What a browser sends to `POST /api/audit/verdicts` when it has followed a BGP prefix change to
 * its end: one shape for the SPA (src/api/audit.ts) and the server that checks it (server/verdicts.ts).
 */
export interface VerdictRecord {
  prefixId: string;
  bgpPrefixId: string;
  kind: 'advertise' | 'withdraw';
  /** When the change was made (ISO time), as the browser's verification knew it. */
  changeTime: string;
  /** Final verdicts only: "waiting" is not an outcome. */
  phase: 'converged' | 'not-converged';
  text: string;
}
