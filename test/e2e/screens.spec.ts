import { expect, loadSample, lockFromAppBar, nav, PASSPHRASE, test, unlock } from './fixtures.js';
import { checkScreen as check } from './check-screen.js';

test('every screen: no serious or critical axe violations, screenshots in light and dark', async ({ page, rapport }) => {
  test.setTimeout(120_000);
  await page.goto(rapport.url);
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await check(page, 'create-vault');

  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await check(page, 'create-vault-typing', { axe: false });
  await page.getByRole('textbox', { name: 'Repeat passphrase' }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { name: 'Start with a sample agency?' })).toBeVisible();
  await check(page, 'dashboard-first-run');

  await nav(page, 'Candidates');
  await expect(page.getByRole('heading', { name: 'No candidates yet' })).toBeVisible();
  await check(page, 'candidates-empty');

  await page.getByRole('button', { name: 'New candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'New candidate' });
  await dialog.getByLabel('First name').fill('Ingrid');
  await dialog.getByLabel('E-mail').fill('not-an-address');
  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect(dialog.getByText('Not a valid e-mail address')).toBeVisible();
  await check(page, 'new-candidate-error');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await nav(page, 'Dashboard');
  await loadSample(page, 150);
  await expect(page.getByRole('alert').filter({ hasText: 'Sample agency loaded' })).toBeVisible();
  await check(page, 'toast', { axe: false });
  await page.getByRole('button', { name: 'Close' }).click(); // the success toast, so it does not cover the page
  await check(page, 'dashboard');

  await nav(page, 'Candidates');
  await expect(page.getByRole('table', { name: 'Candidates' }).getByTestId('candidate-row').first().getByRole('link')).toBeVisible();
  await check(page, 'candidates');

  await nav(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'About' })).toBeVisible();
  await expect(page.getByText(rapport.dataDir)).toBeVisible();
  await check(page, 'settings');

  await page.getByRole('button', { name: 'Replace the database key…' }).click();
  await expect(page.getByRole('dialog', { name: 'Replace the database key?' })).toBeVisible();
  await check(page, 'rekey-dialog');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await lockFromAppBar(page);
  await check(page, 'unlock');
  await unlock(page, 'wrong passphrase');
  await expect(page.getByText('That passphrase is not correct. Check Caps Lock and try again.')).toBeVisible();
  await check(page, 'unlock-wrong');
});

test('a page opened without the token explains how to get in', async ({ page, rapport }) => {
  await page.goto(rapport.url.replace(/#.*$/, ''));
  await expect(page.getByRole('heading', { name: 'Open Rapport from its own link' })).toBeVisible();
  await check(page, 'no-token');
});
