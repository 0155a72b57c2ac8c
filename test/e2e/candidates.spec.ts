import { createVault, expect, nav, test } from './fixtures.js';

test('create a candidate: an invalid e-mail is named on its field, then a valid one saves and lists', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await nav(page, 'Candidates');
  await expect(page.getByRole('heading', { name: 'No candidates yet' })).toBeVisible();

  await page.getByRole('button', { name: 'New candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'New candidate' });
  await dialog.getByLabel('First name').fill('Ingrid');
  await dialog.getByLabel('Last name').fill('Solberg');
  await dialog.getByLabel('E-mail').fill('ingrid.solberg@');
  await dialog.getByLabel('Phone').fill('+47 912 34 567');
  await dialog.getByLabel('Current title').fill('Senior Data Engineer');
  await dialog.getByLabel('Company').fill('Fjordline Analytics');
  await dialog.getByLabel('City').fill('Bergen');
  await dialog.getByLabel('Country').fill('no');
  await dialog.getByRole('button', { name: 'Add candidate' }).click();

  // The core's invalid_input names emails.0.address; the dialog shows it on the E-mail field.
  const email = dialog.getByLabel('E-mail');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Not a valid e-mail address')).toBeVisible();
  await expect(email).toBeFocused();
  await expect(dialog.getByLabel('First name')).toHaveValue('Ingrid');

  await email.fill('ingrid.solberg@example.no');
  await expect(email).toHaveAttribute('aria-invalid', 'false');
  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Added Ingrid Solberg')).toBeVisible();

  const row = page.getByRole('table', { name: 'Candidates' }).getByTestId('candidate-row').first();
  await expect(row.getByRole('cell')).toHaveText(['', 'Ingrid Solberg', 'Senior Data Engineer', 'Fjordline Analytics', 'Bergen, NO', 'ingrid.solberg@example.no', /\w/]);
  await expect(page.getByText('1 candidate', { exact: true })).toBeVisible();

  // The dashboard count agrees.
  await nav(page, 'Dashboard');
  await expect(page.getByRole('region', { name: 'Counts' }).getByText('Candidates', { exact: true }).locator('..')).toContainText('1');
});

test('a missing first name is caught on its field', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await nav(page, 'Candidates');
  await page.getByRole('button', { name: 'New candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'New candidate' });
  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect(dialog.getByText('First name is required')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
