// The candidate list as the recruiter meets it, measured in Debian's Chromium against the real browser host on the
// fixture vault: how long until the list is usable, and how many frames scrolling it drops.
import type { Page } from '@playwright/test';
import path from 'node:path';
import { openAppOnFixtureCopy } from '../browser.js';
import { repoRoot } from '../fixtures.js';
import { metric, stats, type Metric, type Suite } from '../harness.js';


/** Clicks Candidates in the sidebar and waits until the first row can be opened and nothing is loading. */
async function openList(page: Page): Promise<number> {
  const t = performance.now();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Candidates' }).click();
  await page.getByTestId('candidate-row').first().getByRole('link').waitFor();
  await page.getByLabel('Loading candidates').waitFor({ state: 'detached' });
  return performance.now() - t;
}

/**
 * Scrolls the list one step per animation frame and counts frames that arrived late: an interval of n × 16.7 ms
 * means n − 1 frames were dropped. Fast fling-like steps make the window fetch new pages from the core as it goes.
 */
async function scrollFrames(page: Page, stepPx: number, frames: number) {
  return page.evaluate(
    async ({ stepPx, frames }) => {
      const el = document.querySelector('[data-testid="candidate-scroller"]') as HTMLElement;
      const times: number[] = [];
      await new Promise<void>((resolve) => {
        let n = 0;
        const tick = (ts: number) => {
          times.push(ts);
          el.scrollTop += stepPx;
          if (++n < frames) requestAnimationFrame(tick);
          else resolve();
        };
        requestAnimationFrame(tick);
      });
      const intervals = times.slice(1).map((t, i) => t - times[i]!);
      const budget = 1000 / 60;
      const dropped = intervals.reduce((sum, d) => sum + Math.max(0, Math.round(d / budget) - 1), 0);
      return { intervals, dropped, scrolledTo: el.scrollTop };
    },
    { stepPx, frames },
  );
}

export const uiCandidatesSuite: Suite = {
  name: 'ui-candidates',
  title: 'candidate list in Chromium (browser host)',
  app: 'Debian Chromium, browser host over the encrypted fixture vault',
  baseline: 'none: absolute figures (frame budget 16.7 ms)',
  mode: 'per-scale',
  async run(ctx) {
    const app = await openAppOnFixtureCopy(ctx);
    if (!app) return [];
    const { browser, page } = app;
    const metrics: Metric[] = [];
    const base = { suite: this.name, scale: ctx.scale };
    try {

      // Let the dashboard's own first reads finish: the core answers one request at a time, and the list's
      // figure should not include another screen's queries.
      await page.waitForTimeout(3000);
      const firstOpen = await openList(page);

      // Cold: reload the app on #/candidates (boot, session check, first page) until a row can be opened.
      const cold: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await page.reload();
        await page.getByTestId('candidate-row').first().getByRole('link').waitFor({ timeout: 120_000 });
        await page.getByLabel('Loading candidates').waitFor({ state: 'detached' });
        cold.push(performance.now() - t);
      }
      // Warm: from Settings (a screen with no heavy reads), once the core is idle.
      const warm: number[] = [];
      for (let i = 0; i < 8; i++) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
        await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
        await page.waitForTimeout(1000);
        warm.push(await openList(page));
      }
      const total = await page.getByRole('table', { name: 'Candidates' }).getAttribute('aria-rowcount');
      const c = stats(cold);
      const w = stats(warm);
      metrics.push(
        metric({ ...base, name: 'list TTI, first open after unlock', unit: 'ms', app: firstOpen, detail: { rows: Number(total) - 1 } }),
        metric({ ...base, name: 'list TTI, cold (reload on the list) p50', unit: 'ms', app: c.p50, detail: { cold: c } }),
        metric({ ...base, name: 'list TTI, cold (reload on the list) p95', unit: 'ms', app: c.p95 }),
        metric({ ...base, name: 'list TTI, warm (sidebar click) p50', unit: 'ms', app: w.p50, detail: { warm: w } }),
        metric({ ...base, name: 'list TTI, warm (sidebar click) p95', unit: 'ms', app: w.p95 }),
      );

      // Scrolling: a steady read-along scroll, then a fast fling that crosses many pages.
      for (const [label, step, frames] of [
        ['steady scroll (44 px/frame)', 44, 240],
        ['fast scroll (600 px/frame)', 600, 240],
      ] as const) {
        await page.evaluate(() => {
          (document.querySelector('[data-testid="candidate-scroller"]') as HTMLElement).scrollTop = 0;
        });
        await page.waitForTimeout(300);
        const r = await scrollFrames(page, step, frames);
        const s = stats(r.intervals);
        metrics.push(
          metric({ ...base, name: `${label}: dropped frames`, unit: 'count', app: r.dropped, detail: { frames, scrolledToPx: r.scrolledTo } }),
          metric({ ...base, name: `${label}: frame interval p95`, unit: 'ms', app: s.p95, detail: { intervals: s } }),
        );
      }
    } catch (error) {
      const shot = path.join(repoRoot(), '.tmp', `ui-candidates-failure-${ctx.scale}.png`);
      await browser.contexts()[0]?.pages()[0]?.screenshot({ path: shot }).catch(() => undefined);
      ctx.log(`failed; screenshot at ${shot}`);
      throw error;
    } finally {
      await app.close();
    }
    return metrics;
  },
};
