import { createVault, expect, lockFromAppBar, nav, PASSPHRASE, test, unlock } from './fixtures.js';

test('create a vault, lock it, refuse a wrong passphrase, unlock with the right one', async ({ page, rapport }) => {
  await createVault(page, rapport);
  // The token left the address bar at start; the app works from session storage.
  expect(page.url()).not.toContain('token=');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button')).toHaveText([
    'Dashboard', 'Candidates', 'Jobs', 'Clients', 'Imports', 'Reminders', 'Talent pools', 'Outreach', 'Segments', 'Personas', 'Reports', 'Settings',
  ]);

  await lockFromAppBar(page);
  await unlock(page, 'not the passphrase at all');
  const field = page.getByRole('textbox', { name: 'Passphrase', exact: true });
  await expect(page.getByText('That passphrase is not correct. Check Caps Lock and try again.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // Still on the unlock screen, with what was typed kept for correction.
  await expect(field).toHaveValue('not the passphrase at all');

  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

  // A reload keeps the session (token in session storage) and the vault stays open on the host.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
});

test('the create form refuses a short passphrase and a mismatched repeat before calling the core', async ({ page, rapport }) => {
  await page.goto(rapport.url);
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByText('Use at least 10 characters')).toBeVisible();
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('long enough passphrase');
  await page.getByRole('textbox', { name: 'Repeat passphrase' }).fill('something else entirely');
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByText('The two passphrases do not match')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
});

test('change the passphrase, then only the new one unlocks', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await nav(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  const next = 'a brand new passphrase 2024';
  // A wrong current passphrase is named on its own field.
  await page.getByRole('textbox', { name: 'Current passphrase' }).fill('wrong current passphrase');
  await page.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(next);
  await page.getByRole('textbox', { name: 'Repeat new passphrase' }).fill(next);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('That is not the current passphrase')).toBeVisible();

  await page.getByRole('textbox', { name: 'Current passphrase' }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Passphrase changed. Use the new one next time you unlock.')).toBeVisible();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Rapport' })).toBeVisible();
  await unlock(page, PASSPHRASE);
  await expect(page.getByText('That passphrase is not correct. Check Caps Lock and try again.')).toBeVisible();
  await unlock(page, next);
  // Unlocking returns to the screen that was open when the vault locked.
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});

test('replace the database key behind a confirmation, and the vault still opens', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await nav(page, 'Settings');
  await page.getByRole('button', { name: 'Replace the database key…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the database key?' });
  await dialog.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('wrong passphrase here');
  await dialog.getByRole('button', { name: 'Replace key' }).click();
  await expect(dialog.getByText('That passphrase is not correct')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Replace key' }).click();
  await expect(page.getByText('The database key was replaced and every page re-encrypted.')).toBeVisible();
  await expect(dialog).toBeHidden();

  await lockFromAppBar(page);
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});
