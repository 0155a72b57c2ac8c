import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type RapportHost } from './fixtures.js';

const SHOTS = path.resolve('test-results/screenshots');

/** Axe (no serious/critical) in light and dark, and a 1280×720 screenshot of each. */
export async function checkScreen(page: Page, name: string, { axe = true } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(250);
    if (axe) {
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
      expect(report, `${name} in ${colorScheme}`).toEqual([]);
    }
    await page.screenshot({ path: path.join(SHOTS, `${name}-${colorScheme}.png`) });
  }
}

/** Calls the core directly, as another window would: used to change a record behind the page's back. */
export async function callCore(page: Page, host: RapportHost, channel: string, req: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  return page.evaluate(
    async ({ channel, req, token }) => {
      const res = await fetch(`/ipc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(req) });
      return res.json();
    },
    { channel, req, token: host.token },
  );
}

/** Adds a candidate through the New candidate dialog (on the Candidates screen). */
export async function addCandidate(page: Page, c: { first: string; last: string; title?: string; company?: string; email?: string; city?: string; country?: string }) {
  await page.getByRole('button', { name: 'New candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'New candidate' });
  await dialog.getByLabel('First name').fill(c.first);
  await dialog.getByLabel('Last name').fill(c.last);
  if (c.email) await dialog.getByLabel('E-mail').fill(c.email);
  if (c.title) await dialog.getByLabel('Current title').fill(c.title);
  if (c.company) await dialog.getByLabel('Company').fill(c.company);
  if (c.city) await dialog.getByLabel('City').fill(c.city);
  if (c.country) await dialog.getByLabel('Country').fill(c.country);
  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect(dialog).toBeHidden();
}

export const candidateTable = (page: Page) => page.getByRole('table', { name: 'Candidates' });
export const dataRows = (page: Page) => candidateTable(page).getByTestId('candidate-row');
