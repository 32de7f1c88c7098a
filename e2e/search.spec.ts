import { expect, expectNoA11yViolations, test } from './fixtures';

const box = (page: import('@playwright/test').Page) => page.getByRole('searchbox');

test.describe('global search', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });

  test('"/" focuses the search box from anywhere on the page', async ({ page }) => {
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
  });

  for (const [input, path] of [
    ['AS13335', '/asn/13335'],
    ['13335', '/asn/13335'],
    ['as 174', '/asn/174'],
    ['1.1.1.0/24', '/prefix/1.1.1.0/24'],
    ['2606:4700::/32', '/prefix/2606:4700::/32'],
  ] as const) {
    test(`"${input}" opens ${path}`, async ({ page }) => {
      await box(page).fill(input);
      await box(page).press('Enter');
      await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe(path);
    });
  }

  test('an IP address opens the covering prefix and says so', async ({ page }) => {
    await box(page).fill('1.1.1.1');
    await box(page).press('Enter');
    await expect
      .poll(() => decodeURIComponent(new URL(page.url()).pathname))
      .toMatch(/^\/prefix\/1\.1\.\d+\.\d+\/\d+$/);
    const cidr = decodeURIComponent(new URL(page.url()).pathname).replace('/prefix/', '');
    await expect(
      page.getByRole('status').filter({ hasText: `1.1.1.1 is in ${cidr}` }),
    ).toBeVisible();
  });

  for (const [input, reason] of [
    ['hello world', /not an AS number, a prefix or an IP address/],
    ['10.0.0.1/8', /did you mean 10\.0\.0\.0\/8/],
    ['AS0', /reserved/],
    ['4294967296', /too large/],
  ] as const) {
    test(`"${input}" is refused inline with the reason`, async ({ page }) => {
      await box(page).fill(input);
      await box(page).press('Enter');
      await expect(box(page)).toHaveAttribute('aria-invalid', 'true');
      const describedBy = await box(page).getAttribute('aria-describedby');
      const message = page.locator(`[id="${describedBy}"]`);
      await expect(message).toHaveText(reason);
      await expect(page).toHaveURL(/\/$/);
      await expectNoA11yViolations(page);
      // Typing again clears the complaint.
      await box(page).press('Backspace');
      await expect(box(page)).not.toHaveAttribute('aria-invalid', 'true');
    });
  }
});

test('the header search works from any other page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  const header = page.getByRole('banner').getByRole('searchbox');
  await page.keyboard.press('/');
  await expect(header).toBeFocused();
  await header.fill('AS 13335');
  await header.press('Enter');
  await expect(page).toHaveURL(/\/asn\/13335$/);
});
