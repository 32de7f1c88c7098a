/**
 * Cold loads in a Chromium that no DevTools client is attached to, as a visitor's browser is.
 *
 * Playwright enables the Runtime domain on every page it drives. With it on, V8 collects source
 * positions for the frames of each Error the page creates, which means reparsing the function
 * each frame belongs to. react-dom creates five Errors when it starts, at the top of one 190 KB
 * function, and the entry's own module function is the next frame. Measured in a page that only
 * starts react-dom: its start-up took 3.4 ms here with no client attached and 17 to 22 ms under
 * Playwright. Over routedeck's entry, the module evaluation took ~24 ms against ~76 ms.
 *
 * So this Chromium is started here, with the same executable, Playwright's default switches and the
 * end-to-end flags, and driven over a CDP pipe at the browser level only: create a context and a
 * window, later dispose of them, never attach to the page. The page reports its own times with a
 * beacon, from the watcher that `withWatcher` writes into a copy of the build's index.html
 * (page-trace's watcherSource, which the Playwright loads get as an init script). Each load opens
 * a blank launcher page first and navigates from it, on the same site: the renderer process is already running, as with
 * Playwright's about:blank, so starting one is not part of the timed load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromiumLaunchOptions } from '../../e2e/chromium';
import { watcherSource, type Ready } from './page-trace';

/**
 * playwright-core's own default switches for Chromium (lib/server/chromium/chromiumSwitches.js,
 * not exported), copied from the command line of the browser it launches here (Playwright 1.65,
 * Chromium 156): without them this window would get background throttling and field trials that
 * Playwright's does not. Debian's /usr/bin/chromium wrapper adds its own flags to both.
 */
const PLAYWRIGHT_SWITCHES = [
  '--disable-field-trial-config',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-back-forward-cache',
  '--disable-breakpad',
  '--disable-component-extensions-with-background-pages',
  '--disable-component-update',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-edgeupdater',
  '--disable-extensions',
  '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,AvoidCorsURLLoaderRestartOnRedirect,TcpPortRandomizationWin,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch,msForceBrowserSignIn,msEdgeUpdateLaunchServicesPreferredVersion',
  '--enable-features=CDPScreenshotNewSurface,SkipListAccountsWithoutGaiaCookies',
  '--allow-pre-commit-input',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-updater-scheduler',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--no-service-autorun',
  '--disable-search-engine-choice-screen',
  '--unsafely-disable-devtools-self-xss-warnings',
  '--enable-unsafe-swiftshader',
  '--edge-skip-compat-layer-relaunch',
  '--disable-stack-profiler',
  '--disable-infobars',
  '--disable-sync',
  '--do-not-de-elevate',
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
  '--no-sandbox',
];

export interface Driverless {
  /** Where `withWatcher` should send its beacons. */
  beaconUrl: string;
  /** A cold load of `url` in a fresh context (empty HTTP cache, no compiled code): its times. */
  load(url: string): Promise<Ready>;
  stop(): Promise<void>;
}

/**
 * A copy of the built client in a temporary directory whose index.html reports `selector`'s first
 * appearance to `beaconUrl`: pass it as STATIC_DIR to the server under test. Returns the directory
 * and a function that removes it.
 */
export function withWatcher(
  clientDir: string,
  beaconUrl: string,
  selector: string,
): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'routedeck-driverless-'));
  cpSync(clientDir, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  const html = readFileSync(index, 'utf8');
  if (!html.includes('<head>')) throw new Error(`${index} has no <head> to put the watcher in`);
  const report = `navigator.sendBeacon(${JSON.stringify(beaconUrl)},JSON.stringify({ready:ready,painted:painted,width:innerWidth,height:innerHeight}))`;
  const script = `<script>${watcherSource(selector, report)}</script>`;
  writeFileSync(index, html.replace('<head>', `<head>${script}`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export async function startDriverless(): Promise<Driverless> {
  let report: ((r: Ready & { width: number; height: number }) => void) | null = null;
  const collector = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://collector');
    if (req.method === 'GET' && url.pathname === '/size') {
      // Reports the viewport once the window has its size (a new window starts smaller), so the
      // window can be sized to a 1280×900 viewport.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!doctype html><script>setTimeout(function(){navigator.sendBeacon('/r',JSON.stringify({ready:0,painted:0,width:innerWidth,height:innerHeight}))},200)</script>`,
      );
      return;
    }
    if (req.method === 'GET' && url.pathname === '/go') {
      // A blank page that opens the page under test once its renderer has settled.
      const to = JSON.stringify(url.searchParams.get('to') ?? 'about:blank');
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><script>setTimeout(function(){location.href=${to}},200)</script>`);
      return;
    }
    if (req.method !== 'POST' || url.pathname !== '/r') {
      res.writeHead(404);
      res.end();
      return;
    }
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      res.writeHead(204);
      res.end();
      report?.(JSON.parse(body) as Ready & { width: number; height: number });
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;

  const { executablePath, args } = chromiumLaunchOptions();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'routedeck-driverless-profile-'));
  const browser: ChildProcess = spawn(
    executablePath ?? 'chromium',
    [
      ...PLAYWRIGHT_SWITCHES,
      ...args,
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      '--no-startup-window',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = browser.stdio[3] as NodeJS.WritableStream;
  const fromBrowser = browser.stdio[4] as NodeJS.ReadableStream;
  const pending = new Map<number, { resolve: (r: Reply) => void }>();
  let buffer = '';
  let nextId = 1;
  fromBrowser.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    // The pipe protocol: one JSON message per NUL-terminated frame.
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const msg = JSON.parse(buffer.slice(0, end)) as Reply;
      buffer = buffer.slice(end + 1);
      if (msg.id === undefined) continue;
      pending.get(msg.id)?.resolve(msg);
      pending.delete(msg.id);
    }
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, {
        resolve: (r) =>
          r.error ? reject(new Error(`${method}: ${r.error.message}`)) : resolve(r.result ?? {}),
      });
      toBrowser.write(`${JSON.stringify({ id, method, params })}\0`);
    });
  // A browser that fails to start or dies must fail the bench, not leave it waiting.
  const fail = (why: string) => {
    for (const p of pending.values()) p.resolve({ error: { message: why } });
    pending.clear();
  };
  browser.once('error', (e) => fail(`Chromium did not start: ${e.message}`));
  browser.once('exit', (code, signal) => fail(`Chromium exited (${signal ?? code})`));
  await send('Browser.getVersion');

  /** Opens `url` in a fresh context and waits for its beacon. */
  const open = async (url: string, width: number, height: number) => {
    const { browserContextId } = (await send('Target.createBrowserContext')) as {
      browserContextId: string;
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      const reported = new Promise<Ready & { width: number; height: number }>((resolve, reject) => {
        report = resolve;
        timer = setTimeout(() => reject(new Error(`no beacon from ${url} within 30 s`)), 30_000);
      });
      await send('Target.createTarget', { url, browserContextId, newWindow: true, width, height });
      return await reported;
    } finally {
      clearTimeout(timer);
      report = null;
      await send('Target.disposeBrowserContext', { browserContextId });
    }
  };
  // The window's size includes what headless keeps for the browser's own frame (87 px of height
  // on Chromium 156): measure it once, so every page gets the 1280×900 viewport Playwright's do.
  const probe = await open(`${base}/size`, 1280, 900);
  const width = 1280 + (1280 - probe.width);
  const height = 900 + (900 - probe.height);

  return {
    beaconUrl: `${base}/r`,
    async load(url) {
      const r = await open(`${base}/go?to=${encodeURIComponent(url)}`, width, height);
      if (r.width !== 1280 || r.height !== 900)
        throw new Error(`the driverless viewport is ${r.width}×${r.height}, not 1280×900`);
      return { ready: r.ready, painted: r.painted };
    },
    async stop() {
      await send('Browser.close').catch(() => undefined);
      await new Promise((resolve) => {
        if (browser.exitCode !== null) resolve(undefined);
        else browser.once('exit', resolve);
      });
      collector.closeAllConnections();
      await new Promise((resolve) => collector.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
