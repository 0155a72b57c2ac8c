import { createVault, expect, test } from './fixtures.js';

test('the shell works from the keyboard: skip link, lock button, sidebar, Back', async ({ page, rapport }) => {
  await createVault(page, rapport);
  // A reload starts keyboard navigation from the top of the document (and proves the session survives it).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lock Rapport' })).toBeFocused();

  const navigation = page.getByRole('navigation', { name: 'Main' });
  await page.keyboard.press('Tab');
  await expect(navigation.getByRole('button', { name: 'Dashboard' })).toBeFocused();
  await expect(navigation.getByRole('button', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Tab');
  await expect(navigation.getByRole('button', { name: 'Candidates' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Candidates', level: 1 })).toBeVisible();
  await expect(navigation.getByRole('button', { name: 'Candidates' })).toHaveAttribute('aria-current', 'page');
  // The next entry (Jobs) opens with Space as well as Enter.
  await page.keyboard.press('Tab');
  await expect(navigation.getByRole('button', { name: 'Jobs' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();

  // Browser Back returns to the previous screen (the screen name lives in the URL fragment).
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Candidates', level: 1 })).toBeVisible();
});

test('the skip link moves focus past the navigation to the content', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  // The next Tab lands in the content (the sample offer's chosen size), not in the sidebar.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: /^400 candidates/ })).toBeFocused();
});

test('a link to a screen that does not exist opens the dashboard and says so', async ({ page, rapport }) => {
  await createVault(page, rapport);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Jobs' }).click();
  await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/talent-pools'));
  await expect(page.getByText('There is no “talent-pools” screen; this is the dashboard.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/dashboard');
});
