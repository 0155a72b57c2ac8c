import { createVault, expect, loadSample, nav, test } from './fixtures.js';
import { addCandidate, candidateTable, dataRows } from './candidates-helpers.js';

test('find a candidate with the search box: recruiter syntax, highlighted matches, open the profile', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await loadSample(page, 150);
  await nav(page, 'Candidates');
  await expect(page.getByText('150 candidates', { exact: true })).toBeVisible();
  await addCandidate(page, { first: 'Ingrid', last: 'Solberg', title: 'Quantum Cartographer', company: 'Fjordline Analytics', city: 'Bergen', country: 'NO' });

  const search = page.getByRole('searchbox', { name: 'Search candidates' });
  await search.fill('title:cartographer');
  await expect(page.getByText(/^1 match/)).toBeVisible();
  await expect(dataRows(page)).toHaveCount(1);
  const row = dataRows(page).first();
  await expect(row.locator('mark').first()).toHaveText(/cartographer/i);
  await expect(row).toContainText('Ingrid Solberg');

  // A malformed query is explained on the box, not thrown.
  await search.fill('title:(');
  await expect(page.getByText(/\S/).and(page.locator('.Mui-error')).first()).toBeVisible();

  // Lower-case operators found nothing: the empty list says why.
  await search.fill('cartographer or zzqx');
  await expect(page.getByText('Operators are written in capitals: OR (lower-case "or" is searched as a word).')).toBeVisible();
  await search.fill('cartographer OR zzqx');
  await expect(dataRows(page)).toHaveCount(1);

  await search.fill('solberg');
  await expect(dataRows(page).first()).toContainText('Ingrid Solberg');
  await dataRows(page).first().getByRole('link', { name: /Ingrid Solberg/ }).click();
  await expect(page.getByRole('heading', { name: 'Ingrid Solberg', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/candidates\/\d+$/);
});

test('the list is windowed, sorts in the core, chooses columns, keeps a saved view and tags a selection', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await loadSample(page, 400);
  await nav(page, 'Candidates');
  await expect(page.getByText('400 candidates', { exact: true })).toBeVisible();
  await expect(candidateTable(page)).toHaveAttribute('aria-rowcount', '401');
  // Only the rows in view (plus overscan) exist.
  const rendered = await dataRows(page).count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);

  // Keyboard: End jumps to the last row, which is fetched from the core as it comes into view.
  const scroller = page.getByRole('region', { name: 'Candidate list' });
  await scroller.focus();
  await page.keyboard.press('End');
  await expect(candidateTable(page).locator('[aria-rowindex="401"]')).toBeVisible();
  await expect(candidateTable(page).locator('[aria-rowindex="401"]').getByRole('link')).toBeVisible();

  // Sort by name: ascending, done by the core over all 400.
  await page.getByRole('columnheader', { name: /Name/ }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
  const names = await dataRows(page).locator('a').allInnerTexts();
  const firstTwo = names.slice(0, 2);
  expect([...firstTwo].sort((a, b) => a.localeCompare(b))).toEqual(firstTwo);

  // Column chooser.
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'E-mail' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'E-mail' })).toHaveCount(0);

  // Saved view, kept in the vault: survives a reload.
  await page.getByRole('button', { name: 'Views' }).click();
  await page.getByRole('menuitem', { name: 'Save current view…' }).click();
  await page.getByRole('dialog', { name: 'Save view' }).getByLabel('View name').fill('By name, no e-mail');
  await page.getByRole('dialog', { name: 'Save view' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved view "By name, no e-mail"')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'E-mail' })).toBeVisible();
  await page.getByRole('button', { name: 'Views' }).click();
  await page.getByRole('menuitem', { name: /By name, no e-mail/ }).click();
  await expect(page.getByRole('columnheader', { name: 'E-mail' })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');

  // Filter in the core.
  await page.getByRole('search', { name: 'Filters' }).getByLabel('Country').fill('NO');
  await page.getByRole('search', { name: 'Filters' }).getByLabel('Country').press('Enter');
  await expect(page.getByText(/^\d+ candidates?$/)).not.toHaveText('400 candidates');

  // Bulk tag two rows.
  await dataRows(page).nth(0).getByRole('checkbox').check();
  await dataRows(page).nth(1).getByRole('checkbox').check();
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toContainText('2 selected');
  await page.getByRole('button', { name: 'Tag…' }).click();
  await page.getByRole('dialog', { name: /Tag 2 candidates/ }).getByLabel('Tag').fill('shortlist-e2e');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByText('Tagged 2 candidates "shortlist-e2e"')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('search', { name: 'Filters' }).getByLabel('Tag').fill('shortlist-e2e');
  await page.getByRole('search', { name: 'Filters' }).getByLabel('Tag').press('Enter');
  await expect(page.getByText('2 candidates', { exact: true })).toBeVisible();
});
