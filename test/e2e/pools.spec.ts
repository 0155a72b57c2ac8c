import { callIpc } from '../helpers/http.js';
import { createVault, expect, test, type RapportHost } from './fixtures.js';

async function ipc<T>(host: RapportHost, channel: string, payload: unknown): Promise<T> {
  const r = await callIpc(Number(new URL(host.url).port), host.token, channel, payload);
  const json = r.json as { ok: boolean; value: T; error?: { message: string } };
  if (!json.ok) throw new Error(`${channel}: ${json.error?.message}`);
  return json.value;
}

test('reject a candidate late in a pipeline into a talent pool, then see the pool', async ({ page, rapport }) => {
  await createVault(page, rapport);
  const client = await ipc<{ id: number }>(rapport, 'clients:create-client', { name: 'Globex' });
  const job = await ipc<{ id: number; stages: { id: number; type: string; name: string }[] }>(rapport, 'jobs:create-job', { clientId: client.id, title: 'Head of Data' });
  const bo = await ipc<{ id: number }>(rapport, 'candidates:create-candidate', { firstName: 'Bo', lastName: 'Berg', currentTitle: 'Data Lead' });
  const app = await ipc<{ id: number; version: number }>(rapport, 'applications:create-application', { candidateId: bo.id, jobId: job.id });
  const final = job.stages.find((s) => s.name === 'Final interview')!;
  await ipc(rapport, 'applications:move-application', { id: app.id, version: app.version, toStageId: final.id });

  await page.goto(`${rapport.url.split('#')[0]}#/jobs/${job.id}`);
  await expect(page.getByRole('region', { name: 'Pipeline board' })).toBeVisible();
  await page.getByRole('button', { name: 'Bo Berg, Data Lead' }).click();
  await page.getByRole('menuitem', { name: 'Rejected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move Bo Berg to Rejected' });
  await dialog.getByLabel('Reason').fill('Strong, but the other finalist had more domain experience');
  const pool = dialog.getByRole('group', { name: 'Add to talent pool' });
  await pool.getByLabel('Talent pool').fill('Silver medalists');
  await page.getByRole('option', { name: 'Create “Silver medalists”' }).click();
  await pool.getByRole('button', { name: 'Add to pool' }).click();
  await expect(pool.getByText('Added to Silver medalists.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Talent pools' }).click();
  await expect(page.getByRole('heading', { name: 'Talent pools', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Silver medalists 1 member · every 30 days/ })).toBeVisible();
  const members = page.getByRole('table', { name: 'Members of Silver medalists' });
  await expect(members.locator('tbody tr')).toHaveCount(1);
  await expect(members.locator('tbody tr').first()).toContainText('Bo Berg');
  await expect(members.locator('tbody tr').first()).toContainText('rejection');
});

test('add a selection from the candidates list to a new talent pool', async ({ page, rapport }) => {
  await createVault(page, rapport);
  for (const [firstName, lastName] of [['Ines', 'Alves'], ['Jon', 'Berg'], ['Kai', 'Chen']] as const) {
    await ipc(rapport, 'candidates:create-candidate', { firstName, lastName, currentTitle: 'Staff Engineer' });
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Candidates' }).click();
  const rows = page.getByRole('table', { name: 'Candidates' }).getByTestId('candidate-row');
  await expect(rows).toHaveCount(3);
  await rows.filter({ hasText: 'Ines Alves' }).getByRole('checkbox').check();
  await rows.filter({ hasText: 'Kai Chen' }).getByRole('checkbox').check();
  const selection = page.getByRole('toolbar', { name: 'Selection' });
  await expect(selection).toContainText('2 selected');

  await selection.getByRole('button', { name: 'Add to pool…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add 2 candidates to a talent pool' });
  await dialog.getByLabel('Talent pool').fill('Future leaders');
  await page.getByRole('option', { name: 'Create “Future leaders”' }).click();
  await page.screenshot({ path: 'test-results/screenshots/pools-add-selection.png' });
  await dialog.getByRole('button', { name: 'Add to pool' }).click();
  await expect(page.getByText('Added 2 candidates to Future leaders')).toBeVisible();
  await expect(dialog).toBeHidden();

  // Adding the same people again changes nothing and says so.
  await selection.getByRole('button', { name: 'Add to pool…' }).click();
  await dialog.getByLabel('Talent pool').fill('Future');
  await page.getByRole('option', { name: 'Future leaders' }).click();
  await dialog.getByRole('button', { name: 'Add to pool' }).click();
  await expect(page.getByText('Already in Future leaders')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Talent pools' }).click();
  const members = page.getByRole('table', { name: 'Members of Future leaders' });
  await expect(members.locator('tbody tr')).toHaveCount(2);
  await expect(members).toContainText('Ines Alves');
  await expect(members).toContainText('Kai Chen');
  await expect(members).not.toContainText('Jon Berg');
  await expect(members.locator('tbody tr').first()).toContainText('selection');
});
