/**
 * The AS relationships page against the stand-in's real CAIDA data: AS13335, AS6939 (the largest),
 * AS1205 (University Linz: a single provider, AS1853) and AS28 (named, but in no CAIDA link).
 */
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, gotoWithTheme, screenshot, test } from './fixtures';

interface Rel {
  asn2: number;
  rel: string;
}

async function apiRels(page: Page, asn: number): Promise<Rel[]> {
  const res = await page.request.get(`/client/v4/radar/entities/asns/${asn}/rel`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { result: { rels: Rel[] } }).result.rels;
}

const countOf = (rels: Rel[], rel: string) => rels.filter((r) => r.rel === rel).length;
const canvas = (page: Page) => page.getByTestId('graph-canvas');
const counts = (page: Page) => page.getByTestId('asn-counts');

async function expectCountsMatch(page: Page, asn: number) {
  const rels = await apiRels(page, asn);
  const fmt = (n: number) => n.toLocaleString('en-US');
  // The stand-in loads its dataset on the first Radar request: allow for that cold start.
  await expect(counts(page)).toBeVisible({ timeout: 45_000 });
  await expect(counts(page).locator('[data-count="provider"]')).toHaveText(
    fmt(countOf(rels, 'C2P')),
  );
  await expect(counts(page).locator('[data-count="peer"]')).toHaveText(fmt(countOf(rels, 'P2P')));
  await expect(counts(page).locator('[data-count="customer"]')).toHaveText(
    fmt(countOf(rels, 'P2C')),
  );
  await expect(
    page.getByText(
      `${fmt(rels.length)} ${rels.length === 1 ? 'neighbour matches' : 'neighbours match'}.`,
    ),
  ).toBeVisible();
  return rels;
}

test.describe('AS relationships page', () => {
  // axe over a 10k-neighbour page and a cold graph take longer than the default on a shared machine.
  test.slow();

  test('AS13335: header, counts from the API, a drawn graph and a readable page', async ({
    page,
  }) => {
    await page.goto('/asn/13335');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AS13335');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Cloudflare');
    await expectCountsMatch(page, 13335);
    await expect(
      page.getByRole('link', { name: /CAIDA's AS Relationships dataset/ }),
    ).toBeVisible();
    await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
    await expect(canvas(page).locator('canvas').first()).toBeVisible();
    expect(Number(await canvas(page).getAttribute('data-nodes'))).toBeGreaterThan(10);
    await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Provider (above)');
    await expectNoA11yViolations(page);
  });

  test('AS6939: 9.8k neighbours are counted in full but drawn aggregated', async ({ page }) => {
    await page.goto('/asn/6939');
    const rels = await expectCountsMatch(page, 6939);
    expect(rels.length).toBeGreaterThan(9000);
    await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
    const nodes = Number(await canvas(page).getAttribute('data-nodes'));
    expect(nodes).toBeGreaterThan(50);
    expect(nodes).toBeLessThan(300);
    await expect(canvas(page)).toHaveAttribute('aria-label', /in groups/);
    // The table still holds every neighbour: the last one by ASN is reachable by sorting.
    await page.getByRole('button', { name: 'ASN' }).click();
    await page.getByRole('button', { name: 'ASN' }).click();
    const last = Math.max(...rels.map((r) => r.asn2));
    await expect(page.locator(`[role="row"][data-asn="${last}"]`)).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('AS1205 has a single provider, AS1853, shown above it', async ({ page }) => {
    await page.goto('/asn/1205');
    await expectCountsMatch(page, 1205);
    await expect(counts(page)).toContainText('1 provider');
    const row = page.locator('[role="row"][data-asn="1853"]');
    await expect(row).toContainText('ACONET');
    await expect(row).toContainText('provider');
    await expect(canvas(page)).toHaveAttribute('data-nodes', '2');
  });

  test('an AS without relationships says so', async ({ page }) => {
    await page.goto('/asn/28');
    await expect(page.getByText("AS28 has no relationships in Radar's data.")).toBeVisible();
    await expect(canvas(page)).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test('a neighbour found in the table opens its own page', async ({ page }) => {
    await page.goto('/asn/13335');
    await page.getByRole('searchbox', { name: 'Find a neighbour' }).fill('cogent');
    await expect(page).toHaveURL(/q=cogent/);
    const link = page.getByRole('link', { name: 'AS174', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/asn\/174$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AS174');
  });

  test('the graph selects with arrow keys and opens with Enter', async ({ page }) => {
    await page.goto('/asn/1205');
    await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
    await canvas(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/node=/);
    const selected = Number(new URL(page.url()).searchParams.get('node'));
    await page.keyboard.press(selected === 1205 ? 'ArrowRight' : 'Enter');
    if (selected === 1205) await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/asn\/1853$/);
  });

  test('every URL state survives a reload', async ({ page }) => {
    await page.goto('/asn/13335');
    await page.getByRole('combobox', { name: 'Relationship' }).selectOption('provider');
    await page.getByRole('combobox', { name: 'Country' }).selectOption('US');
    await page.getByRole('searchbox', { name: 'Find a neighbour' }).fill('co');
    await page.getByText('Table', { exact: true }).click();
    await page.getByRole('button', { name: 'Name' }).click();
    await page.getByLabel(/What is this AS to AS13335/).fill('174');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/asn2=174/);
    const url = page.url();
    for (const part of [
      'rel=provider',
      'country=US',
      'q=co',
      'view=table',
      'sort=name',
      'asn2=174',
    ]) {
      expect(url).toContain(part);
    }
    // Let the first load finish (favicon included) so the reload aborts nothing.
    await page.waitForLoadState('load');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Relationship' })).toHaveValue('provider');
    await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('US');
    await expect(page.getByRole('searchbox', { name: 'Find a neighbour' })).toHaveValue('co');
    await expect(page.getByRole('radio', { name: 'Table', exact: true })).toBeChecked();
    await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(page.getByTestId('compare-answer')).toContainText(
      'AS174 is a provider of AS13335',
    );
    await expect(canvas(page)).toHaveCount(0);

    // The selected node is state too.
    await page.goto('/asn/1205?node=1853');
    await expect(page.getByTestId('graph-selection')).toContainText('AS1853');
    await page.waitForLoadState('load');
    await page.reload();
    await expect(page.getByTestId('graph-selection')).toContainText('AS1853');
  });

  test('bad values in the URL fall back without breaking the rest', async ({ page }) => {
    await page.goto('/asn/1205?rel=sibling&country=austria&view=map&sort=size&asn2=abc&q=aco');
    await expect(page.getByRole('combobox', { name: 'Relationship' })).toHaveValue('all');
    await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('');
    await expect(page.getByRole('searchbox', { name: 'Find a neighbour' })).toHaveValue('aco');
    await expect(page.getByTestId('compare-answer')).toHaveCount(0);
  });

  test('asn2 works both ways and says when there is no relationship', async ({ page }) => {
    await page.goto('/asn/13335?asn2=174');
    await expect(page.getByTestId('compare-answer')).toHaveText(
      'AS174 is a provider of AS13335: AS13335 buys transit from AS174.',
    );
    await expect(page.locator('[role="row"][data-asn="174"]')).toHaveClass(/bg-accent/);
    await page.goto('/asn/174?asn2=13335');
    await expect(page.getByTestId('compare-answer')).toHaveText(
      'AS13335 is a customer of AS174: AS174 provides transit to AS13335.',
    );
    await page.goto('/asn/13335?asn2=1205');
    await expect(page.getByTestId('compare-answer')).toHaveText(
      'AS1205 has no known relationship with AS13335.',
    );
  });

  test('CSV download holds exactly the rows the table shows', async ({ page }) => {
    await page.goto('/asn/13335?rel=provider&country=US');
    const res = await page.request.get('/client/v4/radar/entities/asns/13335/rel');
    const rels = ((await res.json()) as { result: { rels: (Rel & { asn2_country: string })[] } })
      .result.rels;
    const expected = rels
      .filter((r) => r.rel === 'C2P' && r.asn2_country === 'US')
      .map((r) => r.asn2)
      .sort((a, b) => a - b);
    expect(rels.length).toBeGreaterThan(expected.length);
    await expect(page.getByText(`${expected.length} neighbours match.`)).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('AS13335-neighbours-provider-US.csv');
    const text = await (await download.createReadStream()).toArray();
    const lines = Buffer.concat(text).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('asn,name,country,relationship,rel');
    const asns = lines.slice(1).map((l) => Number(l.split(',')[0]));
    expect([...asns].sort((a, b) => a - b)).toEqual(expected);
    expect(lines.slice(1).filter((l) => !l.endsWith(',US,provider,C2P'))).toEqual([]);
  });

  test('PNG export of the graph', async ({ page }) => {
    await page.goto('/asn/1205');
    await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('AS1205-neighbours.png');
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  for (const bad of ['0', '-1', '4294967296', 'abc']) {
    test(`/asn/${bad} is refused with the reason and no API call`, async ({ page }) => {
      const calls: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/radar/entities/asns')) calls.push(r.url());
      });
      await page.goto(`/asn/${bad}`);
      await expect(page.getByRole('alert')).toContainText(`"${bad}" is not a valid AS number.`);
      await expect(page.getByRole('alert')).toContainText(
        /reserved|negative|too large|digits only/,
      );
      expect(calls).toEqual([]);
    });
  }

  test('the compare box refuses a bad ASN inline without a request', async ({ page }) => {
    await page.goto('/asn/1205');
    await expect(counts(page)).toBeVisible();
    const calls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('asn2=')) calls.push(r.url());
    });
    await page.getByLabel(/What is this AS to AS1205/).fill('AS99999999999');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('alert')).toContainText('too large');
    expect(page.url()).not.toContain('asn2');
    expect(calls).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`screenshots in ${theme} at ${width} px`, async ({ page }) => {
        test.skip(process.env.SCREENSHOTS !== '1', 'screenshots only with SCREENSHOTS=1');
        await page.setViewportSize({ width, height: 900 });
        for (const asn of [1205, 6939]) {
          await gotoWithTheme(page, `/asn/${asn}`, theme);
          await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
          await screenshot(page, `asn-${asn}`);
        }
      });
    }
  }
});
