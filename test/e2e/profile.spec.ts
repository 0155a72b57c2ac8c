import type { Page } from '@playwright/test';
import { createVault, expect, nav, test } from './fixtures.js';
import { addCandidate, callCore } from './candidates-helpers.js';

async function openNewProfile(page: Page) {
  await nav(page, 'Candidates');
  await addCandidate(page, { first: 'Ingrid', last: 'Solberg', title: 'Data Engineer', company: 'Fjordline Analytics', email: 'ingrid@example.no', city: 'Bergen', country: 'NO' });
  await page.getByRole('link', { name: 'Ingrid Solberg' }).click();
  await expect(page.getByRole('heading', { name: 'Ingrid Solberg', level: 1 })).toBeVisible();
}

test('edit a field inline: local validation on the field, saved value survives a reload', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await openNewProfile(page);

  await page.getByRole('button', { name: 'Edit Current title: Data Engineer' }).click();
  const input = page.getByRole('textbox', { name: 'Current title' });
  await input.fill('Staff Data Engineer');
  await input.press('Enter');
  await expect(page.getByRole('button', { name: 'Edit Current title: Staff Data Engineer' })).toBeVisible();
  await expect(page.getByText('Staff Data Engineer at Fjordline Analytics')).toBeVisible();

  // An invalid value is named on its field and not sent.
  await page.getByRole('button', { name: 'Edit Country: NO' }).click();
  await page.getByRole('textbox', { name: 'Country' }).fill('Norway');
  await page.getByRole('textbox', { name: 'Country' }).press('Enter');
  await expect(page.getByText('Use a 2-letter country code, e.g. NO')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Country' })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: 'Country' }).press('Escape');
  await expect(page.getByRole('button', { name: 'Edit Country: NO' })).toBeVisible();

  // Skills are edited in place too.
  await page.getByRole('textbox', { name: 'Add skill' }).fill('Kafka');
  await page.getByRole('textbox', { name: 'Add skill' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Skills' }).getByText('Kafka')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Edit Current title: Staff Data Engineer' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Skills' }).getByText('Kafka')).toBeVisible();
});

test('a stale edit is refused with conflict: the field rolls back with a clear message', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await openNewProfile(page);
  const id = Number(page.url().split('/').pop());

  // Someone else edits the record meanwhile.
  const current = (await callCore(page, rapport, 'candidates:get-candidate', { id })) as { value: { version: number } };
  const other = await callCore(page, rapport, 'candidates:update-candidate', { id, version: current.value.version, patch: { headline: 'Changed elsewhere' } });
  expect(other.ok).toBe(true);

  await page.getByRole('button', { name: 'Edit Company: Fjordline Analytics' }).click();
  await page.getByRole('textbox', { name: 'Company' }).fill('Optimistic AS');
  await page.getByRole('textbox', { name: 'Company' }).press('Enter');
  await expect(page.getByText(/Someone else changed this candidate meanwhile/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Company: Fjordline Analytics' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Headline: Changed elsewhere' })).toBeVisible();
});

test('log a call with its outcome; the timeline filters by channel', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await openNewProfile(page);

  await page.getByRole('toolbar', { name: 'Quick actions' }).getByRole('button', { name: 'Log call' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a call' });
  await dialog.getByRole('combobox', { name: 'Outcome' }).click();
  await page.getByRole('option', { name: 'Interested', exact: true }).click();
  await dialog.getByLabel('Minutes').fill('15');
  await dialog.getByLabel('Subject').fill('Intro call about the Oslo role');
  await dialog.getByLabel('Notes').fill('Open to hybrid; notice period two months.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Call logged')).toBeVisible();

  const timeline = page.getByRole('list', { name: 'Activities' });
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(timeline).toContainText('Call · outbound');
  await expect(timeline).toContainText('Interested');
  await expect(timeline).toContainText('Intro call about the Oslo role');

  // A note, then filter to calls only.
  await page.getByRole('toolbar', { name: 'Quick actions' }).getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('dialog', { name: 'Add a note' }).getByLabel('Note').fill('Prefers e-mail before calls.');
  await page.getByRole('dialog', { name: 'Add a note' }).getByRole('button', { name: 'Save' }).click();
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('group', { name: 'Filter by channel' }).getByRole('button', { name: 'Call', exact: true }).click();
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(timeline).toContainText('Intro call');

  await page.reload();
  await expect(page.getByRole('list', { name: 'Activities' }).getByRole('listitem')).toHaveCount(2);
});

test('attachments open in the app: PDF in Chromium’s viewer, DOCX as sandboxed HTML', async ({ page, rapport }) => {
  const { textDocx, textPdf } = await import('../fixtures/resumes/files.js');
  await createVault(page, rapport);
  await openNewProfile(page);
  const section = page.getByRole('region', { name: 'Attachments' });
  await section.getByLabel('Attach a file').setInputFiles({ name: 'cv.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: textDocx() });
  await expect(section.getByText('cv.docx')).toBeVisible();
  await section.getByRole('button', { name: 'View cv.docx' }).click();
  const docx = page.getByTitle('Document cv.docx');
  await expect(docx).toHaveAttribute('sandbox', '');
  await expect(page.frameLocator('iframe[title="Document cv.docx"]').getByText('Senior Backend Engineer').first()).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).last().click();

  await section.getByLabel('Attach a file').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: await textPdf() });
  await section.getByRole('button', { name: 'View cv.pdf' }).click();
  await expect(page.getByTitle('Document cv.pdf')).toHaveAttribute('src', /^blob:/);
});

test('duplicate banner: merge the other record into this profile, then unmerge it', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await openNewProfile(page);
  const id = Number(page.url().split('/').pop());
  const dup = await callCore(page, rapport, 'candidates:create-candidate', { firstName: 'Ingrid', lastName: 'Solberg-Berg', emails: [{ address: 'ingrid@example.no' }], allowDuplicate: true });
  expect(dup.ok).toBe(true);
  await page.reload();
  const banner = page.getByRole('region', { name: 'Possible duplicates' });
  await expect(banner).toContainText('Ingrid Solberg-Berg');
  await expect(banner).toContainText('same e-mail');
  await banner.getByRole('button', { name: 'Merge into this profile' }).click();
  await expect(page.getByText('Merged Ingrid Solberg-Berg into this profile')).toBeVisible();
  await expect(banner).toBeHidden();
  await page.getByRole('button', { name: 'Unmerge' }).click();
  await expect(page.getByText('Restored Ingrid Solberg-Berg as a separate candidate')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Possible duplicates' })).toContainText('Ingrid Solberg-Berg');
  expect(id).toBeGreaterThan(0);
});

test('typed skills take their usual names; an e-mail that is another candidate\'s raises the duplicate banner as it is saved', async ({ page, rapport }) => {
  await createVault(page, rapport);
  const other = await callCore(page, rapport, 'candidates:create-candidate', { firstName: 'Ingrid', lastName: 'Berg', emails: [{ address: 'ingrid.berg@example.no' }] });
  expect(other.ok).toBe(true);
  await openNewProfile(page);
  await expect(page.getByRole('region', { name: 'Possible duplicates' })).toBeHidden();

  await page.getByRole('textbox', { name: 'Add skill' }).fill('k8s');
  await page.getByRole('textbox', { name: 'Add skill' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Skills' }).getByText('Kubernetes')).toBeVisible();

  await page.getByRole('textbox', { name: 'Add e-mail' }).fill('INGRID.BERG@example.no');
  await page.getByRole('textbox', { name: 'Add e-mail' }).press('Enter');
  const banner = page.getByRole('region', { name: 'Possible duplicates' });
  await expect(banner).toContainText('Ingrid Berg');
  await expect(banner).toContainText('same e-mail');
});
