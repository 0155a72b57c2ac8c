import { createVault, expect, loadSample, nav, test } from './fixtures.js';

test('load a small sample agency: progress, dashboard counts and the candidate list fill in', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await expect(page.getByRole('heading', { name: 'Start with a sample agency?' })).toBeVisible();
  const candidatesCard = page.getByRole('region', { name: 'Counts' }).getByText('Candidates', { exact: true }).locator('..');
  await expect(candidatesCard).toContainText('0');

  // Record every value the bar shows, to prove it is fed by job:progress events while the job runs
  // (polling could miss a short job; a MutationObserver in the page cannot).
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const value = document.querySelector('[role="progressbar"][aria-label="Loading sample data"]')?.getAttribute('aria-valuenow');
      if (value != null && seen.at(-1) !== Number(value)) seen.push(Number(value));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByRole('radio', { name: /^400 candidates/ }).check();
  await page.getByRole('button', { name: 'Load sample agency' }).click();
  await expect(page.getByRole('progressbar', { name: 'Loading sample data' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/sample-loading-light.png' });
  await expect(page.getByRole('heading', { name: 'Start with a sample agency?' })).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(/^Sample agency loaded: 400 candidates/)).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(seen.some((v) => v > 0 && v < 100), `progress values seen: ${seen.join(', ')}`).toBe(true);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));

  await expect(candidatesCard).toContainText('400');
  await expect(page.getByText('Northstar Talent Partners').first()).toBeVisible();
  for (const label of ['Clients', 'Jobs', 'Applications', 'Activities']) {
    const value = page.getByRole('region', { name: 'Counts' }).getByText(label, { exact: true }).locator('..').locator('p');
    await expect(value).not.toHaveText('0');
  }

  await nav(page, 'Candidates');
  await expect(page.getByText('400 candidates', { exact: true })).toBeVisible();
  // The list is windowed: every row is reachable by scrolling, pages come from the core as they come into view.
  const table = page.getByRole('table', { name: 'Candidates' });
  const rows = table.getByTestId('candidate-row');
  await expect(rows.first().getByRole('link')).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '401');
  const firstName = await rows.first().getByRole('link').textContent();
  await page.getByRole('region', { name: 'Candidate list' }).focus();
  await page.keyboard.press('End');
  const last = table.locator('[aria-rowindex="401"]').getByRole('link');
  await expect(last).toBeVisible();
  await expect(last).not.toHaveText(firstName ?? '');
});

test('"No thanks" hides the offer for good', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await page.getByRole('button', { name: 'No thanks' }).click();
  await expect(page.getByRole('heading', { name: 'Start with a sample agency?' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Counts' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Start with a sample agency?' })).toBeHidden();
});

test('the smallest sample loads through the shared helper', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await loadSample(page, 150);
  await nav(page, 'Candidates');
  await expect(page.getByText('150 candidates', { exact: true })).toBeVisible();
});
