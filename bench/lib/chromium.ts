/** Launches the same Chromium, with the same flags, as the end-to-end tests (e2e/chromium.ts). */
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../e2e/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions(), headless: true });
}
