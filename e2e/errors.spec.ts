/**
 * Error states against the fault server (e2e/faults.ts): its first BYOIP prefix list answers 429
 * with retry-after 30, and its first three interconnect lists answer 500.
 */
import {
  FAULTS_URL,
  allowConsoleError,
  expect,
  expectNoA11yViolations,
  screenshot,
  test,
} from './fixtures';

test('a 429 and a 500 read as errors with Retry while the rest of the page works', async ({
  page,
}) => {
  // Chromium logs every non-2xx fetch; these two are the faults this test injects.
  allowConsoleError(page, /status of (429|500)/);
  await page.goto(`${FAULTS_URL}/`);

  const byoip = page.getByRole('region', { name: 'BYOIP advertisement' });
  const icons = page.getByRole('region', { name: 'Interconnects' });

  const limited = byoip.getByRole('alert');
  await expect(limited).toContainText('The API is rate-limiting requests');
  await expect(limited).toContainText('HTTP 429');
  await expect(limited).toContainText(/wait \d+ s/);

  // The 500 is retried twice by the query policy before it is shown.
  const failed = icons.getByRole('alert');
  await expect(failed).toContainText('server error', { timeout: 15_000 });
  await expect(failed).toContainText('HTTP 500');
  await expectNoA11yViolations(page);
  await screenshot(page, 'home-errors');

  // The rest of the page still works: the header search refuses bad input as usual.
  const search = page.getByRole('searchbox');
  await search.fill('not a prefix');
  await search.press('Enter');
  await expect(search).toHaveAttribute('aria-invalid', 'true');

  // Retry in one panel recovers it and leaves the other panel's error alone.
  await byoip.getByRole('button', { name: 'Retry' }).click();
  await expect(byoip).toContainText(/\d+ of \d+ advertised/);
  await expect(failed).toContainText('HTTP 500');
  await icons.getByRole('button', { name: 'Retry' }).click();
  await expect(icons).toContainText(/\d+ of \d+ healthy/);
});
