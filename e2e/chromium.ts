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
  // Every new browser context opens a window, and Chromium 15x preloads that window's WebUI
  // omnibox popups (chrome://omnibox-popup.top-chrome: the composebox, mojo bindings, ~0.5 s of
  // renderer CPU plus its compile threads) into a renderer of their own, at the same moment the
  // page under test loads. Headless has no omnibox to show them in, and a visitor's browser has
  // its window open long before they follow a link, so this work only competes with the page for
  // the two cores: a traced cold load of the prefix page fell from ~830 to ~610 ms without it.
  // Both features must go; with either left on, the top-chrome renderer still starts.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
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
