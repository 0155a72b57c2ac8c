import { callIpc } from '../helpers/http.js';
import { createVault, expect, test, type RapportHost } from './fixtures.js';

const port = (host: RapportHost) => Number(new URL(host.url).port);
async function ipc<T>(host: RapportHost, channel: string, payload: unknown): Promise<T> {
  const r = await callIpc(port(host), host.token, channel, payload);
  const json = r.json as { ok: boolean; value: T; error?: { message: string } };
  if (!json.ok) throw new Error(`${channel}: ${json.error?.message}`);
  return json.value;
}
const pad = (n: number) => String(n).padStart(2, '0');
/** A datetime-local value in the page's zone (UTC in playwright.config). */
const localInput = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;

test('create a reminder from a profile, see it fire, snooze it, complete it', async ({ page, rapport }) => {
  await createVault(page, rapport);
  const ada = await ipc<{ id: number }>(rapport, 'candidates:create-candidate', { firstName: 'Ada', lastName: 'Lovelace', emails: [{ address: 'ada@example.com' }] });
  await page.goto(`${rapport.url.split('#')[0]}#/candidates/${ada.id}`);
  await expect(page.getByRole('heading', { name: 'Ada Lovelace' })).toBeVisible();

  await page.getByRole('button', { name: 'Remind me' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reminder for Ada Lovelace' });
  await dialog.getByLabel('What to do').fill('Call Ada about the Oslo role');
  // This minute: due right away, so the scheduler fires it while we watch.
  await dialog.getByLabel('Due').fill(localInput(new Date()));
  await dialog.getByLabel('Priority').click();
  await page.getByRole('option', { name: 'High' }).click();
  await dialog.getByRole('button', { name: 'Save reminder' }).click();
  await expect(dialog).toBeHidden();

  // Fired: the pushed event shows a toast and the sidebar badge counts it.
  await expect(page.getByText('Due: Call Ada about the Oslo role')).toBeVisible();
  const badge = page.getByRole('navigation', { name: 'Main' }).getByTestId('reminder-badge');
  await expect(badge).toHaveText('1');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /Reminders/ }).click();
  await expect(page.getByRole('heading', { name: 'Reminders', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Overdue (1)' })).toHaveAttribute('aria-selected', 'true');
  const row = page.getByTestId('reminder-row').filter({ hasText: 'Call Ada about the Oslo role' });
  await expect(row).toContainText('Ada Lovelace');

  // Snooze 3 hours: it leaves Overdue.
  await row.getByRole('button', { name: 'Snooze Call Ada about the Oslo role' }).click();
  await page.getByRole('menuitem', { name: '3 hours' }).click();
  await expect(page.getByText('Snoozed')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Overdue (0)' })).toBeVisible();
  const later = (await ipc<{ items: { id: number; title: string; dueAt: string; snoozeCount: number }[] }>(rapport, 'reminders:list-reminders', {})).items[0]!;
  expect(later.snoozeCount).toBe(1);
  expect(Date.parse(later.dueAt) - Date.now()).toBeGreaterThan(2.9 * 3_600_000);

  // A notification click opens #/reminders/<id>: the list holding it, with the reminder pointed at.
  const bucket = Date.parse(later.dueAt) < new Date(new Date().toISOString().slice(0, 10) + 'T23:59:59.999Z').getTime() ? 'Today' : 'Upcoming';
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Dashboard' }).click();
  await page.evaluate((id) => (window.location.hash = `#/reminders/${id}`), later.id);
  await expect(page.getByRole('tab', { name: new RegExp(`^${bucket}`) })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-testid="reminder-row"][aria-current="true"]')).toContainText('Call Ada about the Oslo role');
  await expect(page.locator('[data-testid="reminder-row"][aria-current="true"]')).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/reminders-opened-from-notification.png' });

  // Complete it with an outcome (from the list it is in now).
  await row.getByRole('button', { name: 'Complete Call Ada about the Oslo role' }).click();
  const done = page.getByRole('dialog', { name: /Complete/ });
  await done.getByLabel('Outcome').fill('Interested, sending the spec');
  await done.getByLabel('How').click();
  await page.getByRole('option', { name: 'Phone call' }).click();
  await done.getByRole('button', { name: 'Complete' }).click();
  await expect(page.getByText('Done and logged on the timeline')).toBeVisible();
  await page.getByRole('tab', { name: 'Done' }).click();
  await expect(page.getByTestId('reminder-row').filter({ hasText: 'Call Ada about the Oslo role' })).toContainText('Done: Interested, sending the spec');
  await expect(badge).toBeHidden();

  // On the timeline.
  const timeline = await ipc<{ items: { channel: string; outcome: string; subject: string }[] }>(rapport, 'activities:list-timeline', { candidateId: ada.id });
  expect(timeline.items[0]).toMatchObject({ channel: 'phone', outcome: 'Interested, sending the spec', subject: 'Call Ada about the Oslo role' });
});

test('reminders, talent pools and outreach: no serious or critical axe violations in light and dark', async ({ page, rapport }) => {
  test.setTimeout(120_000);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await createVault(page, rapport);
  const ada = await ipc<{ id: number }>(rapport, 'candidates:create-candidate', { firstName: 'Ada', lastName: 'Lovelace' });
  await ipc(rapport, 'reminders:create-reminder', { title: 'Call Ada', dueAt: new Date(Date.now() + 3_600_000).toISOString(), candidateId: ada.id, priority: 'high', recurrence: { every: 1, unit: 'week' } });
  const pool = await ipc<{ id: number }>(rapport, 'pools:create-pool', { name: 'Silver medalists' });
  await ipc(rapport, 'pools:add-members', { poolId: pool.id, candidateIds: [ada.id] });
  await ipc(rapport, 'outreach:log-touch', { channel: 'email', candidateId: ada.id });
  const base = rapport.url.split('#')[0];
  for (const [hash, heading] of [
    ['reminders', 'Reminders'],
    ['pools', 'Talent pools'],
    ['outreach', 'Outreach'],
    ['dashboard', 'Dashboard'],
  ] as const) {
    await page.goto(`${base}#/${hash}`);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await page.waitForTimeout(500);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.waitForTimeout(250);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${hash} ${colorScheme}`).toEqual([]);
    }
  }
});
