import type { Page } from '@playwright/test';
import { createVault, expect, loadSample, test } from './fixtures.js';
import { checkScreen } from './check-screen.js';


/** Toasts are transient; close them so they do not cover the screen being judged. */
async function check(page: Page, name: string) {
  const close = page.getByRole('alert').getByRole('button', { name: 'Close' });
  while ((await close.count()) > 0) await close.first().click();
  await checkScreen(page, name);
}

const navTo = (page: Page, name: 'Segments' | 'Personas') => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
const count = async (page: Page): Promise<number> => {
  const el = page.getByTestId('segment-count');
  await expect(el).toHaveText(/^[\d,]+$/);
  // The count follows edits 250 ms after the last one; wait until the progress bar is gone.
  await expect(page.getByRole('progressbar', { name: 'Updating the count' })).toHaveCount(0);
  return Number((await el.textContent())!.replace(/,/g, ''));
};

async function addCondition(page: Page, label: string) {
  await page.getByRole('button', { name: 'Add condition to the segment' }).click();
  await page.getByRole('menuitem', { name: label, exact: true }).click();
  return page.getByRole('listitem', { name: `Condition: ${label}` });
}

test('build a 3-condition segment, watch the count, save, reopen, freeze as a list; persona page', async ({ page, rapport }) => {
  test.setTimeout(180_000);
  await createVault(page, rapport);
  await loadSample(page, 150);
  await navTo(page, 'Segments');
  await expect(page.getByRole('heading', { name: 'No segments yet' })).toBeVisible();
  await check(page, 'segments-empty');

  await page.getByRole('button', { name: 'New segment' }).click();
  await expect(page.getByRole('heading', { name: 'New segment', level: 1 })).toBeVisible();
  const everyone = await count(page);
  expect(everyone).toBe(150);

  // 1. Skills: chips with autocomplete from the data.
  const skills = await addCondition(page, 'Skills');
  await expect(skills.getByText('Pick at least one skill — not counted yet')).toBeVisible();
  const skillInput = skills.getByRole('combobox', { name: 'Skills' });
  await skillInput.fill('Py');
  await page.getByRole('option', { name: /^Python/ }).click();
  await skillInput.fill('SQL');
  await skillInput.press('Enter');
  await expect(skills.getByRole('button', { name: 'Python' })).toBeVisible();
  await expect(skills.getByText(/not counted yet/)).toHaveCount(0);
  const withSkills = await count(page);
  expect(withSkills).toBeGreaterThan(0);
  expect(withSkills).toBeLessThan(everyone);

  // 2. Location: places from the data.
  const location = await addCondition(page, 'Location');
  const places = location.getByRole('combobox', { name: 'Places' });
  await places.click();
  const firstPlace = page.getByRole('option').first();
  await expect(firstPlace).toBeVisible();
  await firstPlace.click();
  await page.keyboard.press('Escape');
  const withPlace = await count(page);
  expect(withPlace).toBeLessThanOrEqual(withSkills);

  // 3. Last contacted on or after 365 days ago.
  const contacted = await addCondition(page, 'Last contacted');
  await contacted.getByRole('combobox', { name: 'Last contact' }).click();
  await page.getByRole('option', { name: 'On or after' }).click();
  await contacted.getByRole('spinbutton', { name: 'Days' }).fill('365');
  const final = await count(page);
  expect(final).toBeLessThanOrEqual(withPlace);
  await expect(page.getByRole('list', { name: 'Newest members' }).getByRole('listitem')).toHaveCount(Math.min(final, 20));
  await check(page, 'segment-builder');

  // Save, then reopen from the list: the same conditions and count.
  await page.getByRole('button', { name: 'Save segment' }).click();
  const save = page.getByRole('dialog', { name: 'Save segment' });
  await save.getByRole('textbox', { name: 'Name' }).fill('Python & SQL people, recent contact');
  await save.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Python & SQL people, recent contact', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Saved' })).toBeDisabled();

  await page.getByRole('button', { name: 'All segments' }).click();
  const row = page.getByRole('table', { name: 'Segments' }).getByRole('row', { name: /Python & SQL people/ });
  await expect(row).toContainText(String(final));
  await expect(row.getByRole('img', { name: /on \d{4}-\d{2}-\d{2}/ })).toBeVisible();
  await row.getByRole('button', { name: 'Python & SQL people, recent contact', exact: true }).click();
  await expect(page.getByRole('listitem', { name: /^Condition: / })).toHaveCount(3);
  expect(await count(page)).toBe(final);

  // Freeze the current members as a static list.
  await page.getByRole('button', { name: 'Freeze as list' }).click();
  const freeze = page.getByRole('dialog', { name: 'Freeze as a static list' });
  await freeze.getByRole('textbox', { name: 'Name' }).fill('Python shortlist');
  await freeze.getByRole('button', { name: 'Freeze' }).click();
  await expect(page.getByRole('heading', { name: 'Python shortlist', level: 1 })).toBeVisible();
  await expect(page.getByText(new RegExp(`^${final} members? ·`))).toBeVisible();
  await expect(page.getByRole('table', { name: 'List members' }).locator('tbody tr')).toHaveCount(Math.min(final, 50));

  await page.getByRole('button', { name: 'All segments' }).click();
  await expect(page.getByRole('table', { name: 'Static lists' })).toContainText('Python shortlist');
  await check(page, 'segments-list');

  // A persona on the saved segment: its page shows members with match scores and reasons.
  await navTo(page, 'Personas');
  await page.getByRole('button', { name: 'New persona' }).click();
  const dialog = page.getByRole('dialog', { name: 'New persona' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Data engineer');
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Builds pipelines; loves SQL and Python.');
  await dialog.getByRole('textbox', { name: 'Career goals' }).fill('Deepen technical expertise');
  await dialog.getByRole('combobox', { name: /^Segment/ }).click();
  await page.getByRole('option', { name: /Python & SQL people/ }).click();
  const personaSkills = dialog.getByRole('combobox', { name: 'Skills' });
  await personaSkills.fill('Python');
  await personaSkills.press('Enter');
  await dialog.getByRole('combobox', { name: 'Seniority' }).click();
  await page.getByRole('option', { name: 'senior', exact: true }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Save persona' }).click();
  await expect(page.getByRole('heading', { name: 'Data engineer', level: 1 })).toBeVisible();
  const members = page.getByRole('table', { name: 'Members by match score' });
  await expect(members.locator('tbody tr')).toHaveCount(Math.min(final, 50));
  await expect(members.locator('tbody tr').first()).toContainText(/Skills: has Python/);
  await expect(page.getByRole('region', { name: 'Seniority distribution' })).toBeVisible();
  await check(page, 'persona-page');
});
