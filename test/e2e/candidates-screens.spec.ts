import { TEXT_RESUME } from '../fixtures/resumes/files.js';
import { createVault, expect, loadSample, nav, test } from './fixtures.js';
import { addCandidate, dataRows } from './candidates-helpers.js';
import { checkScreen } from './check-screen.js';

const CSV = 'First Name,Last Name,Email Address,Company,Position\nAda,Lovelace,ada@example.com,Engines Ltd,Analyst\nBad,Row,not-an-email,X,Y\n';

test('candidates, profile and imports screens: axe clean, keyboard reachable, screenshots in light and dark', async ({ page, rapport }) => {
  test.setTimeout(180_000);
  await createVault(page, rapport);
  await loadSample(page, 150);
  await page.getByRole('button', { name: 'Close' }).click();
  await nav(page, 'Candidates');
  await expect(dataRows(page).first().getByRole('link')).toBeVisible();
  await checkScreen(page, 'candidates-list');

  // Keyboard: the list region takes focus, arrows move, Enter opens a profile.
  await page.getByRole('region', { name: 'Candidate list' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toContainText('1 selected');
  await checkScreen(page, 'candidates-selection');

  await page.getByRole('searchbox', { name: 'Search candidates' }).fill('engineer');
  await expect(dataRows(page).first().locator('mark').first()).toBeVisible();
  await checkScreen(page, 'candidates-search');
  await page.getByRole('searchbox', { name: 'Search candidates' }).fill('');

  await page.getByRole('button', { name: 'Columns' }).click();
  await checkScreen(page, 'candidates-columns');
  await page.keyboard.press('Escape');

  await addCandidate(page, { first: 'Ingrid', last: 'Solberg', title: 'Data Engineer', company: 'Fjordline Analytics', email: 'ingrid@example.no', city: 'Bergen', country: 'NO' });
  await page.getByRole('link', { name: 'Ingrid Solberg' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ingrid Solberg', level: 1 })).toBeVisible();
  await page.getByRole('toolbar', { name: 'Quick actions' }).getByRole('button', { name: 'Log call' }).click();
  await page.getByRole('dialog', { name: 'Log a call' }).getByLabel('Subject').fill('First call');
  await page.getByRole('dialog', { name: 'Log a call' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('list', { name: 'Activities' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Close' }).first().click();
  await checkScreen(page, 'profile');

  await page.getByRole('button', { name: 'Edit Country: NO' }).click();
  await page.getByRole('textbox', { name: 'Country' }).fill('Norway');
  await page.getByRole('textbox', { name: 'Country' }).press('Enter');
  await checkScreen(page, 'profile-field-error');
  await page.getByRole('textbox', { name: 'Country' }).press('Escape');

  await page.getByRole('toolbar', { name: 'Quick actions' }).getByRole('button', { name: 'Log message' }).click();
  await checkScreen(page, 'profile-log-message');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByTestId('resume-input').setInputFiles({ name: 'jane-doe.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT_RESUME) });
  await expect(page.getByRole('dialog', { name: 'Review resume: jane-doe.txt' })).toBeVisible();
  await checkScreen(page, 'resume-review');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Imports' }).click();
  await expect(page.getByRole('heading', { name: 'Imports', level: 1 })).toBeVisible();
  await checkScreen(page, 'imports');
  await page.getByTestId('csv-input').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.getByRole('table', { name: 'Columns' })).toBeVisible();
  await checkScreen(page, 'imports-mapping');
  await page.getByRole('button', { name: 'Check (dry run)' }).click();
  await expect(page.getByText('Dry run: nothing has been written yet.')).toBeVisible();
  await checkScreen(page, 'imports-dry-run');
  await page.getByRole('button', { name: /^Import \d+ candidates?$/ }).click();
  await expect(page.getByText(/Import finished in/)).toBeVisible();
  await checkScreen(page, 'imports-done');
});
