import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TEXT_RESUME, textDocx } from '../fixtures/resumes/files.js';
import { createVault, expect, nav, test } from './fixtures.js';
import { callCore, dataRows } from './candidates-helpers.js';
import { checkScreen } from './check-screen.js';

const CSV = readFileSync(path.resolve('test/fixtures/csv/linkedin-connections.csv'));
const goImports = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Imports' }).click();

test('import a CSV: preset detected, mapping shown, dry run report, run with progress, candidates listed', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await goImports(page);
  await expect(page.getByRole('heading', { name: 'Imports', level: 1 })).toBeVisible();
  await page.getByTestId('csv-input').setInputFiles({ name: 'connections.csv', mimeType: 'text/csv', buffer: CSV });

  await expect(page.getByText(/connections\.csv.*: \d+ rows/)).toBeVisible();
  await expect(page.getByText('LinkedIn connections export')).toBeVisible();
  const mapping = page.getByRole('table', { name: 'Columns' });
  await expect(mapping.getByRole('combobox', { name: 'Field for First Name' })).toHaveText('First name');
  await expect(mapping.getByRole('combobox', { name: 'Field for Email Address' })).toHaveText('E-mail');

  await page.getByRole('button', { name: 'Check (dry run)' }).click();
  await expect(page.getByText('Dry run: nothing has been written yet.')).toBeVisible();
  const toCreate = page.getByRole('list', { name: 'Counts' }).getByText(/\d+ to create/);
  await expect(toCreate).toBeVisible();
  const n = Number((await toCreate.innerText()).split(' ')[0]);
  expect(n).toBeGreaterThan(0);

  await page.getByRole('button', { name: new RegExp(`^Import ${n} candidates$`) }).click();
  await expect(page.getByText(/Import finished in/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Counts' }).getByText(`${n} created`)).toBeVisible();
  // The result is shown in place: no toast over its buttons.
  await expect(page.getByText(/^Imported \d+ candidates from/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import another file' })).toBeVisible();
  await checkScreen(page, 'imports-csv-done');

  await nav(page, 'Candidates');
  await expect(page.getByText(`${n} candidates`, { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search candidates' }).fill('company:northwind');
  await expect(dataRows(page).first()).toContainText('Wei Chen');
});

test('import a resume: drop it on the window, review the parsed fields, save, land on the profile', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await nav(page, 'Candidates');
  // A real drop on the window, with the file in the DataTransfer.
  await page.evaluate(async (text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'jane-doe.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, TEXT_RESUME);
  const review = page.getByRole('dialog', { name: 'Review resume: jane-doe.txt' });
  await expect(review).toBeVisible();
  await expect(review.getByLabel('First name')).toHaveValue('Jane');
  await expect(review.getByLabel('Last name')).toHaveValue('Doe');
  await expect(review.getByLabel('E-mail')).toHaveValue('jane.doe@mail.example');
  // Fix what the parser could not know, then save.
  await review.getByLabel('Current title').fill('Senior Backend Engineer');
  await review.getByLabel('Country').fill('NO');
  await review.getByRole('button', { name: 'Save candidate' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Jane Doe', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Attachments' }).getByText('jane-doe.txt')).toBeVisible();
});

test('bulk resume import reports a status per file', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await goImports(page);
  await page.getByTestId('resumes-input').setInputFiles([
    { name: 'jane.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: textDocx() },
    { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 not really') },
  ]);
  await page.getByRole('button', { name: 'Import 2 resumes' }).click();
  const table = page.getByRole('table', { name: 'Resume files' });
  await expect(table.getByRole('row', { name: /jane\.docx/ })).toContainText('Created');
  await expect(table.getByRole('row', { name: /broken\.pdf/ })).toContainText('Failed');
});

test('a dry run flags likely duplicates (similar name + same company or city) in the row report', async ({ page, rapport }) => {
  await createVault(page, rapport);
  const existing = await callCore(page, rapport, 'candidates:create-candidate', { firstName: 'John', lastName: 'Smith', currentCompany: 'ACME Corporation', city: 'Manchester' });
  expect(existing.ok).toBe(true);
  const id = (existing.value as { id: number }).id;
  await goImports(page);
  const csv = 'First Name,Last Name,Email,Company,City\nJon,Smith,jon@acme.example,Acme Corp.,Leeds\nAda,Lovelace,ada@example.org,Engines Ltd,London\n';
  await page.getByTestId('csv-input').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check (dry run)' }).click();
  await expect(page.getByText('Dry run: nothing has been written yet.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Counts' }).getByText('1 likely duplicate would be flagged')).toBeVisible();
  const report = page.getByRole('table', { name: 'Rows needing attention' });
  await expect(report.getByRole('row')).toHaveCount(2);
  await expect(report.getByRole('row').nth(1)).toContainText('to createlikely duplicate');
  await expect(report.getByRole('row').nth(1)).toContainText(`Likely duplicate of candidate #${id} (similar name, same company "ACME Corporation")`);
  await checkScreen(page, 'imports-dry-run-likely');
});

test('invalid rows: listed first, error file offered, and an all-or-nothing import says nothing was imported', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await goImports(page);
  const dups = Array.from({ length: 4 }, (_, i) => `Dup${i},Person,same@example.org`).join('\n');
  const csv = `First Name,Last Name,Email\nAda,Lovelace,ada@example.org\n${dups}\n,Nameless,nameless@example.org\n`;
  await page.getByTestId('csv-input').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('combobox', { name: 'Invalid rows' }).click();
  await page.getByRole('option', { name: 'Import nothing if any row is invalid' }).click();
  await page.getByRole('button', { name: 'Check (dry run)' }).click();
  await expect(page.getByText('Dry run: nothing has been written yet.')).toBeVisible();
  const report = page.getByRole('table', { name: 'Rows needing attention' });
  // The invalid row is last in the file but first in the report.
  await expect(report.getByRole('row').nth(1)).toContainText('invalid');
  await expect(report.getByRole('row').nth(1)).toContainText('first name is required');
  // A duplicate says once what it duplicates (the core's message names the column).
  await expect(report.getByRole('row').nth(2).getByRole('cell').nth(2)).toHaveText('Column "Email": same e-mail as line 3');
  await expect(page.getByRole('button', { name: 'Download error file (1 row)' })).toBeVisible();
  // Every row, not only those the table lists, in the full report.
  const [full] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download full report (6 rows)' }).click()]);
  expect(full.suggestedFilename()).toBe('people-report.csv');
  const lines = readFileSync((await full.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines).toEqual([
    'Line,Row,Status,Name,Candidate,Duplicate of,Notes',
    '2,1,to create,Ada Lovelace,,,',
    '3,2,to create,Dup0 Person,,,',
    ...[4, 5, 6].map((line) => `${line},${line - 1},duplicate,Dup${line - 3} Person,,line 3,"Column ""Email"": same e-mail as line 3"`),
    expect.stringMatching(/^7,6,invalid,,,,"Column ""First Name"": /),
  ]);

  await page.getByRole('button', { name: 'Import 2 candidates' }).click();
  await expect(page.getByText(/^Nothing was imported: 1 row is invalid/)).toBeVisible();
  const counts = page.getByRole('list', { name: 'Counts' });
  await expect(counts.getByText('2 would have been created')).toBeVisible();
  await expect(counts.getByText(/to create/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download error file (1 row)' })).toBeVisible();
  await checkScreen(page, 'imports-csv-aborted');

  // Another file starts from the default options.
  await page.getByRole('button', { name: 'Import another file' }).click();
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveText('Detect automatically');
  await page.getByTestId('csv-input').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('combobox', { name: 'Invalid rows' })).toHaveText('Skip them (error file to fix and re-import)');
  await page.getByRole('button', { name: 'Check (dry run)' }).click();
  await page.getByRole('button', { name: 'Import 2 candidates' }).click();
  await expect(page.getByText(/Import finished in/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download error file (1 row)' })).toBeVisible();
  await checkScreen(page, 'imports-csv-skipped');
});

test('a running import can be cancelled: an all-or-nothing import then leaves nothing behind', async ({ page, rapport }) => {
  test.setTimeout(120_000);
  await createVault(page, rapport);
  await goImports(page);
  const first = ['Anna', 'Bjørn', 'Chloe', 'David', 'Emil', 'Frida', 'Gustav', 'Hanna', 'Ivar', 'Jonas', 'Kari', 'Lars', 'Maja', 'Nora'];
  const last = ['Berg', 'Dahl', 'Eriksen', 'Fjeld', 'Haugen', 'Johansen', 'Larsen', 'Moen', 'Nilsen', 'Olsen', 'Pedersen', 'Strand'];
  const cities = ['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Tromsø', 'Bodø', 'Ålesund', 'Drammen'];
  const lines = ['First Name,Last Name,Email,City'];
  for (let i = 0; i < 20_000; i++) lines.push(`${first[i % 14]},${last[(i * 7) % 12]}${i},p${i}@example.org,${cities[(i * 5) % 8]}`);
  await page.getByTestId('csv-input').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) });
  await page.getByRole('combobox', { name: 'Invalid rows' }).click();
  await page.getByRole('option', { name: 'Import nothing if any row is invalid' }).click();
  await page.getByRole('button', { name: 'Check (dry run)' }).click();
  await expect(page.getByText('Dry run: nothing has been written yet.')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: /^Import [\d,]+ candidates$/ }).click();
  // Once it is saving rows on the vault worker, stop it.
  await expect(page.getByText(/Saving candidates/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByText('Import cancelled; nothing was imported.')).toBeVisible();
  await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  const listed = await callCore(page, rapport, 'candidates:list-candidates', { limit: 1 });
  expect(listed).toMatchObject({ ok: true, value: { total: 0 } });
  await checkScreen(page, 'imports-csv-cancelled');
});
