/**
 * CNIs against the stand-in: create, edit and delete through the form, checks that refuse a bad
 * field before any request leaves the browser, and API refusals placed on their field.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import {
  allowConsoleError,
  expect,
  expectNoA11yViolations,
  gotoWithTheme,
  screenshot,
  test,
} from './fixtures';

interface Cni {
  id: string;
  interconnect: string;
  p2p_ip: string;
  cust_ip: string;
  magic: { conduit_name: string; description: string; mtu: number };
  bgp?: { customer_asn: number; extra_prefixes: string[]; md5_key?: string | null };
}

async function cniBase(request: APIRequestContext) {
  const session = (await (await request.get('/api/session')).json()) as { accountId: string };
  return `/client/v4/accounts/${session.accountId}/cni`;
}

async function listCnis(request: APIRequestContext): Promise<Cni[]> {
  return ((await (await request.get(`${await cniBase(request)}/cnis`)).json()) as { items: Cni[] })
    .items;
}

/** Records every request that would change a CNI or a setting. */
function watchMutations(page: Page) {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().includes('/cni/')) sent.push(`${r.method()} ${r.url()}`);
  });
  return sent;
}

/** A change sent from the test itself: the server refuses changes without a same-site Origin. */
async function send(
  request: APIRequestContext,
  baseURL: string | undefined,
  path: string,
  data: unknown,
) {
  const res = await request.put(path, {
    data,
    headers: { 'X-Routedeck-Csrf': '1', Origin: new URL(baseURL ?? '').origin },
  });
  expect(res.status(), `PUT ${path}`).toBe(200);
}

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;

test.describe('CNIs', () => {
  test('a CNI is created, edited and deleted', async ({ page, request }) => {
    const name = unique('e2e-cni');
    await page.goto('/cnis');
    await page.getByRole('link', { name: 'New CNI' }).click();
    await page.getByLabel('Interconnect', { exact: true }).selectOption('demo-lhr-01');
    await page.getByLabel('Conduit name').fill(name);
    await page.getByLabel('Description').fill('Created by the e2e test');
    await page.getByLabel('Run a BGP session over this CNI').check();
    await page.getByLabel('Customer ASN').fill('AS64511');
    await page.getByLabel('MD5 key (optional)').fill('e2e key!');
    await page.getByLabel('Extra prefixes (optional)').fill('198.51.100.0/24\n192.0.2.0/25');
    await page.getByRole('button', { name: 'Create CNI' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    const created = (await listCnis(request)).find((c) => c.magic.conduit_name === name);
    expect(created).toMatchObject({
      interconnect: 'demo-lhr-01',
      magic: { description: 'Created by the e2e test', mtu: 1500 },
      bgp: {
        customer_asn: 64511,
        extra_prefixes: ['198.51.100.0/24', '192.0.2.0/25'],
        md5_key: 'e2e key!',
      },
    });
    await expect(page).toHaveURL(new RegExp(`/cnis/${created!.id}$`));
    // Routing context: the AS and the prefixes link to their pages.
    await expect(page.getByTestId('relationship')).toContainText('documentation ASN');
    await expectNoA11yViolations(page);

    await page.getByLabel('MTU (bytes)').fill('1400');
    await page.getByLabel('MD5 key (optional)').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(async () => (await listCnis(request)).find((c) => c.id === created!.id)?.magic.mtu)
      .toBe(1400);
    const edited = (await listCnis(request)).find((c) => c.id === created!.id);
    expect(edited?.bgp?.md5_key ?? null).toBeNull();
    expect(edited?.p2p_ip).toBe(created!.p2p_ip);
    await expect(page.getByLabel('MTU (bytes)')).toHaveValue('1400');

    const remove = page.getByRole('button', { name: 'Delete this CNI' });
    await expect(remove).toBeDisabled();
    await page.getByLabel(`Type ${name} to confirm`).fill(name.slice(0, -1));
    await expect(remove).toBeDisabled();
    await page.getByLabel(`Type ${name} to confirm`).fill(name);
    await remove.click();
    await expect(page).toHaveURL(/\/cnis$/);
    await expect(page.getByTestId('cni-list')).not.toContainText(name);
    expect((await listCnis(request)).some((c) => c.id === created!.id)).toBe(false);
  });

  test('each invalid field is refused with its reason before any request', async ({ page }) => {
    const sent = watchMutations(page);
    await page.goto('/cnis/new?interconnect=demo-fra-01');
    await expect(page.getByLabel('Interconnect', { exact: true })).toHaveValue('demo-fra-01');
    await page.getByLabel('Conduit name').fill(unique('never-sent'));
    await page.getByLabel('MTU (bytes)').fill('9001');
    await page.getByLabel('Run a BGP session over this CNI').check();
    await page.getByLabel('Customer ASN').fill('4294967296');
    await page.getByLabel('MD5 key (optional)').fill('key?');
    await page.getByLabel('Extra prefixes (optional)').fill('198.51.100.0/24\n10.0.0.1/8');
    await page.getByRole('button', { name: 'Create CNI' }).click();
    await expect(page.getByLabel('MTU (bytes)')).toHaveAccessibleDescription(
      /MTU 9001 is out of range/,
    );
    await expect(page.getByLabel('Customer ASN')).toHaveAccessibleDescription(/too large/);
    await expect(page.getByLabel('MD5 key (optional)')).toHaveAccessibleDescription(
      /question mark/,
    );
    await expect(page.getByLabel('Extra prefixes (optional)')).toHaveAccessibleDescription(
      /did you mean 10\.0\.0\.0\/8/,
    );
    // Focus lands on the first refused field.
    await expect(page.getByLabel('MTU (bytes)')).toBeFocused();
    await expectNoA11yViolations(page);
    await screenshot(page, 'cni-new-invalid');

    // The point-to-point pair is edited on an existing CNI.
    const [existing] = await listCnis(page.request);
    await page.goto(`/cnis/${existing!.id}`);
    await page.getByLabel('Customer end (cust_ip)').fill('169.254.250.7/31');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByLabel('Customer end (cust_ip)')).toHaveAccessibleDescription(
      /not in the same \/31/,
    );
    await page.getByLabel('Cloudflare end (p2p_ip)').fill('169.254.244.0/30');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByLabel('Cloudflare end (p2p_ip)')).toHaveAccessibleDescription(
      /uses a \/31/,
    );

    await page.goto('/cnis');
    await page.getByLabel('New default ASN').fill('AS0');
    await page.getByRole('button', { name: 'Change default ASN' }).click();
    await expect(page.getByLabel('New default ASN')).toHaveAccessibleDescription(/reserved/);
    expect(sent).toEqual([]);
  });

  test('an API 409 lands on the conduit name', async ({ page, request }) => {
    allowConsoleError(page, /status of 409/);
    const [taken] = await listCnis(request);
    await page.goto('/cnis/new');
    await page.getByLabel('Interconnect', { exact: true }).selectOption(taken!.interconnect);
    await page.getByLabel('Conduit name').fill(taken!.magic.conduit_name);
    const answer = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/cni/cnis'),
    );
    await page.getByRole('button', { name: 'Create CNI' }).click();
    expect((await answer).status()).toBe(409);
    await expect(page.getByLabel('Conduit name')).toHaveAccessibleDescription(/Name Conflict/);
    await expect(page.getByLabel('MTU (bytes)')).not.toHaveAccessibleDescription(/Conflict/);
  });

  test('the account default ASN is read and changed', async ({ page, request, baseURL }) => {
    const base = await cniBase(request);
    const before = (
      (await (await request.get(`${base}/settings`)).json()) as { default_asn: number }
    ).default_asn;
    await page.goto('/cnis');
    await expect(page.getByTestId('default-asn')).toHaveText(`Default ASN: AS${before}`);
    const next = before === 64500 ? 64501 : 64500;
    await page.getByLabel('New default ASN').fill(String(next));
    await page.getByRole('button', { name: 'Change default ASN' }).click();
    await expect(page.getByTestId('default-asn')).toHaveText(`Default ASN: AS${next}`);
    expect(
      ((await (await request.get(`${base}/settings`)).json()) as { default_asn: number })
        .default_asn,
    ).toBe(next);
    // Put it back so other tests see the seeded value.
    await send(request, baseURL, `${base}/settings`, { default_asn: before });
    await expectNoA11yViolations(page);
  });

  test('a public customer AS shows its relationship to AS13335 as Radar reports it', async ({
    page,
    request,
    baseURL,
  }) => {
    const asn = 174;
    const rels = (await (
      await request.get(`/client/v4/radar/entities/asns/13335/rel?asn2=${asn}`)
    ).json()) as {
      result: { rels: { asn2: number; rel: string }[] };
    };
    const rel = rels.result.rels.find((r) => r.asn2 === asn)?.rel;
    const [cni] = await listCnis(request);
    await page.goto(`/cnis/${cni!.id}`);
    await page.getByLabel('Run a BGP session over this CNI').check();
    await page.getByLabel('Customer ASN').fill(String(asn));
    await page.getByRole('button', { name: 'Save changes' }).click();
    const expected =
      rel === undefined
        ? 'no known relationship'
        : rel === 'P2P'
          ? 'are peers'
          : rel === 'P2C'
            ? 'is a customer of'
            : 'is a provider of';
    await expect(page.getByTestId('relationship')).toContainText(expected);
    const link = page.getByRole('link', { name: `AS${asn}` }).first();
    if ((await link.count()) > 0) await expect(link).toHaveAttribute('href', `/asn/${asn}`);
    // Restore the seeded CNI.
    await send(request, baseURL, `${await cniBase(request)}/cnis/${cni!.id}`, cni);
  });
});

test('screenshots of the CNI pages', async ({ page, request }) => {
  test.skip(process.env.SCREENSHOTS !== '1', 'set SCREENSHOTS=1 to take them');
  test.setTimeout(120_000);
  const [cni] = await listCnis(request);
  const pages: [string, string][] = [
    ['cnis', '/cnis'],
    ['cni-new', '/cnis/new'],
    ['cni-detail', `/cnis/${cni!.id}`],
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
