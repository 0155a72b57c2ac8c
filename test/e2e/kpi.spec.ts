import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createVault, expect, loadSample, test } from './fixtures.js';
import { checkScreen } from './check-screen.js';


/** Charts animate longer than other screens; the dashboard's later steps run in light again. */
async function check(page: Page, name: string, options: { axe?: boolean; fullPage?: boolean } = {}) {
  await checkScreen(page, name, { ...options, settleMs: 300 });
  await page.emulateMedia({ colorScheme: 'light' });
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
const card = (page: Page, id: string) => page.locator(`[data-kpi="${id}"]`);

test('KPI dashboard: cards compare with the previous period and targets, filters narrow, charts drill down', async ({ page, rapport }) => {
  test.setTimeout(240_000);
  await createVault(page, rapport);
  await loadSample(page, 400);
  await page.getByRole('button', { name: 'Close' }).click().catch(() => undefined);
  await expect(page.getByRole('heading', { name: 'Recruitment KPIs' })).toBeVisible();
  await expect(card(page, 'placements').getByTestId('kpi-value')).not.toHaveText('—', { timeout: 30_000 });

  // Every card: a value and its comparison with the previous period; targets where there is one.
  for (const id of ['placements', 'time_to_fill', 'time_to_hire', 'offer_acceptance_rate', 'reply_rate']) {
    await expect(card(page, id).getByTestId('kpi-change')).toContainText('· previous');
  }
  await expect(card(page, 'time_to_fill').getByTestId('kpi-target')).toContainText('42 d');
  await expect(page.getByText(/Computed in \d+ ms from daily summaries/)).toBeVisible();
  await check(page, 'kpi-dashboard');
  await page.getByTestId('chart-funnel').scrollIntoViewIfNeeded();
  await check(page, 'kpi-dashboard-charts', { axe: false });
  await page.getByTestId('chart-ttf').scrollIntoViewIfNeeded();
  await check(page, 'kpi-dashboard-charts-2', { axe: false });
  await page.mouse.wheel(0, -5000);

  // Drill down from the chart itself: the funnel's first bar (Entered pipeline) spans the chart's width.
  const funnel = page.getByTestId('chart-funnel');
  await funnel.scrollIntoViewIfNeeded();
  const canvas = funnel.locator('canvas');
  const box = (await canvas.boundingBox())!;
  const entered = Number((await funnel.getByText(/candidates entered a pipeline/).textContent())!.match(/[\d,]+/)![0].replace(/,/g, ''));
  await canvas.click({ position: { x: box.width * 0.75, y: box.height * 0.1 } });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /^Entered a pipeline \(cohort/ })).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Applications' }).locator('tbody tr')).toHaveCount(Math.min(25, entered));
  await expect(dialog.getByText(`1–${Math.min(25, entered)} of ${entered}`)).toBeVisible();
  await check(page, 'kpi-drilldown');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The same through the table view (keyboard and screen readers): the hires behind the funnel's last step.
  await funnel.getByRole('button', { name: 'Show table' }).click();
  const hiredRow = funnel.getByRole('row', { name: /^Hired/ });
  const hired = Number((await hiredRow.locator('td').nth(1).textContent())!.replace(/,/g, ''));
  await hiredRow.getByRole('button', { name: 'Hired' }).click();
  await expect(dialog.getByRole('heading', { name: /^Reached hired/ })).toBeVisible();
  if (hired > 0) await expect(dialog.getByRole('table', { name: 'Applications' }).locator('tbody tr')).toHaveCount(Math.min(25, hired));
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Source of hire: clicking a source lists exactly its hires.
  const sources = page.getByTestId('chart-sources');
  await sources.getByRole('button', { name: 'Show table' }).click();
  const firstSource = sources.getByRole('row').nth(1);
  const sourceName = (await firstSource.locator('td').first().textContent())!;
  const sourceHires = Number(await firstSource.locator('td').nth(1).textContent());
  await firstSource.getByRole('button').click();
  await expect(dialog.getByRole('heading', { name: new RegExp(`^Hires from ${sourceName}`) })).toBeVisible();
  await expect(dialog.getByText(`${sourceHires} ${sourceHires === 1 ? 'application' : 'applications'}`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Filter by a recruiter: the label says so and the placements match that recruiter's row in the table.
  const allPlacements = Number(await card(page, 'placements').getByTestId('kpi-value').textContent());
  const recruiterRow = page.getByRole('table', { name: 'Recruiter activity' }).locator('tbody tr').first();
  const recruiterName = (await recruiterRow.locator('td').first().textContent())!;
  const recruiterPlacements = Number(await recruiterRow.locator('td').nth(4).textContent());
  await page.getByRole('combobox', { name: 'Recruiter' }).click();
  await page.getByRole('option', { name: recruiterName }).click();
  await expect(page.getByText(`Recruiter: ${recruiterName}`)).toBeVisible();
  await expect(card(page, 'placements').getByTestId('kpi-value')).toHaveText(String(recruiterPlacements));
  expect(recruiterPlacements).toBeLessThanOrEqual(allPlacements);
  await check(page, 'kpi-dashboard-filtered', { axe: false });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(card(page, 'placements').getByTestId('kpi-value')).toHaveText(String(allPlacements));

  // A different period changes the comparison period too.
  await page.getByRole('combobox', { name: 'Period' }).click();
  await page.getByRole('option', { name: 'Last 12 months' }).click();
  await expect(page.getByText(/compared with .* · All clients/)).toBeVisible();
  await expect(card(page, 'placements').getByTestId('kpi-value')).not.toHaveText(String(allPlacements));

  // Targets: set one, see the card judge against it.
  await page.getByRole('button', { name: 'Targets and definitions' }).click();
  const settings = page.getByRole('dialog', { name: 'Targets and definitions' });
  await expect(settings.getByText(/SHRM/)).toBeVisible();
  await check(page, 'kpi-settings');
  await settings.getByLabel('Time to fill (days)').fill('400');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(card(page, 'time_to_fill').getByTestId('kpi-target')).toHaveText('On target · 400 d');
});

test('Reports: KPI report and anonymised profile are saved as PDFs, with progress; branding is kept', async ({ page, rapport }) => {
  test.setTimeout(240_000);
  await createVault(page, rapport);
  await loadSample(page, 150);
  await nav(page, 'Reports');
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await page.getByLabel('Agency name').fill('Fjord & Fell Recruitment');
  await page.getByRole('button', { name: 'Save name and colour' }).click();
  await expect(page.getByText('Branding saved')).toBeVisible();
  await expect(page.getByRole('banner').getByText('Fjord & Fell Recruitment')).toBeVisible();
  await check(page, 'reports');

  const out = path.resolve('test-results/reports-e2e');
  mkdirSync(out, { recursive: true });
  const [kpiDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save KPI report as PDF' }).click()]);
  expect(kpiDownload.suggestedFilename()).toMatch(/^kpi-report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf$/);
  const kpiFile = path.join(out, kpiDownload.suggestedFilename());
  await kpiDownload.saveAs(kpiFile);
  const kpiText = execFileSync('pdftotext', [kpiFile, '-'], { encoding: 'utf8' });
  expect(kpiText).toContain('Fjord & Fell Recruitment');
  expect(kpiText).toContain('Appendix: definitions');

  const picker = page.getByRole('combobox', { name: 'Candidate' });
  await picker.fill('a');
  await picker.pressSequentially('n');
  const option = page.getByRole('option').first();
  await option.waitFor();
  const name = (await option.locator('p, span').first().textContent())!;
  await option.click();
  await expect(page.getByLabel('Anonymise (no contact details, initials only)')).toBeChecked();
  const [profile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save profile as PDF' }).click()]);
  const profileFile = path.join(out, profile.suggestedFilename());
  await profile.saveAs(profileFile);
  const profileText = execFileSync('pdftotext', [profileFile, '-'], { encoding: 'utf8' });
  expect(profileText).not.toMatch(/@/);
  for (const part of name.split(/\s+/)) expect(profileText).not.toContain(part);
  await expect(page.getByText(/^Saved candidate-profile-/)).toBeVisible();
  await check(page, 'reports-after', { axe: false });
});
