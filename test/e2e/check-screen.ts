import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from './fixtures.js';

const SHOTS = path.resolve('test-results/screenshots');

export interface CheckOptions {
  /** Axe: no serious or critical violation (off for screens caught mid-transition on purpose). */
  axe?: boolean;
  fullPage?: boolean;
  /** Time for the theme swap and any transition to settle before judging or shooting. */
  settleMs?: number;
}

/** Axe in light and dark (contrast differs), then a 1280×720 screenshot of each, into test-results/screenshots. */
export async function checkScreen(page: Page, name: string, { axe = true, fullPage = false, settleMs = 250 }: CheckOptions = {}) {
  mkdirSync(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(settleMs);
    if (axe) {
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
      expect(report, `${name} in ${colorScheme}`).toEqual([]);
    }
    await page.screenshot({ path: path.join(SHOTS, `${name}-${colorScheme}.png`), fullPage });
  }
}
