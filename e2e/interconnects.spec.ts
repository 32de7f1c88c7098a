/**
 * Interconnects and slots against the stand-in: what the page shows is compared with what the API
 * answers in the same test, so the test holds for any seed.
 */
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, gotoWithTheme, screenshot, test } from './fixtures';

interface Status {
  state: string;
  reason?: string | null;
}
interface Interconnect {
  name: string;
  type: string;
  site?: string;
  slot_id?: string;
}
interface Slot {
  id: string;
  site: string;
  speed: string;
  occupied: boolean;
}

async function cniBase(request: APIRequestContext) {
  const session = (await (await request.get('/api/session')).json()) as { accountId: string };
  return `/client/v4/accounts/${session.accountId}/cni`;
}

async function interconnectsWithStatus(request: APIRequestContext) {
  const base = await cniBase(request);
  const list = (
    (await (await request.get(`${base}/interconnects`)).json()) as { items: Interconnect[] }
  ).items;
  return Promise.all(
    list.map(async (i) => ({
      ...i,
      status: (await (
        await request.get(`${base}/interconnects/${i.name}/status`)
      ).json()) as Status,
    })),
  );
}

/** Every slot the API returns for these filters, following `next` like the page does. */
async function allSlots(request: APIRequestContext, filters: Record<string, string>) {
  const base = await cniBase(request);
  const slots: Slot[] = [];
  let cursor: number | null = null;
  do {
    const qs = new URLSearchParams({
      ...filters,
      limit: '25',
      ...(cursor !== null ? { cursor: String(cursor) } : {}),
    });
    const body = (await (await request.get(`${base}/slots?${qs}`)).json()) as {
      items: Slot[];
      next: number | null;
    };
    slots.push(...body.items);
    cursor = body.next;
  } while (cursor !== null);
  return slots;
}

const shownSlotIds = (page: Page) =>
  page
    .locator('[data-testid=slot-table] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slot-id')));

test.describe('interconnects', () => {
  test('every status is shown as the API reports it, down and unhealthy first', async ({
    page,
    request,
  }) => {
    const expected = await interconnectsWithStatus(request);
    expect(new Set(expected.map((i) => i.status.state))).toEqual(
      new Set(['Pending', 'Down', 'Unhealthy', 'Healthy']),
    );
    await page.goto('/interconnects');
    for (const ic of expected) {
      const cell = page.locator(`tr[data-name="${ic.name}"] [data-testid=status]`);
      await expect(cell).toContainText(ic.status.state);
      if (ic.status.reason) await expect(cell).toContainText(ic.status.reason);
    }
    // Attention first: the first rows are the Down then the Unhealthy ones.
    const order = await page
      .locator('[data-testid=interconnect-table] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')));
    const rank = (s: string) => ['Down', 'Unhealthy'].indexOf(s);
    const bad = expected
      .filter((i) => rank(i.status.state) >= 0)
      .sort((a, b) => rank(a.status.state) - rank(b.status.state));
    expect(order.slice(0, bad.length)).toEqual(bad.map((i) => i.name));
    const banner = page.getByTestId('attention');
    for (const ic of bad) await expect(banner).toContainText(ic.name);
    await expect(page.getByTestId('last-checked')).toContainText(/Last checked \d/);
    // Sites read as places, not only codes.
    const lhr = expected.find((i) => i.site === 'lhr');
    if (lhr)
      await expect(page.locator(`tr[data-name="${lhr.name}"]`)).toContainText(
        'London, United Kingdom',
      );
    await expectNoA11yViolations(page);
  });

  test('site, type and status filters live in the URL', async ({ page, request }) => {
    const expected = await interconnectsWithStatus(request);
    await page.goto('/interconnects');
    await page.getByLabel('Status').selectOption('Down');
    await expect(page).toHaveURL(/status=Down/);
    const down = expected.filter((i) => i.status.state === 'Down').map((i) => i.name);
    await expect(page.locator('[data-testid=interconnect-table] tbody tr')).toHaveCount(
      down.length,
    );
    await page.reload();
    await expect(page.getByLabel('Status')).toHaveValue('Down');
    await page.goto('/interconnects?type=gcp_partner');
    const gcp = expected.filter((i) => i.type === 'gcp_partner').map((i) => i.name);
    await expect(page.locator('[data-testid=interconnect-table] tbody tr')).toHaveCount(gcp.length);
    await page.getByLabel('Type').selectOption('');
    await page.getByLabel('Site').selectOption('lhr');
    await expect(page).toHaveURL(/site=lhr/);
    await expect(page).not.toHaveURL(/type=/);
    const lhr = expected.filter((i) => i.site === 'lhr').map((i) => i.name);
    await expect(page.locator('[data-testid=interconnect-table] tbody tr')).toHaveCount(lhr.length);
  });

  test('detail: status history of the session, CNIs, traceroute link', async ({
    page,
    request,
  }) => {
    const [ic] = (await interconnectsWithStatus(request)).filter(
      (i) => i.status.state === 'Unhealthy',
    );
    if (!ic) throw new Error('the stand-in has no Unhealthy interconnect');
    await page.goto('/interconnects');
    await page.locator(`tr[data-name="${ic.name}"]`).getByRole('link', { name: ic.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ic.name);
    await expect(page.getByTestId('current-status')).toContainText(ic.status.state);
    const history = page.getByTestId('status-history');
    await expect(history.locator('li')).toHaveCount(1);
    const checks = page.waitForResponse((r) =>
      r.url().endsWith(`/interconnects/${ic.name}/status`),
    );
    await page.getByRole('button', { name: 'Check now' }).click();
    await checks;
    await expect(history).toContainText(/\d+ checks/);
    const base = await cniBase(request);
    const cnis = (
      (await (await request.get(`${base}/cnis`)).json()) as {
        items: { interconnect: string; magic: { conduit_name: string } }[];
      }
    ).items;
    for (const c of cnis.filter((x) => x.interconnect === ic.name)) {
      await expect(page.getByRole('link', { name: c.magic.conduit_name })).toBeVisible();
    }
    const trace = page.getByRole('link', { name: /Traceroute from/ });
    // The link exists only once the traceroute page is in the build.
    if ((await trace.count()) > 0)
      await expect(trace).toHaveAttribute('href', `/traceroute?colos=${ic.site}`);
    await expectNoA11yViolations(page);
  });

  test('the LOA downloads as a valid PDF, with a custom name checked before asking', async ({
    page,
    request,
  }) => {
    const ic = (await interconnectsWithStatus(request)).find((i) => i.slot_id);
    if (!ic) throw new Error('the stand-in has no physical interconnect');
    const loaRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/loa')) loaRequests.push(r.url());
    });
    await page.goto(`/interconnects/${ic.name}`);
    const name = page.getByLabel('Name on the letter (optional)');
    await name.fill('x'.repeat(201));
    await page.getByRole('button', { name: 'Download LOA (PDF)' }).click();
    await expect(name).toHaveAccessibleDescription(
      /201 characters long; the LOA takes at most 200/,
    );
    expect(loaRequests).toEqual([]);

    await name.fill('Example Networks Ltd');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download LOA (PDF)' }).click();
    const file = await (await download).path();
    const pdf = readFileSync(file).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf).toContain('Example Networks Ltd');
    expect(loaRequests).toHaveLength(1);
    expect(loaRequests[0]).toContain('name=Example+Networks+Ltd');
    await expect(page.getByRole('status').filter({ hasText: `loa-${ic.name}.pdf` })).toBeVisible();
  });

  test('a cloud partner interconnect shows its region and offers no LOA', async ({
    page,
    request,
  }) => {
    const gcp = (await interconnectsWithStatus(request)).find((i) => i.type === 'gcp_partner');
    if (!gcp) throw new Error('the stand-in has no partner interconnect');
    await page.goto(`/interconnects/${gcp.name}`);
    await expect(page.getByText('Cloud region')).toBeVisible();
    await expect(page.getByText(/there is no LOA to download/)).toBeVisible();
  });
});

test.describe('slots', () => {
  test('pages follow the API cursor, by click and by scrolling', async ({ page, request }) => {
    test.setTimeout(60_000);
    const all = await allSlots(request, {});
    expect(all.length).toBeGreaterThan(50);
    const rows = page.locator('[data-testid=slot-table] tbody tr');
    await page.goto('/slots');
    await expect(rows).toHaveCount(25);
    expect(await shownSlotIds(page)).toEqual(all.slice(0, 25).map((s) => s.id));
    await expect(page.getByText(/counted over the 25 slots loaded so far/)).toBeVisible();
    await expectNoA11yViolations(page);
    // The click event itself, without scrolling the button into view: a real click scrolls it in,
    // which starts the scroll loading too, and on a slow machine the rows that then arrive keep
    // pushing the button away from the pointer. At least one more page arrives, in API order.
    await page.getByRole('button', { name: 'Load more' }).dispatchEvent('click');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(50);
    const afterClick = await shownSlotIds(page);
    expect(afterClick).toEqual(all.slice(0, afterClick.length).map((s) => s.id));
    // Scrolling to the end keeps loading until the API says there is no next page.
    await expect(async () => {
      await page.mouse.wheel(0, 10_000);
      await expect(page.getByText(`All ${all.length} matching slots loaded.`)).toBeVisible({
        timeout: 500,
      });
    }).toPass({ timeout: 15_000 });
    expect(await shownSlotIds(page)).toEqual(all.map((s) => s.id));
    await expect(page.getByText(`(all ${all.length} slots matching the filters)`)).toBeVisible();
  });

  test('every API filter is in the URL and the rows match the API', async ({ page, request }) => {
    const [sample] = await allSlots(request, { site: 'lhr', occupied: 'false' });
    if (!sample) throw new Error('the stand-in has no free slot at lhr');
    await page.goto('/slots');
    await page.getByLabel('Site').fill('LHR');
    await page.getByLabel('Speed').fill(sample.speed.toLowerCase());
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/site=lhr/);
    await expect(page).toHaveURL(new RegExp(`speed=${sample.speed}`));
    await page.getByLabel('Occupied').selectOption('free');
    await expect(page).toHaveURL(/occupied=false/);
    const free = await allSlots(request, { site: 'lhr', speed: sample.speed, occupied: 'false' });
    await expect(page.locator('[data-testid=slot-table] tbody tr')).toHaveCount(free.length);
    expect(await shownSlotIds(page)).toEqual(free.map((s) => s.id));
    await expect(page.getByText(`All ${free.length} matching slots loaded.`)).toBeVisible();

    await page.goto('/slots?occupied=true&address_contains=Example');
    await expect(page.getByLabel('Address contains')).toHaveValue('Example');
    await expect(page.getByLabel('Occupied')).toHaveValue('occupied');
    const matching = await allSlots(request, { occupied: 'true', address_contains: 'Example' });
    expect(matching.length).toBeGreaterThan(0);
    const first = matching.slice(0, 25).map((s) => s.id);
    await expect(page.locator('[data-testid=slot-table] tbody tr')).toHaveCount(first.length);
    expect(await shownSlotIds(page)).toEqual(first);

    await page.goto('/slots?site=zzz');
    await expect(page.getByText('No slot matches these filters')).toBeVisible();
  });

  test('counts per site and speed add up to the loaded slots', async ({ page, request }) => {
    const lhr = await allSlots(request, { site: 'lhr' });
    await page.goto('/slots?site=lhr');
    const counts = page.getByTestId('slot-counts');
    const free = lhr.filter((s) => !s.occupied).length;
    await expect(counts.locator('tbody tr')).toHaveCount(1);
    await expect(counts.locator('tbody tr td').last()).toHaveText(`${free} / ${lhr.length - free}`);
    await expect(page.getByText(`(all ${lhr.length} slots matching the filters)`)).toBeVisible();
  });
});

test('screenshots of each page and state', async ({ page, request }) => {
  test.skip(process.env.SCREENSHOTS !== '1', 'set SCREENSHOTS=1 to take them');
  test.setTimeout(120_000);
  const ic = (await interconnectsWithStatus(request)).find((i) => i.status.state === 'Down');
  const pages: [string, string][] = [
    ['interconnects', '/interconnects'],
    ['interconnects-filtered-empty', '/interconnects?site=lhr&status=Down'],
    ['interconnect-detail', `/interconnects/${ic?.name}`],
    ['interconnect-gcp', '/interconnects/demo-gcp-us-east4'],
    ['slots', '/slots'],
    ['slots-filtered', '/slots?site=lhr&occupied=false'],
  ];
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, url] of pages) {
        await gotoWithTheme(page, url, theme);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        await screenshot(page, name);
      }
    }
  }
});
