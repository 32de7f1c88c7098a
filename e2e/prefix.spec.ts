/**
 * The prefix routes page against the stand-in. Every count and state on screen is compared with
 * the same API response fetched by the test, and examples come from the shipped data: LACNIC
 * prefixes whose origin a VRP authorises (valid) or does not (invalid), an IPv6 LACNIC prefix, a
 * documentation prefix nobody announces, and 8.8.8.8 inside 8.8.8.0/24.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, gotoWithTheme, screenshot, test } from './fixtures';

interface Realtime {
  meta: {
    collectors: Array<{ collector: string }>;
    prefix_origins: Array<{
      origin: number;
      rpki_validation: string;
      total_visible: number;
      total_peers: number;
    }>;
  };
  routes: Array<{ collector: string; as_path: number[]; communities: string[] }>;
}

async function realtime(request: APIRequestContext, prefix: string): Promise<Realtime> {
  const r = await request.get(
    `/client/v4/radar/bgp/routes/realtime?prefix=${encodeURIComponent(prefix)}`,
  );
  expect(r.ok()).toBe(true);
  return ((await r.json()) as { result: Realtime }).result;
}

const routesCount = (page: Page) => page.getByTestId('routes-count');

/**
 * The first outcome of a navigation: on the two shared cores the bundle and the data can take
 * several seconds to arrive, so this waits longer than later assertions on the rendered page.
 */
const FIRST_PAINT = { timeout: 30_000 };

/** Screenshots of the current URL in both themes at 375 and 1280 px (only with SCREENSHOTS=1). */
async function shots(page: Page, name: string, ready: (p: Page) => Promise<void>) {
  if (process.env.SCREENSHOTS !== '1') return;
  const url = page.url();
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await gotoWithTheme(page, url, theme);
      await ready(page);
      await screenshot(page, `prefix-${name}`);
    }
  }
}

async function expectMatchesApi(page: Page, api: Realtime) {
  await expect(routesCount(page)).toHaveText(`${api.routes.length} routes`, FIRST_PAINT);
  await expect(page.getByTestId('collectors').locator('tbody tr')).toHaveCount(
    api.meta.collectors.length,
  );
  const origins = page.getByTestId('origins').locator('li');
  await expect(origins).toHaveCount(api.meta.prefix_origins.length);
  for (const o of api.meta.prefix_origins) {
    const li = page.locator(`[data-origin="${o.origin}"]`);
    await expect(li.getByRole('link', { name: `AS${o.origin}` })).toHaveAttribute(
      'href',
      `/asn/${o.origin}`,
    );
    await expect(li.getByTestId('visible-peers')).toHaveText(String(o.total_visible));
    await expect(li.getByTestId('total-peers')).toHaveText(String(o.total_peers));
    const label = { valid: 'RPKI valid', invalid: 'RPKI invalid', unknown: 'RPKI not found' }[
      o.rpki_validation.toLowerCase()
    ];
    await expect(li.getByText(label ?? o.rpki_validation)).toBeVisible();
  }
}

const tableReady = (p: Page) => expect(p.getByTestId('route-row').first()).toBeVisible(FIRST_PAINT);

test.describe('prefix routes page', () => {
  // axe and the relationship lookups are slow when the two shared cores are busy; screenshots
  // reload each state four times (two themes, two widths).
  test.describe.configure({ timeout: process.env.SCREENSHOTS === '1' ? 240_000 : 90_000 });

  test('1.1.1.0/24: origins, visibility, collectors and routes match the API', async ({
    page,
    request,
  }) => {
    const api = await realtime(request, '1.1.1.0/24');
    await page.goto('/prefix/1.1.1.0/24');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Routes to 1.1.1.0/24');
    await expectMatchesApi(page, api);
    await expect(page.getByTestId('moas-alarm')).toHaveCount(
      new Set(api.meta.prefix_origins.map((o) => o.origin)).size > 1 ? 1 : 0,
    );
    await expectNoA11yViolations(page);
    await shots(page, '1.1.1.0_24', tableReady);
  });

  test('a cold load asks for the routes and the session once, from index.html, before the app has loaded', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.includes('/radar/bgp/routes/realtime') || pathname === '/api/session')
        requests.push(pathname);
    });
    await page.goto('/prefix/1.1.1.0/24');
    await expect(routesCount(page)).toHaveText(/\d+ routes/, FIRST_PAINT);
    // One request each, started by a preload link (not by the app's fetch), and reused by the app.
    expect(requests.sort()).toEqual(['/api/session', '/client/v4/radar/bgp/routes/realtime']);
    const initiators = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/radar\/bgp\/routes\/realtime|\/api\/session/.test(e.name))
        .map((e) => (e as PerformanceResourceTiming).initiatorType),
    );
    expect(initiators).toEqual(['link', 'link']);
  });

  test('an IPv6 prefix (LACNIC, RPKI-valid)', async ({ page, request }) => {
    const api = await realtime(request, '2001:1218::/32');
    expect(api.meta.prefix_origins[0]?.rpki_validation).toBe('valid');
    await page.goto('/prefix/2001:1218::/32');
    await expectMatchesApi(page, api);
    await expect(page.getByTestId('rpki-invalid-alarm')).toHaveCount(0);
    await expectNoA11yViolations(page);
    await shots(page, 'ipv6', tableReady);
  });

  test('a LACNIC prefix whose origin a ROA authorises is RPKI-valid', async ({ page, request }) => {
    const api = await realtime(request, '24.152.4.0/22');
    expect(api.meta.prefix_origins.map((o) => o.rpki_validation)).toEqual(['valid']);
    await page.goto('/prefix/24.152.4.0/22');
    await expectMatchesApi(page, api);
    await expect(page.getByTestId('rpki-invalid-alarm')).toHaveCount(0);
    await expect(page.getByTestId('moas-alarm')).toHaveCount(0);
    await shots(page, 'rpki-valid', tableReady);
  });

  test('an RPKI-invalid origin raises an alarm in words', async ({ page, request }) => {
    const api = await realtime(request, '24.152.96.0/22');
    const invalid = api.meta.prefix_origins.find((o) => o.rpki_validation === 'invalid');
    expect(invalid).toBeDefined();
    await page.goto('/prefix/24.152.96.0/22');
    await expectMatchesApi(page, api);
    await expect(page.getByTestId('rpki-invalid-alarm')).toContainText(
      `AS${invalid!.origin} is RPKI-invalid`,
    );
    await expectNoA11yViolations(page);
    await shots(page, 'rpki-invalid', tableReady);
  });

  test('two origins (MOAS) raise an alarm naming both', async ({ page, request }) => {
    // The shipped prefix table holds one origin per prefix, so the stand-in never answers with a
    // MOAS; the realtime answer for 1.1.1.0/24 gets a second, RPKI-invalid origin (the peer AS of
    // its first route, as in a hijack) through interception, as the live API would send it.
    const api = await realtime(request, '1.1.1.0/24');
    const first = api.meta.prefix_origins[0]!;
    const hijacker = api.routes.find((r) => r.as_path[0] !== first.origin)!.as_path[0]!;
    const moas: Realtime = {
      ...api,
      meta: {
        ...api.meta,
        prefix_origins: [
          ...api.meta.prefix_origins,
          { ...first, origin: hijacker, rpki_validation: 'invalid', total_visible: 2 },
        ],
      },
    };
    await page.route('**/client/v4/radar/bgp/routes/realtime**', (route) =>
      route.fulfill({ json: { success: true, errors: [], messages: [], result: moas } }),
    );
    await page.goto('/prefix/1.1.1.0/24');
    await expectMatchesApi(page, moas);
    await expect(page.getByTestId('moas-alarm')).toContainText(
      `2 origins announce this prefix (AS${first.origin}, AS${hijacker})`,
    );
    await expect(page.getByTestId('rpki-invalid-alarm')).toContainText(
      `AS${hijacker} is RPKI-invalid`,
    );
    await expectNoA11yViolations(page);
    await shots(page, 'moas', tableReady);
  });

  test('a prefix nobody announces says so', async ({ page, request }) => {
    const api = await realtime(request, '240.0.0.0/24');
    expect(api.routes).toHaveLength(0);
    await page.goto('/prefix/240.0.0.0/24');
    await expect(page.getByText('Nobody announces 240.0.0.0/24')).toBeVisible(FIRST_PAINT);
    await expectNoA11yViolations(page);
    await shots(page, 'no-routes', (p) => expect(p.getByTestId('no-routes')).toBeVisible());
  });

  test('an address shows its covering announced prefix and says so', async ({ page, request }) => {
    const api = await realtime(request, '8.8.8.0/24');
    await page.goto('/prefix/8.8.8.8');
    await expect(page.getByTestId('address-note')).toContainText(
      '8.8.8.8 is inside 8.8.8.0/24',
      FIRST_PAINT,
    );
    await expectMatchesApi(page, api);
    await shots(page, 'address', tableReady);
  });

  for (const [input, reason] of [
    ['1.2.3.0/33', /longer than an IPv4 address/],
    ['::/129', /longer than an IPv6 address/],
    ['10.0.0.1/8', /host bits set: did you mean 10\.0\.0\.0\/8/],
    ['hello', /not a prefix or an IP address/],
  ] as const) {
    test(`refuses ${input} with the reason, before any request`, async ({ page }) => {
      const radar: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/client/v4/radar/')) radar.push(r.url());
      });
      await page.goto(`/prefix/${input}`);
      await expect(page.getByTestId('bad-input')).toContainText(reason, FIRST_PAINT);
      expect(radar).toEqual([]);
      if (input === 'hello') {
        await expectNoA11yViolations(page);
        await shots(page, 'bad-input', (p) => expect(p.getByTestId('bad-input')).toBeVisible());
      }
    });
  }

  test('filters, sort and tab live in the URL and survive a reload', async ({ page, request }) => {
    const api = await realtime(request, '1.1.1.0/24');
    const collector = api.routes[0]!.collector;
    const transit = api.routes[0]!.as_path[1] ?? api.routes[0]!.as_path[0]!;
    const expected = api.routes.filter(
      (r) => r.collector === collector && r.as_path.includes(transit),
    ).length;
    await page.goto('/prefix/1.1.1.0/24');
    await tableReady(page);
    await page.getByRole('combobox', { name: 'Collector' }).selectOption(collector);
    await page.getByLabel('AS in path').fill(String(transit));
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('button', { name: 'Updated' }).click();
    const text = `${expected} of ${api.routes.length} routes match the filters`;
    await expect(routesCount(page)).toHaveText(
      expected === api.routes.length ? `${expected} routes` : text,
    );
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      collector,
      as: String(transit),
      sort: 'time',
    });
    await page.reload();
    await expect(routesCount(page)).toHaveText(
      expected === api.routes.length ? `${expected} routes` : text,
    );
    await expect(page.getByRole('combobox', { name: 'Collector' })).toHaveValue(collector);
    await expect(page.getByLabel('AS in path')).toHaveValue(String(transit));
    await expect(page.getByRole('columnheader', { name: /Updated/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await page.getByRole('tab', { name: 'AS paths' }).click();
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
    await page.reload();
    await expect(page.getByRole('tab', { name: 'AS paths' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
    await shots(page, 'graph', (p) =>
      expect(p.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true'),
    );
  });

  test('the view tabs work from the keyboard: one tab stop, arrows wrap, Home/End, URL follows', async ({
    page,
  }) => {
    await page.goto('/prefix/1.1.1.0/24');
    await tableReady(page);
    const tab = (name: string | RegExp) => page.getByRole('tab', { name, exact: true });
    const routes = tab(/^Routes \(\d+\)$/);
    const paths = tab('AS paths');
    const checks = tab('Path checks');
    const selectedIs = async (t: typeof routes, panel: string | RegExp, param: string | null) => {
      await expect(t).toBeFocused();
      await expect(t).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel', { name: panel })).toBeVisible();
      await expect(page.getByRole('tabpanel')).toHaveCount(1);
      await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe(param);
    };

    // Tab from the top of the page reaches the selected tab, never the other two.
    await page.locator('body').focus();
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('Tab');
      const role = await page.evaluate(() => document.activeElement?.getAttribute('role'));
      if (role === 'tab') break;
    }
    await expect(routes).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tabpanel', { name: /^Routes/ })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(routes).toBeFocused();

    await page.keyboard.press('ArrowRight');
    await selectedIs(paths, 'AS paths', 'paths');
    await expect(page.getByTestId('graph-canvas')).toBeVisible();
    await expect(routes).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('End');
    await selectedIs(checks, 'Path checks', 'checks');
    await expect(page.getByTestId('upstreams')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await selectedIs(routes, /^Routes/, null);
    await expect(page.getByTestId('routes-table')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await selectedIs(checks, 'Path checks', 'checks');
    await page.keyboard.press('Home');
    await selectedIs(routes, /^Routes/, null);
  });

  test('a community filter and a click on an AS in a path narrow the table; CSV has those rows', async ({
    page,
    request,
  }) => {
    const api = await realtime(request, '1.1.1.0/24');
    const community = api.routes.flatMap((r) => r.communities)[0]!;
    const withCommunity = api.routes.filter((r) => r.communities.includes(community)).length;
    await page.goto(`/prefix/1.1.1.0/24?community=${encodeURIComponent(community)}`);
    await expect(page.getByTestId('routes-table')).toHaveAttribute(
      'data-rows',
      String(withCommunity),
      FIRST_PAINT,
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export CSV/ }).click();
    const csv = await (await download).createReadStream();
    let text = '';
    for await (const chunk of csv) text += String(chunk);
    expect(text.trim().split('\r\n')).toHaveLength(withCommunity + 1);

    await page.goto('/prefix/1.1.1.0/24');
    await tableReady(page);
    const origin = api.meta.prefix_origins[0]!.origin;
    await page
      .getByTestId('route-row')
      .first()
      .getByRole('button', { name: String(origin), exact: false })
      .last()
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('as')).toBe(String(origin));
    await expect(page.getByTestId('routes-table')).toHaveAttribute(
      'data-rows',
      String(api.routes.filter((r) => r.as_path.includes(origin)).length),
    );
  });

  test('path checks: upstream shares and the valley-free verdict from the relationships', async ({
    page,
    request,
  }) => {
    const api = await realtime(request, '1.1.1.0/24');
    await page.goto('/prefix/1.1.1.0/24?tab=checks&live=true');
    await expect(page.getByTestId('upstreams')).toBeVisible(FIRST_PAINT);
    await expect(page.getByTestId('leak-hints')).toContainText(
      `of ${api.routes.length} paths are valley-free`,
      { timeout: 20_000 },
    );
    await expect(page.getByTestId('refresh-status')).toContainText(/Next refresh in \d+ s/);
    await expect(page.getByTestId('visibility-history')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: /Auto-refresh/ })).toBeChecked();
    await expect(page.getByRole('tab', { name: 'Path checks' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expectNoA11yViolations(page);
    await shots(page, 'checks', (p) =>
      expect(p.getByTestId('leak-hints')).toBeVisible({ timeout: 20_000 }),
    );
  });
});
