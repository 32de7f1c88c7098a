import { expect, expectNoA11yViolations, gotoWithTheme, screenshot, test } from './fixtures';

const WIDTHS = [375, 768, 1280];
const THEMES = ['light', 'dark'] as const;

for (const theme of THEMES) {
  for (const width of WIDTHS) {
    test(`shell at ${width} px, ${theme} theme`, async ({ page }) => {
      // Two axe runs and a screenshot: slow on a loaded 2-core machine.
      test.setTimeout(60_000);
      await page.setViewportSize({ width, height: 900 });
      await gotoWithTheme(page, '/', theme);
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
      // A search box is there on every width.
      await expect(page.getByRole('searchbox')).toBeVisible();
      // Wait for the summaries so the check and the screenshot see the finished page.
      await expect(page.getByText(/of \d+ advertised/)).toBeVisible();
      await expect(page.getByText(/of \d+ healthy/)).toBeVisible();

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);

      const menu = page.getByRole('button', { name: 'Menu' });
      if (width < 1024 && (await menu.count()) > 0) {
        await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
        await menu.click();
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
        await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
        await expectNoA11yViolations(page);
        await screenshot(page, 'shell-menu');
        await page.keyboard.press('Escape');
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
      }
      if (width >= 1024) await expect(menu).toBeHidden();

      await expectNoA11yViolations(page);
      await screenshot(page, 'home');
    });
  }
}

test('the theme switcher applies and remembers the choice before the app loads', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByText('Dark', { exact: true }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  // Serve an empty app bundle: only index.html's inline script can apply the theme now.
  await page.route('**/assets/index-*.js', (route) =>
    route.fulfill({ body: '', contentType: 'text/javascript' }),
  );
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.unroute('**/assets/index-*.js');
  await page.reload();
  await page.getByText('Light', { exact: true }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByText('System', { exact: true }).click();
  expect(await page.evaluate(() => localStorage.getItem('routedeck-theme'))).toBeNull();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  // Keys pressed before the app has rendered would go nowhere.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows the 404 page inside the shell', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, 'not-found');
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the demo banner says the data is not live and credits DB-IP with a visible link', async ({
  page,
}) => {
  await page.goto('/');
  const banner = page.getByRole('complementary', { name: 'Demo mode' });
  await expect(banner).toContainText('Demo mode');
  await expect(banner).toContainText('not live');
  const dbip = banner.getByRole('link', { name: 'IP Geolocation by DB-IP' });
  await expect(dbip).toBeVisible();
  await expect(dbip).toHaveAttribute('href', /^https:\/\/db-ip\.com\/?$/);
  await expect(banner.getByRole('link', { name: /CAIDA/ })).toBeVisible();
  await banner.getByText('Sources and licences').click();
  await expect(banner).toContainText('CC BY 4.0');
});
