// The UI suites' shared set-up: the real browser host over a copy of the fixture vault, driven by Debian's Chromium.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_PASSPHRASE, repoRoot } from './fixtures.js';
import type { SuiteContext } from './harness.js';

export const CHROMIUM = '/usr/bin/chromium';
const URL_LINE = /^Rapport is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m;

function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const cli = path.join(repoRoot(), 'dist/main/cli.mjs');
  const code = `const cli = await import(${JSON.stringify(`file://${cli}`)}); process.exitCode = await cli.run(process.argv.slice(1));`;
  const env = { ...process.env };
  delete env.RAPPORT_PASSPHRASE;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code, '--', '--data-dir', dataDir, 'serve', '--port', '0'], {
    cwd: repoRoot(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`browser host: no URL within 60 s\n${out}\n${err}`)), 60_000);
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = URL_LINE.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.once('exit', (c) => reject(new Error(`browser host exited with ${c}\n${err}`)));
  });
}

export interface AppUnderTest {
  browser: Browser;
  /** A 1280×720 page, the fixture vault unlocked with its passphrase, the shell drawn. */
  page: Page;
  /** Closes the browser and stops the host. */
  close(): Promise<void>;
}

/**
 * Builds the app if dist/ is missing, copies the fixture's vault folder (the host writes: WAL, audit; the cached
 * fixture must stay as built; the whole folder, since the -wal file may hold committed pages), starts the browser
 * host on the copy and launches Chromium. Null, with a log line, where Chromium is not installed.
 */
export async function openAppOnFixtureCopy(ctx: SuiteContext): Promise<AppUnderTest | null> {
  if (!existsSync(CHROMIUM)) {
    ctx.log(`skipped: ${CHROMIUM} not installed`);
    return null;
  }
  if (!existsSync(path.join(repoRoot(), 'dist/main/cli.mjs'))) {
    ctx.log('building the app (dist/ missing)');
    spawnSync(process.execPath, ['src-main/scripts/build.mjs'], { cwd: repoRoot(), stdio: 'inherit' });
  }
  const fixture = await ctx.fixture();
  const dataDir = path.join(ctx.scratchDir, 'vault');
  cpSync(fixture.vaultDir, dataDir, { recursive: true });
  const { child, url } = await startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(FIXTURE_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 120_000 });
  return {
    browser,
    page,
    async close() {
      await browser.close();
      child.kill('SIGTERM');
    },
  };
}
