/**
 * Which Chromium the tests, screenshots and benches launch, and with which flags: Debian's package
 * when present (this machine, CI: Playwright cannot download its own browser here), else
 * Playwright's own. One place, so the end-to-end configs and the benches cannot drift apart.
 */
import { existsSync } from 'node:fs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

/** CHROMIUM_PATH, else /usr/bin/chromium, else undefined (Playwright's own browser). */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const chromiumLaunchOptions = () => ({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
