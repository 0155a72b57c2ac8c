import { createVault, expect, loadSample, test } from './fixtures.js';

test.beforeEach(async ({ page, rapport }) => {
  await createVault(page, rapport);
  await loadSample(page, 150);
  await page.getByRole('button', { name: 'Close' }).click();
});

test('Ctrl+K finds a candidate as you type and opens the profile', async ({ page }) => {
  // A name from the vault, so the test does not depend on what the sample generator picks.
  const name = await page.evaluate(async () => {
    const token = sessionStorage.getItem('rapport.session-token');
    const res = await fetch('/ipc/candidates:list-candidates', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ limit: 1 }),
    });
    return ((await res.json()) as { value: { items: { displayName: string; id: number }[] } }).value.items[0]!;
  });
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  const box = palette.getByRole('combobox', { name: 'Find' });
  await expect(box).toBeFocused();
  // Typed as a person would, a part of each name: prefixes find it.
  const partial = name.displayName
    .split(' ')
    .map((w) => w.slice(0, Math.max(3, Math.ceil(w.length / 2))))
    .join(' ');
  await box.pressSequentially(partial, { delay: 30 });
  const option = palette.getByRole('option').filter({ hasText: name.displayName }).filter({ hasText: 'Candidate' }).first();
  await expect(option).toBeVisible();
  // Arrow down to it and open it with Enter: the keyboard path.
  const options = palette.getByRole('option');
  const index = await options.evaluateAll((els, n) => els.findIndex((e) => e.textContent?.includes(n) && e.textContent.includes('Candidate')), name.displayName);
  for (let i = 0; i < index; i++) await box.press('ArrowDown');
  await expect(options.nth(index)).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/candidates/${name.id}$`));
});

test('the palette finds jobs, clients and actions; ? shows the shortcuts; g j goes to Jobs', async ({ page }) => {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const box = palette.getByRole('combobox', { name: 'Find' });
  await box.fill('go to cli');
  await expect(palette.getByRole('option', { name: /Go to Clients/ })).toBeVisible();
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();

  const client = (await page.getByRole('table', { name: 'Clients' }).locator('tbody tr').first().getByRole('button').textContent())!;
  await page.keyboard.press('Control+k');
  await box.fill(client.slice(0, 5));
  await palette.getByRole('option').filter({ hasText: client }).filter({ hasText: 'Client' }).first().click();
  await expect(page.getByRole('heading', { name: client, level: 1 })).toBeVisible();

  await page.keyboard.press('Control+k');
  await box.fill('engineer');
  const job = palette.getByRole('option').filter({ hasText: 'Job' }).first();
  await expect(job).toBeVisible();
  await box.press('Escape');
  await expect(palette).toBeHidden();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Move the focused card one stage right')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.locator('body').press('g');
  await page.locator('body').press('j');
  await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
});
