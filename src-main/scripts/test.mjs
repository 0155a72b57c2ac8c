// `npm test`: sets itself up, then runs lint, typecheck, unit, renderer, integration and end-to-end tests.
// Every step runs even when an earlier one fails, so one run shows everything that is broken.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, ensureNodeModules, ensureSystemPackages, log, root, run } from './setup.mjs';

const only = process.argv.slice(2);
ensureNodeModules();
ensureSystemPackages();
log('Building…');
build();

// Not under test-results/: Playwright empties its output folder when it starts.
const reports = path.join(root, '.tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const steps = [
  { name: 'lint', cmd: [bin('eslint'), ['.', '--max-warnings', '0']] },
  { name: 'typecheck', cmd: [bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']] },
  {
    name: 'vitest',
    cmd: [bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(reports, 'vitest.json')}`]],
    counts: () => {
      const r = JSON.parse(readFileSync(path.join(reports, 'vitest.json'), 'utf8'));
      return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
    },
  },
  {
    name: 'e2e',
    cmd: [bin('playwright'), ['test', '--reporter=list,json']],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'playwright.json') },
    counts: () => {
      const r = JSON.parse(readFileSync(path.join(reports, 'playwright.json'), 'utf8'));
      return { passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected, skipped: r.stats.skipped };
    },
  },
].filter((s) => only.length === 0 || only.includes(s.name));

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const step of steps) {
  log(`${step.name}…`);
  const code = run(step.cmd[0], step.cmd[1], { env: { CI: process.env.CI ?? '', ...step.env } });
  if (code !== 0) failedSteps.push(step.name);
  if (step.counts) {
    try {
      const c = step.counts();
      totals.passed += c.passed;
      totals.failed += c.failed;
      totals.skipped += c.skipped;
    } catch {
      if (!failedSteps.includes(step.name)) failedSteps.push(step.name);
    }
  }
}

console.log('');
console.log(failedSteps.length ? `Failed steps: ${failedSteps.join(', ')}` : 'All steps passed.');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
