import type { Locator, Page } from '@playwright/test';
import { createVault, expect, loadSample, test } from './fixtures.js';

/** Opens the first job (in list order) that has at least `min` cards in its Sourced stage. */
async function openJobWithCards(page: Page, min = 1): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Jobs' }).click();
  await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Jobs' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    await rows.nth(i).getByRole('button').first().click();
    await expect(page.getByRole('region', { name: 'Pipeline board' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: / of \d+ cards/ })).toBeVisible();
    if ((await column(page, 'Sourced').getByRole('button').count()) >= min) return;
    await page.getByRole('button', { name: 'All jobs' }).click();
  }
  throw new Error('no job with cards in Sourced');
}

const column = (page: Page, stage: string): Locator => page.locator('section', { has: page.getByRole('heading', { name: stage, exact: true, level: 2 }) });

/** dnd-kit's pointer sensor wants real, stepped mouse moves. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 5, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + 60, { steps: 15 });
  await page.mouse.up();
}

test.beforeEach(async ({ page, rapport }) => {
  await createVault(page, rapport);
  await loadSample(page, 150);
  await page.getByRole('button', { name: 'Close' }).click();
});

test('drag a card to the next stage: it moves, is saved, and lands in the stage history', async ({ page }) => {
  await openJobWithCards(page);
  const card = column(page, 'Sourced').getByRole('button').first();
  const name = (await card.getAttribute('aria-label'))!.split(',')[0]!;
  const before = await column(page, 'Screening').getByRole('button').count();
  await drag(page, card, column(page, 'Screening'));
  await expect(page.getByRole('alert').filter({ hasText: `Moved ${name} to Screening` })).toBeVisible();
  await expect(column(page, 'Screening').getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  await expect(column(page, 'Screening').getByRole('button')).toHaveCount(before + 1);
  // Saved: a reload reads it back from the vault.
  await page.reload();
  await expect(column(page, 'Screening').getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  await expect(column(page, 'Screening').getByRole('button', { name: new RegExp(`^${name}`) }).getByText('0 days in stage')).toBeVisible();
  // And the move is in the application's stage history.
  const id = Number(await column(page, 'Screening').getByRole('button', { name: new RegExp(`^${name}`) }).getAttribute('data-card-id'));
  const history = await page.evaluate(async (appId) => {
    const token = sessionStorage.getItem('rapport.session-token');
    const res = await fetch('/ipc/applications:get-application', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: appId }),
    });
    return ((await res.json()) as { value: { history: { fromStageName: string | null; toStageName: string }[] } }).value.history;
  }, id);
  expect(history.at(-1)).toMatchObject({ fromStageName: 'Sourced', toStageName: 'Screening' });
});

test('keyboard: Alt+→ moves the focused card one stage; Enter opens a stage menu', async ({ page }) => {
  await openJobWithCards(page, 2);
  const first = column(page, 'Sourced').getByRole('button').first();
  const name = (await first.getAttribute('aria-label'))!.split(',')[0]!;
  await first.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(column(page, 'Screening').getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();

  const second = column(page, 'Sourced').getByRole('button').first();
  const other = (await second.getAttribute('aria-label'))!.split(',')[0]!;
  await second.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: 'First interview' }).focus();
  await page.keyboard.press('Enter');
  await expect(column(page, 'First interview').getByRole('button', { name: new RegExp(`^${other}`) })).toBeVisible();
});

test('reject with a reason: the move asks why, Cancel keeps the card, the reason is required and saved', async ({ page }) => {
  await openJobWithCards(page);
  const card = column(page, 'Sourced').getByRole('button').first();
  const name = (await card.getAttribute('aria-label'))!.split(',')[0]!;
  // Rejected is off to the right of Sourced at 1280 px, so this one goes through the card's stage menu.
  await card.click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Rejected' }).click();
  const dialog = page.getByRole('dialog', { name: `Move ${name} to Rejected` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(column(page, 'Sourced').getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();

  await column(page, 'Sourced').getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Rejected' }).click();
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog.getByText('Give a reason')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Salary expectations far above the budget');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `Moved ${name} to Rejected` })).toBeVisible();
  await page.reload();
  await expect(column(page, 'Rejected').getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
});

test('moving to Offer asks for the offer; a refused move rolls back with the reason', async ({ page }) => {
  await openJobWithCards(page);
  const card = column(page, 'Sourced').getByRole('button').first();
  const name = (await card.getAttribute('aria-label'))!.split(',')[0]!;
  await card.click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Offer' }).click();
  const dialog = page.getByRole('dialog', { name: `Move ${name} to Offer` });
  // A sign or a suffix is an error, never silently dropped; thousands separators are fine.
  await dialog.getByRole('textbox', { name: 'Offered amount' }).fill('-5');
  await dialog.getByRole('textbox', { name: 'Currency' }).fill('EUR');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog.getByText('Enter the offered amount as a whole number, e.g. 95000')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Offered amount' }).fill('72,000');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(column(page, 'Offer').getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();

  // Make the board stale: the card moves behind its back (as from another window), then this board moves it too.
  const cardId = Number(await column(page, 'Offer').getByRole('button', { name: new RegExp(`^${name}`) }).getAttribute('data-card-id'));
  const moved = await page.evaluate(async (id) => {
    const token = sessionStorage.getItem('rapport.session-token');
    const call = async (channel: string, body: unknown) => {
      const res = await fetch(`/ipc/${channel}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return (await res.json()) as { ok: boolean; value: { version: number; jobId: number; stageId: number } };
    };
    const app = (await call('applications:get-application', { id })).value;
    const board = (await call('board:get-board', { jobId: app.jobId })) as unknown as { value: { job: { stages: { id: number; name: string }[] } } };
    const target = board.value.job.stages.find((s) => s.name === 'Final interview')!;
    return call('applications:move-application', { id, version: app.version, toStageId: target.id });
  }, cardId);
  expect(moved.ok).toBe(true);
  const stale = column(page, 'Offer').getByRole('button', { name: new RegExp(`^${name}`) });
  await stale.focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('alert').filter({ hasText: `Could not move ${name}: it was changed elsewhere` })).toBeVisible();
  // The board re-read the vault: the card is where the other move put it, not where this one tried.
  await expect(column(page, 'Final interview').getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
});

test('stages: add, rename, reorder and remove with reassignment; filter cards', async ({ page }) => {
  await openJobWithCards(page, 2);
  const sourced = await column(page, 'Sourced').getByRole('button').count();
  const screening = await column(page, 'Screening').getByRole('button').count();
  await page.getByRole('button', { name: 'Edit stages' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pipeline stages' });
  await dialog.getByRole('textbox', { name: 'New stage name' }).fill('Tech test');
  await dialog.getByRole('button', { name: 'Add stage' }).click();
  await expect(page.getByRole('heading', { name: 'Tech test', level: 2, includeHidden: true })).toBeVisible();

  const first = dialog.getByRole('textbox', { name: 'Stage 1 name' });
  await first.fill('Longlist');
  await first.press('Enter');
  await expect(page.getByRole('heading', { name: 'Longlist', level: 2, includeHidden: true })).toBeVisible();

  await dialog.getByRole('button', { name: 'Move Longlist later' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Stage 2 name' })).toHaveValue('Longlist');

  // Remove Longlist: its cards must go somewhere first.
  await dialog.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Stage 2 name' }) }).getByRole('button', { name: 'Remove', exact: true }).click();
  await dialog.getByRole('combobox', { name: /^Move its \d+ to/ }).click();
  await page.getByRole('option', { name: 'Screening' }).click();
  await dialog.getByRole('button', { name: 'Remove Longlist' }).click();
  await expect(page.getByRole('heading', { name: 'Longlist', level: 2, includeHidden: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(column(page, 'Screening').getByRole('button')).toHaveCount(sourced + screening);

  // Filter: one card's name narrows the board to it.
  const someone = (await column(page, 'Screening').getByRole('button').first().getAttribute('aria-label'))!.split(',')[0]!;
  await page.getByRole('textbox', { name: 'Filter cards' }).fill(someone);
  await expect(page.getByRole('region', { name: 'Pipeline board' }).getByRole('button', { name: new RegExp(`^${someone}`) })).toHaveCount(1);
});

/** The card names of a column, top to bottom. */
const names = async (page: Page, stage: string): Promise<string[]> =>
  (await column(page, stage).getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))).map((l) => l.split(',')[0]!);

/** Drags `from` so that the pointer ends `dy` px below the top of `to` (small dy: the upper half of a card). */
async function dragTo(page: Page, from: Locator, to: Locator, dy: number, release = true): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 + 8, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + dy, { steps: 20 });
  // A last small step: dnd-kit settles the card under the pointer on a move event.
  await page.mouse.move(b.x + b.width / 2, b.y + dy + 1, { steps: 2 });
  if (release) await page.mouse.up();
}

/** The board as the core reads it: card names per stage name, top to bottom. */
async function savedOrder(page: Page, stage: string, cardIn: Locator): Promise<string[]> {
  const id = Number(await cardIn.getAttribute('data-card-id'));
  return page.evaluate(
    async ({ appId, stageName }) => {
      const token = sessionStorage.getItem('rapport.session-token');
      const call = async (channel: string, body: unknown) => {
        const res = await fetch(`/ipc/${channel}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
        return ((await res.json()) as { value: unknown }).value;
      };
      const app = (await call('applications:get-application', { id: appId })) as { jobId: number };
      const board = (await call('board:get-board', { jobId: app.jobId })) as { job: { stages: { id: number; name: string }[] }; cards: { stageId: number; candidateName: string }[] };
      const stageId = board.job.stages.find((s) => s.name === stageName)!.id;
      return board.cards.filter((c) => c.stageId === stageId).map((c) => c.candidateName);
    },
    { appId: id, stageName: stage },
  );
}

test('reorder within a column by drag and drop: the card takes the slot it is dropped on, and keeps it after a reload', async ({ page }) => {
  await openJobWithCards(page, 3);
  const before = await names(page, 'Sourced');
  const third = column(page, 'Sourced').getByRole('button').nth(2);
  await dragTo(page, third, column(page, 'Sourced').getByRole('button').first(), 12);
  const expected = [before[2]!, before[0]!, before[1]!, ...before.slice(3)];
  await expect.poll(() => names(page, 'Sourced')).toEqual(expected);
  // Saved before the reload reads it back (the write is optimistic on screen).
  await expect.poll(() => savedOrder(page, 'Sourced', column(page, 'Sourced').getByRole('button').first())).toEqual(expected);
  await page.reload();
  await expect.poll(() => names(page, 'Sourced')).toEqual(expected);
});

test('drag to a place in another column: dropped on the lower half of a card, it lands just below it', async ({ page }) => {
  await openJobWithCards(page, 4);
  // Two cards into Screening by keyboard (each goes on top of it), then a third dropped between them.
  for (let i = 0; i < 2; i++) {
    await column(page, 'Sourced').getByRole('button').first().focus();
    const name = (await column(page, 'Sourced').getByRole('button').first().getAttribute('aria-label'))!.split(',')[0]!;
    await page.keyboard.press('Alt+ArrowRight');
    await expect(column(page, 'Screening').getByRole('button').first()).toHaveAttribute('aria-label', new RegExp(`^${name}`));
  }
  const screening = await names(page, 'Screening');
  const card = column(page, 'Sourced').getByRole('button').first();
  const name = (await card.getAttribute('aria-label'))!.split(',')[0]!;
  const target = column(page, 'Screening').getByRole('button').first();
  const box = (await target.boundingBox())!;
  await dragTo(page, card, target, box.height - 12);
  await expect(page.getByRole('alert').filter({ hasText: `Moved ${name} to Screening` })).toBeVisible();
  const expected = [screening[0]!, name, ...screening.slice(1)];
  await expect.poll(() => names(page, 'Screening')).toEqual(expected);
  await page.reload();
  await expect.poll(() => names(page, 'Screening')).toEqual(expected);
});

test('keyboard: Alt+↑ / Alt+↓ reorder the focused card in its column, announced, kept after a reload', async ({ page }) => {
  await openJobWithCards(page, 3);
  const before = await names(page, 'Sourced');
  const second = column(page, 'Sourced').getByRole('button').nth(1);
  await second.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('board-announcer')).toHaveText(`${before[1]} moved to position 1 of ${before.length} in Sourced.`);
  await expect.poll(() => names(page, 'Sourced')).toEqual([before[1]!, before[0]!, ...before.slice(2)]);
  // Focus stayed on the moved card, so the next presses keep moving it: down twice puts it third.
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', new RegExp(`^${before[1]}`));
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  const expected = [before[0]!, before[2]!, before[1]!, ...before.slice(3)];
  await expect.poll(() => names(page, 'Sourced')).toEqual(expected);
  await expect.poll(() => savedOrder(page, 'Sourced', column(page, 'Sourced').getByRole('button').first())).toEqual(expected);
  await page.reload();
  await expect.poll(() => names(page, 'Sourced')).toEqual(expected);
});

test('board screenshots mid-drag, light and dark (1280×720)', async ({ page }, info) => {
  await openJobWithCards(page, 3);
  for (let i = 0; i < 2; i++) {
    await column(page, 'Sourced').getByRole('button').first().focus();
    await page.keyboard.press('Alt+ArrowRight');
  }
  await expect(column(page, 'Screening').getByRole('button')).not.toHaveCount(0);
  await page.getByRole('alert').first().waitFor();
  const target = column(page, 'Screening').getByRole('button').first();
  const box = (await target.boundingBox())!;
  await dragTo(page, column(page, 'Sourced').getByRole('button').first(), target, box.height - 12, false);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(250);
    await page.screenshot({ path: info.outputPath(`board-drag-${colorScheme}.png`) });
  }
  await page.mouse.up();
  // Within the column, mid-drag: the other cards make room.
  const sourced = column(page, 'Sourced').getByRole('button');
  await dragTo(page, sourced.nth(1), sourced.first(), 12, false);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(250);
    await page.screenshot({ path: info.outputPath(`board-sort-${colorScheme}.png`) });
  }
  await page.mouse.up();
});
