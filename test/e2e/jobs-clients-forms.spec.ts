import type { Locator, Page } from '@playwright/test';
import { createVault, expect, test } from './fixtures.js';
import { checkScreen as check } from './check-screen.js';


const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
const field = (dialog: Locator, name: string) => dialog.getByRole('textbox', { name, exact: true });

test('create a client, add a contact, create a job for it, edit the job: keyboard, validation, axe, screenshots', async ({ page, rapport }) => {
  test.setTimeout(360_000);
  await createVault(page, rapport);

  // New client: the required name is checked before anything is sent, and the error sits on the field.
  await nav(page, 'Clients');
  await page.getByRole('button', { name: 'New client' }).click();
  const clientDialog = page.getByRole('dialog', { name: 'New client' });
  await expect(clientDialog).toBeVisible();
  await expect(field(clientDialog, 'Name')).toBeFocused();
  await clientDialog.getByRole('button', { name: 'Create client' }).click();
  await expect(clientDialog.getByText('Client name is required')).toBeVisible();
  await expect(field(clientDialog, 'Name')).toBeFocused();
  await field(clientDialog, 'Name').fill('Globex Corporation');
  await field(clientDialog, 'Industry').fill('Energy');
  await field(clientDialog, 'Website').fill('globex.example');
  await field(clientDialog, 'City').fill('Oslo');
  await field(clientDialog, 'Country').fill('no');
  await expect(field(clientDialog, 'Country')).toHaveValue('NO');
  await check(page, 'form-new-client');
  await field(clientDialog, 'Name').press('Enter');
  await expect(page.getByRole('heading', { name: 'Globex Corporation', level: 1 })).toBeVisible();
  await expect(page.getByText('Client “Globex Corporation” created')).toBeVisible();
  await expect(page.getByText('https://globex.example')).toBeVisible();

  // New contact, from the client's page: an invalid e-mail is named on its field.
  await page.getByRole('button', { name: 'New contact' }).click();
  const contactDialog = page.getByRole('dialog', { name: 'New contact at Globex Corporation' });
  await expect(field(contactDialog, 'First name')).toBeFocused();
  await page.keyboard.type('Hank');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Scorpio');
  await field(contactDialog, 'Job title').fill('CEO');
  await field(contactDialog, 'E-mail').fill('hank@');
  await contactDialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(contactDialog.getByText('Not a valid e-mail address')).toBeVisible();
  await check(page, 'form-new-contact');
  await field(contactDialog, 'E-mail').fill('hank@globex.example');
  await field(contactDialog, 'Phone').fill('+47 912 34 567');
  await contactDialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(contactDialog).toBeHidden();
  const contacts = page.locator('section[aria-labelledby="client-contacts"]');
  await expect(contacts.getByText('Hank Scorpio')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Contacts (1)' })).toBeVisible();

  // New job from the client's page: the client is chosen already; the salary range is checked.
  await page.getByRole('button', { name: 'New job' }).click();
  const jobDialog = page.getByRole('dialog', { name: 'New job' });
  await expect(jobDialog.getByRole('combobox', { name: 'Client' })).toHaveValue('Globex Corporation');
  await field(jobDialog, 'Title').fill('Doomsday Engineer');
  await field(jobDialog, 'City').fill('Cypress Creek');
  await field(jobDialog, 'Salary from').fill('120000');
  await field(jobDialog, 'Salary to').fill('90000');
  await field(jobDialog, 'Currency').fill('usd');
  await jobDialog.getByRole('combobox', { name: 'Hiring contact' }).click();
  await page.getByRole('option', { name: 'Hank Scorpio' }).click();
  await field(jobDialog, 'Description').fill('Builds things that go boom.');
  await jobDialog.getByRole('button', { name: 'Create job' }).click();
  await expect(jobDialog.getByText('The lower end must not exceed the upper end')).toBeVisible();
  await expect(field(jobDialog, 'Salary from')).toBeFocused();
  await check(page, 'form-new-job');
  await field(jobDialog, 'Salary to').fill('150000');
  await jobDialog.getByRole('button', { name: 'Create job' }).click();

  // After create the job's details open.
  await expect(page.getByRole('heading', { name: 'Doomsday Engineer', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Details', selected: true })).toBeVisible();
  await expect(page.getByText('120,000–150,000 USD')).toBeVisible();

  // Edit the title from the job's page.
  await page.getByRole('button', { name: 'Edit job' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Edit job' });
  await expect(field(editDialog, 'Title')).toHaveValue('Doomsday Engineer');
  await check(page, 'form-edit-job');
  await field(editDialog, 'Title').fill('Senior Doomsday Engineer');
  await field(editDialog, 'Title').press('Enter');
  await expect(editDialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Senior Doomsday Engineer', level: 1 })).toBeVisible();

  // Someone else changes the job while the dialog is open: nothing is overwritten, the latest version is shown.
  const jobId = Number(/#\/jobs\/(\d+)/.exec(page.url())?.[1]);
  await page.getByRole('button', { name: 'Edit job' }).click();
  await expect(field(editDialog, 'Title')).toHaveValue('Senior Doomsday Engineer');
  const other = await page.evaluate(
    async ({ token, id }) => {
      const call = (channel: string, body: unknown) =>
        fetch(`/ipc/${encodeURIComponent(channel)}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(
          (r) => r.json() as Promise<{ ok: boolean; value: { version: number } }>,
        );
      const current = await call('jobs:get-job', { id });
      return call('jobs:update-job', { id, version: current.value.version, patch: { requirements: 'Changed by a colleague' } });
    },
    { token: rapport.token, id: jobId },
  );
  expect(other.ok).toBe(true);
  await field(editDialog, 'Title').fill('Overwriting Engineer');
  await editDialog.getByRole('button', { name: 'Save job' }).click();
  await expect(editDialog.getByRole('alert')).toContainText('Someone else changed this job');
  await expect(field(editDialog, 'Requirements')).toHaveValue('Changed by a colleague');
  await expect(field(editDialog, 'Title')).toHaveValue('Senior Doomsday Engineer');
  await check(page, 'form-edit-job-conflict');
  await editDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Senior Doomsday Engineer', level: 1 })).toBeVisible();
  await expect(page.getByText('Changed by a colleague')).toBeVisible();

  // Status from the page.
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'On hold' }).click();
  await expect(page.getByText('“Senior Doomsday Engineer” is now on hold')).toBeVisible();

  // The list shows the new title (the default filter includes on-hold jobs).
  await nav(page, 'Jobs');
  const row = page.getByRole('table', { name: 'Jobs' }).getByRole('row', { name: /Senior Doomsday Engineer/ });
  await expect(row).toBeVisible();
  await expect(row.getByText('Globex Corporation')).toBeVisible();
  await expect(row.getByText('On hold')).toBeVisible();

  // "New job" from the list asks for the client.
  await page.getByRole('button', { name: 'New job' }).click();
  const listJobDialog = page.getByRole('dialog', { name: 'New job' });
  await listJobDialog.getByRole('button', { name: 'Create job' }).click();
  await expect(listJobDialog.getByText('Choose the client this job is for')).toBeVisible();
  await expect(listJobDialog.getByText('Job title is required')).toBeVisible();
  await listJobDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(listJobDialog).toBeHidden();

  // The core keeps a client that has jobs; its reason is shown in the dialog.
  await row.getByRole('button', { name: 'Globex Corporation' }).click();
  await expect(page.getByRole('heading', { name: 'Globex Corporation', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Globex Corporation”?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete client' }).click();
  await expect(confirm.getByRole('alert')).toContainText('has 1 job');
  await check(page, 'form-delete-client-refused');
  await confirm.getByRole('button', { name: 'Close' }).click();
  // Its error alert fades out with it; axe on the next form must not catch it mid-fade (low contrast).
  await expect(confirm).toBeHidden();
  // Nor the toast that said the same, which would be fading out by itself a few seconds later.
  const refusedToast = page.getByRole('alert').filter({ hasText: 'Not deleted' });
  await refusedToast.getByRole('button', { name: 'Close' }).click();
  await expect(refusedToast).toBeHidden();

  // Edit the client; then edit and delete the contact.
  await page.getByRole('button', { name: 'Edit client' }).click();
  const editClient = page.getByRole('dialog', { name: 'Edit client' });
  await field(editClient, 'Notes').fill('Prefers calls before 10.');
  await check(page, 'form-edit-client');
  await editClient.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByText('Prefers calls before 10.')).toBeVisible();

  await contacts.getByRole('listitem').first().getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'Hank Scorpio', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Edit contact' }).click();
  const editContact = page.getByRole('dialog', { name: 'Edit contact' });
  await field(editContact, 'Job title').fill('Chief Executive');
  await check(page, 'form-edit-contact');
  await editContact.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByText('Chief Executive at')).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirmContact = page.getByRole('alertdialog', { name: 'Delete Hank Scorpio?' });
  await check(page, 'form-delete-contact');
  await confirmContact.getByRole('button', { name: 'Delete contact' }).click();
  await expect(page.getByRole('heading', { name: 'Contacts (0)' })).toBeVisible();
});
