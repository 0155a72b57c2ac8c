import { callIpc } from '../helpers/http.js';
import { createVault, expect, test, type RapportHost } from './fixtures.js';

async function ipc<T>(host: RapportHost, channel: string, payload: unknown): Promise<T> {
  const r = await callIpc(Number(new URL(host.url).port), host.token, channel, payload);
  const json = r.json as { ok: boolean; value: T; error?: { message: string } };
  if (!json.ok) throw new Error(`${channel}: ${json.error?.message}`);
  return json.value;
}

test('compose from a template with a merge-field warning, hand off via mailto:, and log it', async ({ page, rapport }) => {
  await createVault(page, rapport);
  const ada = await ipc<{ id: number }>(rapport, 'candidates:create-candidate', {
    firstName: 'Ada',
    lastName: 'Lovelace',
    preferredChannel: 'email',
    emails: [{ address: 'ada@example.com' }],
  });
  await page.goto(`${rapport.url.split('#')[0]}#/candidates/${ada.id}`);
  await expect(page.getByRole('heading', { name: 'Ada Lovelace' })).toBeVisible();
  await page.getByRole('toolbar', { name: 'Quick actions' }).getByRole('button', { name: 'Compose' }).click();
  const dialog = page.getByRole('dialog', { name: 'Message Ada Lovelace' });

  await dialog.getByLabel('Template').click();
  await page.getByRole('option', { name: 'Check-in' }).click();
  await expect(dialog.getByLabel('Message')).toHaveValue(/^Hi Ada, it has been a while!/);
  await expect(dialog.getByLabel('Channel')).toHaveText('E-mail');

  await dialog.getByLabel('Template').click();
  await page.getByRole('option', { name: 'Status update' }).click();
  // No job linked: the template's job title is empty for Ada.
  await expect(dialog.getByTestId('merge-warnings')).toContainText('{{ job.title }} is empty for this recipient');

  await dialog.getByLabel('Template').click();
  await page.getByRole('option', { name: 'Check-in' }).click();
  await dialog.getByLabel('Subject').fill('Coffee next week?');
  const open = dialog.getByRole('link', { name: 'Open in mail app' });
  await expect(open).toHaveAttribute('href', /^mailto:ada@example\.com\?subject=Coffee%20next%20week%3F&body=Hi%20Ada%2C%20it%20has%20been%20a%20while!/);

  await dialog.getByRole('button', { name: 'Log as sent' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Logged on the timeline')).toBeVisible();
  const timeline = await ipc<{ items: { channel: string; direction: string; subject: string }[] }>(rapport, 'activities:list-timeline', { candidateId: ada.id });
  expect(timeline.items[0]).toMatchObject({ channel: 'email', direction: 'outbound', subject: 'Coffee next week?' });
});
