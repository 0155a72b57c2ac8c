import { defineConfig } from '@playwright/test';

// Debian's chromium, never a downloaded one (see shared/reference/stack.md). The build must have run first
// (`node src-main/scripts/build.mjs`): each test starts the real browser host from dist/ over a fresh vault.
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  // Two shared cores: one browser and one host at a time is faster than contention.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
