import type { Page } from '@playwright/test';
import { expect, type RapportHost } from './fixtures.js';

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
