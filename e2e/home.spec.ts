import type { APIRequestContext } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';

/** What the stand-in says, read the way any API client would, to check the page's figures. */
async function apiFigures(request: APIRequestContext) {
  const session = await (await request.get('/api/session')).json();
  const base = `/client/v4/accounts/${session.accountId}`;
  const prefixes = (await (await request.get(`${base}/addressing/prefixes`)).json()).result;
  let advertised = 0;
  let bgpTotal = 0;
  for (const p of prefixes) {
    const bgp = (
      await (await request.get(`${base}/addressing/prefixes/${p.id}/bgp/prefixes`)).json()
    ).result;
    bgpTotal += bgp.length;
    advertised += bgp.filter(
      (b: { on_demand?: { advertised?: boolean } }) => b.on_demand?.advertised === true,
    ).length;
  }
  const names: string[] = [];
  let cursor: number | undefined;
  for (;;) {
    const page = await (
      await request.get(
        `${base}/cni/interconnects${cursor !== undefined ? `?cursor=${cursor}` : ''}`,
      )
    ).json();
    names.push(...page.items.map((i: { name: string }) => i.name));
    if (page.next == null || page.next === cursor || page.items.length === 0) break;
    cursor = page.next;
  }
  let healthy = 0;
  for (const n of names) {
    const s = await (
      await request.get(`${base}/cni/interconnects/${encodeURIComponent(n)}/status`)
    ).json();
    if (s.state === 'Healthy') healthy++;
  }
  return { prefixes: prefixes.length, bgpTotal, advertised, interconnects: names.length, healthy };
}

test('the overview summarises BYOIP advertisement and interconnect health as the API reports them', async ({
  page,
  request,
}) => {
  const want = await apiFigures(request);
  expect(want.bgpTotal, 'the demo account has BGP prefixes').toBeGreaterThan(0);
  expect(want.interconnects, 'the demo account has interconnects').toBeGreaterThan(0);

  await page.goto('/');
  const byoip = page.getByRole('region', { name: 'BYOIP advertisement' });
  await expect(byoip).toContainText(`${want.advertised} of ${want.bgpTotal} advertised`);
  await expect(byoip).toContainText(
    `${want.bgpTotal} BGP prefixes in ${want.prefixes} IP prefixes`,
  );
  const icons = page.getByRole('region', { name: 'Interconnects' });
  await expect(icons).toContainText(`${want.healthy} of ${want.interconnects} healthy`);
  await expect(icons).toContainText(`${want.healthy} healthy`);
  await expectNoA11yViolations(page);
});

test('a revisit inside the fresh time is served from cache without a request', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/of \d+ advertised/)).toBeVisible();
  await expect(page.getByText(/of \d+ healthy/)).toBeVisible();

  const requests: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/') || /\/(addressing|cni)\//.test(path)) requests.push(path);
  });
  // Leave the overview with a client-side navigation, then come back.
  await page.getByRole('searchbox').fill('AS13335');
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/asn\/13335$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByText(/of \d+ advertised/)).toBeVisible();
  await expect(page.getByText(/of \d+ healthy/)).toBeVisible();
  expect(requests, 'requests for data the overview already had').toEqual([]);
});

test('the overview downloads neither cytoscape nor recharts', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text());
  });
  await page.goto('/');
  await expect(page.getByText(/of \d+ healthy/)).toBeVisible();
  const code = (await Promise.all(scripts)).join('\n');
  expect(code.length, 'the app script was seen').toBeGreaterThan(10_000);
  // Strings each library carries in its own code, whatever the chunk is called.
  expect(code).not.toContain('cytoscape');
  expect(code).not.toContain('recharts-wrapper');
});
