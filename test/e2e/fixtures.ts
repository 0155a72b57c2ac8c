import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(root, 'dist/main/cli.mjs');
// dist/main/cli.mjs is the bundled CLI module (it exports run(); the `rapport` launcher calls it). Calling run() the
// same way keeps the fixture on the built bundle, without the launcher's rebuild-if-stale step racing other edits.
const RUN_CLI = `const cli = await import(${JSON.stringify(pathToFileURL(CLI).href)}); process.exitCode = await cli.run(process.argv.slice(1));`;
const URL_LINE = /^Rapport is running at (http:\/\/127\.0\.0\.1:\d+\/#token=(\S+))$/m;

export interface RapportHost {
  /** The URL exactly as printed, token fragment included. */
  url: string;
  token: string;
  dataDir: string;
}

/** Resolves with the printed URL line, or rejects with what the process said if it dies or stays silent. */
function waitForUrl(child: ChildProcess, timeoutMs: number): Promise<{ url: string; token: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let errText = '';
    const timer = setTimeout(() => fail(`no URL line within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`rapport serve: ${why}\nstdout: ${out}\nstderr: ${errText}`));
    };
    child.stderr?.on('data', (chunk: Buffer) => (errText += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = URL_LINE.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, token: match[2]! });
      }
    });
    child.once('exit', (code) => fail(`exited with ${code}`));
    child.once('error', (error) => fail(error.message));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{ rapport: RapportHost }>({
  // Every test also fails on an uncaught exception in the page or a Content-Security-Policy violation:
  // both can leave a screen looking fine while something behind it broke.
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught in page: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    });
    await use(page);
    expect(problems).toEqual([]);
  },
  // Playwright reads fixture dependencies from the destructuring pattern, so it must be an (empty) object pattern.
  // eslint-disable-next-line no-empty-pattern
  rapport: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rapport-e2e-'));
    const env = { ...process.env };
    // The browser is the only way in: a passphrase from the environment would let the host skip the UI.
    delete env.RAPPORT_PASSPHRASE;
    const child = spawn(process.execPath, ['--input-type=module', '-e', RUN_CLI, '--', '--data-dir', dataDir, 'serve', '--port', '0'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const { url, token } = await waitForUrl(child, 20_000);
      await use({ url, token, dataDir });
    } finally {
      await stop(child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };

export const PASSPHRASE = 'correct horse battery staple';

/** Opens the app on a fresh host and creates a passphrase vault; ends on the dashboard. */
export async function createVault(page: Page, host: RapportHost, passphrase = PASSPHRASE): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(passphrase);
  await page.getByRole('textbox', { name: 'Repeat passphrase' }).fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

export async function lockFromAppBar(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock Rapport' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Rapport' })).toBeVisible();
}

export async function loadSample(page: Page, candidates = 150): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${candidates} candidates`) }).check();
  await page.getByRole('button', { name: 'Load sample agency' }).click();
  await expect(page.getByRole('heading', { name: 'Start with a sample agency?' })).toBeHidden({ timeout: 30_000 });
}

export const nav = (page: Page, name: 'Dashboard' | 'Candidates' | 'Settings') =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
