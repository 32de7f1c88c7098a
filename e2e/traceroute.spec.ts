/**
 * /traceroute against the stand-in: runs render what the response says (matrix, chart, AS
 * segments, loss readings), every option reaches the request body, a link only prefills, bad input
 * never leaves the browser, a 10-target all-colo result stays responsive, and an exported file
 * opens again without calling the API.
 */
import { readFileSync } from 'node:fs';
import type { Page, Request, Response } from '@playwright/test';
import { allowConsoleError, expect, expectNoA11yViolations, screenshot, test } from './fixtures';
import { TEN_TARGETS } from './traceroute-targets';

// The first traceroute of a server process loads the routing datasets, which takes a few seconds.
test.setTimeout(150_000);

interface Node {
  asn?: string;
  packet_count?: number;
  mean_rtt_ms?: number;
}
interface Hop {
  packets_ttl: number;
  packets_sent: number;
  packets_lost: number;
  nodes: Node[];
}
interface Trace {
  colo: { name: string };
  error: string;
  hops: Hop[];
}
type Result = { target: string; colos: Trace[] }[];

const isTraceroute = (r: Request | Response) => {
  const req = 'request' in r ? r.request() : r;
  return req.method() === 'POST' && new URL(req.url()).pathname.endsWith('/diagnostics/traceroute');
};

/** Every traceroute POST the page sends from now on. */
function recordPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (r) => {
    if (isTraceroute(r)) posts.push(r);
  });
  return posts;
}

async function run(page: Page): Promise<{ request: Request; result: Result }> {
  const [response] = await Promise.all([
    page.waitForResponse(isTraceroute, { timeout: 60_000 }),
    page.getByRole('button', { name: 'Run traceroute' }).click(),
  ]);
  expect(response.status()).toBe(200);
  return { request: response.request(), result: (await response.json()).result };
}

const lastAnswer = (t: Trace) => [...t.hops].reverse().find((h) => h.nodes.length > 0)!;
const primary = (h: Hop) =>
  [...h.nodes].sort((a, b) => (b.packet_count ?? 0) - (a.packet_count ?? 0))[0]!;
const cell = (page: Page, colo: string, target: number) =>
  page.locator(`[data-testid=matrix-row][data-colo=${colo}] [data-testid=matrix-cell]`).nth(target);

test('two targets from two colos: matrix, charts, AS segments and hop tables match the response', async ({
  page,
}) => {
  await page.goto('/traceroute?targets=1.1.1.1,8.8.8.8&colos=den,sin');
  const { request, result } = await run(page);
  expect(request.postDataJSON()).toMatchObject({
    targets: ['1.1.1.1', '8.8.8.8'],
    colos: ['den', 'sin'],
  });

  await expect(page.getByTestId('matrix-row')).toHaveCount(2);
  for (const [ti, t] of result.entries()) {
    for (const trace of t.colos) {
      const last = lastAnswer(trace);
      const rtt = `${primary(last).mean_rtt_ms!.toFixed(1)} ms`;
      const loss = `${Math.round((last.packets_lost / last.packets_sent) * 100)}% loss`;
      const c = cell(page, trace.colo.name, ti);
      await expect(c).toContainText(rtt);
      await expect(c).toContainText(loss);

      await c.click();
      await expect(page.locator('#trace-detail')).toContainText(
        `${t.target} from ${trace.colo.name}`,
      );
      await expect(page.getByTestId('hop-chart')).toHaveAttribute(
        'data-hops',
        String(trace.hops.length),
      );
      await expect(page.getByTestId('hop-row')).toHaveCount(trace.hops.length);
      // AS segments: the answering hops' ASes in path order, consecutive repeats merged.
      const ases: string[] = [];
      for (const h of trace.hops) {
        const asn = h.nodes.length ? primary(h).asn!.replace(/^AS/, '') : '';
        if (asn && ases[ases.length - 1] !== asn) ases.push(asn);
      }
      const shown = page.locator('[data-testid=as-segment][data-asn]:not([data-asn=""])');
      await expect(shown).toHaveCount(ases.length);
      expect(await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-asn')))).toEqual(
        ases,
      );
      await expect(page.getByTestId('as-relationship')).toHaveCount(Math.max(0, ases.length - 1));
      if (ases.length > 1)
        await expect(page.getByTestId('as-relationship').first()).not.toContainText('Checking');
      await expect(page.locator('[data-testid=as-segment] a').first()).toHaveAttribute(
        'href',
        `/asn/${ases[0]}`,
      );
    }
  }
  await expectNoA11yViolations(page);
});

test('loss is read as rate limiting when it stops, as forwarding loss when it persists to the end', async ({
  page,
}) => {
  await page.goto('/traceroute?targets=8.8.8.8&colos=den,sin');
  const { result } = await run(page);
  const kinds = new Set<string>();
  for (const trace of result[0]!.colos) {
    await cell(page, trace.colo.name, 0).click();
    await expect(page.locator('#trace-detail')).toContainText(trace.colo.name);
    // The run of lossy hops that reaches the last answering hop is forwarding loss; earlier loss
    // at answering hops is rate limiting.
    const lossy = trace.hops.map((h) => h.packets_lost > 0);
    const last = trace.hops.lastIndexOf(lastAnswer(trace));
    let start = last + 1;
    if (lossy[last]) for (start = last; start > 0 && lossy[start - 1]; start--);
    const labels = page.getByTestId('hop-loss');
    for (const [i, h] of trace.hops.entries()) {
      const expected = !h.nodes.length
        ? i > last
          ? 'unreached'
          : 'no-reply'
        : h.packets_lost === 0
          ? 'none'
          : i >= start
            ? 'forwarding'
            : 'rate-limit';
      kinds.add(expected);
      await expect(labels.nth(i)).toHaveAttribute('data-kind', expected);
      if (expected === 'rate-limit')
        await expect(labels.nth(i)).toContainText('likely ICMP rate limiting');
      if (expected === 'forwarding') await expect(labels.nth(i)).toContainText('forwarding loss');
    }
    const verdict = page.getByTestId('loss-verdict');
    // Named from the first hop of that run that answered (a silent router says nothing).
    const firstLossy = trace.hops.slice(start, last + 1).find((h) => h.nodes.length > 0);
    if (firstLossy)
      await expect(verdict).toContainText(
        `Forwarding loss: loss starts at hop ${firstLossy.packets_ttl}`,
      );
    else await expect(verdict).not.toContainText('Forwarding loss');
  }
  // The stand-in's answer for these two colos shows both patterns, so both readings were checked.
  expect([...kinds]).toEqual(expect.arrayContaining(['rate-limit', 'forwarding']));
});

test('every option reaches the request body; no colo picked leaves colos out', async ({ page }) => {
  await page.goto('/traceroute');
  await page.getByLabel('Targets').fill('1.1.1.1, one.one.one.one');
  await page.getByLabel('Filter colos by code, city or country').fill('london');
  await page.getByRole('checkbox', { name: /^lhr London/ }).check();
  await page.getByLabel('Packet type').selectOption('tcp');
  await page.getByRole('spinbutton', { name: 'Max TTL (hops)' }).fill('20');
  await page.getByRole('spinbutton', { name: 'Packets per TTL' }).fill('5');
  await page.getByRole('spinbutton', { name: 'Port' }).fill('443');
  await page.getByRole('spinbutton', { name: 'Wait per probe' }).fill('2');
  await expect(page).toHaveURL(/max_ttl=20/);
  const first = await run(page);
  expect(first.request.postDataJSON()).toEqual({
    targets: ['1.1.1.1', 'one.one.one.one'],
    colos: ['lhr'],
    options: { packet_type: 'tcp', max_ttl: 20, packets_per_ttl: 5, port: 443, wait_time: 2 },
  });
  // The form is in the URL, so this link prefills the same form.
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({
    targets: '1.1.1.1,one.one.one.one',
    colos: 'lhr',
    packet_type: 'tcp',
    max_ttl: '20',
    packets_per_ttl: '5',
    port: '443',
    wait_time: '2',
  });

  await page.getByRole('button', { name: 'Clear: use all colos' }).click();
  await page.getByLabel('Targets').fill('1.1.1.1');
  await page.getByRole('spinbutton', { name: 'Max TTL (hops)' }).fill('3');
  await page.getByRole('spinbutton', { name: 'Packets per TTL' }).fill('1');
  const all = await run(page);
  const body = all.request.postDataJSON();
  expect(body).not.toHaveProperty('colos');
  expect(body.options).toEqual({
    packet_type: 'tcp',
    max_ttl: 3,
    packets_per_ttl: 1,
    port: 443,
    wait_time: 2,
  });
  expect(all.result[0]!.colos.length).toBeGreaterThan(250);
});

test('a prefilled link fills the form and does not run', async ({ page }) => {
  const posts = recordPosts(page);
  await page.goto(
    '/traceroute?targets=8.8.8.8,dns.google&colos=den,nrt,zzz&packet_type=udp&max_ttl=30&packets_per_ttl=99&port=53&wait_time=4',
  );
  await expect(page.getByLabel('Targets')).toHaveValue('8.8.8.8,dns.google');
  await expect(page.getByRole('button', { name: /^Remove den \(Denver/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove nrt \(Tokyo/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(2);
  await expect(page.getByLabel('Packet type')).toHaveValue('udp');
  await expect(page.getByRole('spinbutton', { name: 'Max TTL (hops)' })).toHaveValue('30');
  // Out of range in the link: the default instead.
  await expect(page.getByRole('spinbutton', { name: 'Packets per TTL' })).toHaveValue('3');
  await expect(page.getByRole('spinbutton', { name: 'Port' })).toHaveValue('53');
  await expect(page.getByRole('spinbutton', { name: 'Wait per probe' })).toHaveValue('4');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  expect(posts).toHaveLength(0);
  await expect(page.getByText('No result yet')).toBeVisible();
  await expectNoA11yViolations(page);
});

test('bad input is refused before anything is sent', async ({ page }) => {
  const posts = recordPosts(page);
  await page.goto('/traceroute');
  const runButton = page.getByRole('button', { name: 'Run traceroute' });
  await runButton.click();
  await expect(page.getByText('Enter at least one IP address or hostname.')).toBeVisible();

  await page.getByLabel('Targets').fill('1.1.1.1, not a host!, 1.2.3');
  // The text stays as typed while the URL follows it (a normalised copy must not overwrite it).
  await page.waitForURL(/targets=/);
  await expect(page.getByLabel('Targets')).toHaveValue('1.1.1.1, not a host!, 1.2.3');
  await page.getByRole('spinbutton', { name: 'Max TTL (hops)' }).fill('65');
  await page.getByRole('spinbutton', { name: 'Wait per probe' }).fill('0');
  await runButton.click();
  await expect(
    page.getByText('"not" is neither an IP address nor a hostname.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('"1.2.3" is neither', { exact: false })).toBeVisible();
  await expect(
    page.getByText('65 is out of range: enter a whole number from 0 to 64.'),
  ).toBeVisible();
  await expect(
    page.getByText('0 is out of range: enter a whole number from 1 to 5.'),
  ).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Max TTL (hops)' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );

  await page
    .getByLabel('Targets')
    .fill(Array.from({ length: 11 }, (_, i) => `10.0.0.${i + 1}`).join('\n'));
  await page.getByRole('spinbutton', { name: 'Max TTL (hops)' }).fill('15');
  await page.getByRole('spinbutton', { name: 'Wait per probe' }).fill('1');
  await runButton.click();
  await expect(page.getByText('11 targets: at most 10 can run at once.')).toBeVisible();
  await expectNoA11yViolations(page);
  expect(posts).toHaveLength(0);
});

test('per-colo errors show in place; a 429 says when to run again; Cancel stops a run', async ({
  page,
}) => {
  await page.goto('/traceroute?targets=1.1.1.1,nonexistent.example&colos=den,sin');
  await run(page);
  await expect(cell(page, 'den', 1)).toContainText('error');
  await cell(page, 'den', 1).click();
  await expect(page.getByTestId('colo-error')).toContainText(
    'Could not gather traceroute data: Code 1',
  );
  await expect(page.getByTestId('results-summary')).toContainText('2 colo errors');

  allowConsoleError(page, /status of 429/);
  await page.route('**/diagnostics/traceroute', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'retry-after': '40', 'content-type': 'application/json' },
      body: JSON.stringify({
        success: false,
        errors: [{ code: 10000, message: 'Rate limited' }],
        messages: [],
        result: null,
      }),
    }),
  );
  await page.getByRole('button', { name: 'Run traceroute' }).click();
  await expect(page.getByTestId('rate-limit')).toContainText(
    /You can run again at .+ \(in (39|40) s\)/,
  );
  await expect(page.getByRole('button', { name: 'Run traceroute' })).toBeDisabled();
  // The earlier result stays on screen.
  await expect(page.getByTestId('matrix-row')).toHaveCount(2);
  await screenshot(page, 'traceroute-429');

  await page.unroute('**/diagnostics/traceroute');
  await page.clock.install();
  await page.reload();
  // A run that hangs: Cancel aborts it.
  await page.route('**/diagnostics/traceroute', () => new Promise(() => undefined));
  await page.getByRole('button', { name: 'Run traceroute' }).click();
  await expect(page.getByTestId('run-progress')).toBeVisible();
  await page.clock.runFor(3000);
  await expect(page.getByTestId('elapsed')).toHaveText('3 s');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('run-cancelled')).toContainText('Cancelled after 3 s');
  await expect(page.getByRole('button', { name: 'Run traceroute' })).toBeEnabled();
});

test('a result file round-trips: export, then open it with no API call', async ({ page }, info) => {
  await page.goto('/traceroute?targets=1.1.1.1,8.8.8.8&colos=den,sin');
  const { result } = await run(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^traceroute-\d{8}-\d{4}Z-1\.1\.1\.1-and-1-more\.json$/,
  );
  const file = info.outputPath('result.json');
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.result).toEqual(result);
  expect(saved.request).toEqual({
    targets: ['1.1.1.1', '8.8.8.8'],
    colos: ['den', 'sin'],
    options: { packet_type: 'icmp', max_ttl: 15, packets_per_ttl: 3, port: 0, wait_time: 1 },
  });

  await page.goto('/traceroute');
  const posts = recordPosts(page);
  await page.getByTestId('open-file').setInputFiles(file);
  await expect(page.getByTestId('opened-file')).toContainText('result.json');
  await expect(page.getByTestId('matrix-row')).toHaveCount(2);
  const last = lastAnswer(result[1]!.colos[1]!);
  await expect(cell(page, result[1]!.colos[1]!.colo.name, 1)).toContainText(
    `${primary(last).mean_rtt_ms!.toFixed(1)} ms`,
  );
  await cell(page, 'sin', 1).click();
  await expect(page.getByTestId('hop-chart')).toBeVisible();
  expect(posts).toHaveLength(0);

  // Not an export: refused with the reason, the shown result stays.
  await page.getByTestId('open-file').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"a":1}'),
  });
  await expect(
    page.getByText('other.json: The file is not a routedeck traceroute export'),
  ).toBeVisible();
  await expect(page.getByTestId('matrix-row')).toHaveCount(2);
});

test('10 targets from all colos: the page stays responsive and keeps the DOM small', async ({
  page,
}) => {
  await page.goto(`/traceroute?targets=${TEN_TARGETS.join(',')}`);
  const { request, result } = await run(page);
  expect(request.postDataJSON()).not.toHaveProperty('colos');
  const colos = result[0]!.colos.length;
  // Responsiveness is measured in bench/traceroute.bench.ts, never asserted on time here: what a
  // test can hold is the structure that keeps it responsive, a virtualized matrix.
  await expect(page.getByTestId('matrix')).toHaveAttribute('data-colos', String(colos));
  // Virtualized: a few dozen rows in the DOM for hundreds of colos.
  expect(await page.getByTestId('matrix-row').count()).toBeLessThan(60);
  // Sorting by the last target's RTT, then by loss, still works on the full result.
  await page.locator('[aria-label="Sort by RTT to m.root-servers.net"]').click();
  await expect(
    page.getByRole('button', { name: /Sort by RTT to m\.root-servers\.net, now ascending/ }),
  ).toBeVisible();
  await page.locator('[aria-label="Sort by loss to 8.8.8.8"]').click();
  await expect(page.getByRole('button', { name: /Sort by loss to 8\.8\.8\.8, now/ })).toBeVisible();
  // Typing in the colo filter while the result is shown stays usable.
  await page.getByLabel('Filter colos by code, city or country').fill('sin');
  await expect(page.getByRole('checkbox', { name: /^sin Singapore/ })).toBeVisible();
  // Scrolling to the end of the matrix and opening the last colo's chart works.
  await page.getByTestId('matrix').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const lastRow = page.getByTestId('matrix-row').last();
  await lastRow.getByTestId('matrix-cell').first().click();
  await expect(page.getByTestId('hop-chart').or(page.getByTestId('colo-error'))).toBeVisible();
  await expect(page.getByTestId('hop-chart')).toHaveCount(
    await page.getByTestId('hop-chart').count(),
  );
  expect(await page.getByTestId('hop-chart').count()).toBeLessThanOrEqual(1);
});

for (const theme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`states look right: ${theme}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript((t) => localStorage.setItem('routedeck-theme', t), theme);
      await page.goto('/traceroute');
      await screenshot(page, 'traceroute-empty');
      await page.getByLabel('Targets').fill('1.1.1.1, bad host');
      await page.getByRole('spinbutton', { name: 'Max TTL (hops)' }).fill('80');
      await page.getByRole('button', { name: 'Run traceroute' }).click();
      await expectNoA11yViolations(page);
      await screenshot(page, 'traceroute-invalid');
      await page.goto('/traceroute?targets=1.1.1.1,8.8.8.8&colos=den,sin');
      await run(page);
      await cell(page, 'den', 1).click();
      await expect(page.getByTestId('as-relationship').first()).not.toContainText('Checking');
      await expectNoA11yViolations(page);
      await screenshot(page, 'traceroute-results');
    });
  }
}
