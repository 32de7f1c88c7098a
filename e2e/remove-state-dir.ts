/**
 * Global teardown of both Playwright configs: removes the run's scratch directory (stand-in state,
 * journals and the snapshot of the SPA the servers were given), which the configs create under the
 * system temp directory on every run. E2E_KEEP_STATE=1 keeps it for a post-mortem.
 */
import { rmSync } from 'node:fs';

export default function removeStateDir(): void {
  if (process.env.E2E_KEEP_STATE) return;
  for (const dir of [process.env.E2E_STATE_DIR, process.env.E2E_WORKER_STATE_DIR]) {
    if (!dir) continue;
    // Tidying up must never turn a green run red (a server may still be writing as it stops).
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch (e) {
      console.warn(`could not remove ${dir}: ${(e as Error).message}`);
    }
  }
}
