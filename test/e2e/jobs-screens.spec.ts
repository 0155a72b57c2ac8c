import type { Page } from '@playwright/test';
import { createVault, expect, loadSample, test } from './fixtures.js';
import { checkScreen as check } from './check-screen.js';


const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

test('jobs, board, clients, contacts, palette and help: no serious or critical axe violations, screenshots', async ({ page, rapport }) => {
  test.setTimeout(300_000);
  await createVault(page, rapport);
  await loadSample(page, 150);
  await page.getByRole('button', { name: 'Close' }).click();

  await nav(page, 'Jobs');
  await expect(page.getByRole('table', { name: 'Jobs' }).locator('tbody tr').first()).toBeVisible();
  await check(page, 'jobs');

  // The job with the most active applications makes the fullest board.
  const rows = page.getByRole('table', { name: 'Jobs' }).locator('tbody tr');
  const actives = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[4]?.textContent ?? 0)));
  await rows.nth(actives.indexOf(Math.max(...actives))).getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Pipeline board' }).getByRole('button').first()).toBeVisible();
  await check(page, 'job-board');

  // Everything on the board is reachable by keyboard: Tab from the filter reaches a card.
  await page.getByRole('textbox', { name: 'Filter cards' }).focus();
  for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-card-id'))); i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-card-id'))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await check(page, 'job-board-move-menu');
  await page.getByRole('menu').getByRole('menuitem', { name: 'Rejected' }).click();
  await expect(page.getByRole('dialog', { name: /to Rejected$/ })).toBeVisible();
  await check(page, 'job-board-reject-dialog');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Edit stages' }).click();
  await expect(page.getByRole('dialog', { name: 'Pipeline stages' })).toBeVisible();
  await check(page, 'job-stages-dialog');
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('heading', { name: 'Description' })).toBeVisible();
  await check(page, 'job-details');

  await nav(page, 'Clients');
  await expect(page.getByRole('table', { name: 'Clients' }).locator('tbody tr').first()).toBeVisible();
  await check(page, 'clients');
  await page.getByRole('table', { name: 'Clients' }).locator('tbody tr').first().getByRole('button').click();
  await expect(page.getByRole('heading', { name: /^Jobs \(\d+\)$/ })).toBeVisible();
  await check(page, 'client');
  const contacts = page.getByRole('region', { name: /^Contacts/ }).or(page.locator('section[aria-labelledby="client-contacts"]'));
  // The section's own "New contact" button comes first; a contact is a list item.
  await contacts.getByRole('listitem').first().getByRole('button').first().click();
  await expect(page.getByRole('heading', { name: /^Activity \(\d+\)$/ })).toBeVisible();
  await check(page, 'contact');

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Find' }).fill('an');
  await expect(palette.getByRole('option').first()).toBeVisible();
  await page.waitForTimeout(400);
  await check(page, 'palette');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await check(page, 'shortcuts-help');
});
