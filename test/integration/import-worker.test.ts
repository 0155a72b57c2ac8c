import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CsvImportResult } from '../../src-shared/domain/import.js';
import type { EventPayload } from '../../src-shared/ipc/events.js';
import { createCore } from '../../src-main/core/core.js';
import { WORKER_COMMIT_ROWS } from '../../src-main/core/services/import/csv-import.js';
import { b64, exchangeCore, type ExchangeCore } from '../fixtures/core.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { buildWorkerInto } from '../helpers/worker.js';

// Bulk CSV imports run on the vault worker (its own thread and connection). These tests use the worker bundle
// built from the current sources, as `npm run build` ships it next to the CLI and the desktop app.
// Inside the repository, so the bundle finds node_modules as dist/main/vault-worker.mjs does.
const tmp = tempDir('rapport-worker-', path.join(repoRoot, '.tmp'));
let workerScript = '';
beforeAll(async () => {
  workerScript = await buildWorkerInto(path.join(tmp.dir, 'dist'));
}, 60_000);
afterAll(() => tmp.cleanup());

const opened: ExchangeCore[] = [];
/** Errors the core logged: a worker that failed to start would show here (the job then runs in-process). */
let logged: string[] = [];
const core = async (options: Parameters<typeof exchangeCore>[1] = {}) => {
  const c = await exchangeCore(undefined, { logger: { info: () => undefined, error: (message, fields) => logged.push(`${message} ${JSON.stringify(fields)}`) }, ...options });
  opened.push(c);
  return c;
};
afterEach(async () => {
  for (const c of opened.splice(0)) await c.close();
  logged = [];
});
const expectWorkerRan = () => expect(logged.filter((m) => m.includes('vault worker'))).toEqual([]);

const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
const people = (n: number, start = 0) => {
  const rows = [['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'City', 'Skills']];
  for (let i = start; i < start + n; i++) rows.push([`P${i}`, `Person${i % 97}`, `p${i}@example.org`, `+47 9${String(i).padStart(7, '0')}`, `Firm ${i % 13}`, 'Oslo', 'Python; SQL']);
  return rows;
};
/** What an import stored, comparable across two vaults (ids included: both vaults start empty). */
const stored = (t: ExchangeCore) => ({
  candidates: t.db.prepare('SELECT id, first_name, last_name, current_company, city, country, source FROM candidates ORDER BY id').all(),
  emails: t.db.prepare('SELECT candidate_id, address_norm, is_primary FROM candidate_emails ORDER BY candidate_id, id').all(),
  phones: t.db.prepare('SELECT candidate_id, number_norm FROM candidate_phones ORDER BY candidate_id, id').all(),
  skills: t.db.prepare('SELECT candidate_id, skill FROM candidate_skills ORDER BY candidate_id, skill').all(),
  reviews: t.db.prepare('SELECT candidate_id, other_id, reasons, status FROM duplicate_reviews ORDER BY candidate_id, other_id').all(),
  search: t.db.prepare(`SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH 'python' ORDER BY rowid`).all(),
});
const comparable = ({ jobId: _jobId, ms: _ms, ...rest }: CsvImportResult) => rest;

describe('CSV import on the vault worker', () => {
  it('gives the same result and stores the same rows as the import on the main thread', async () => {
    const rows = people(300);
    rows.push(['Robert', 'Lindqvist', 'rob1@example.org', '', 'Acme', '', '']);
    rows.push(['P1', 'Person1', 'P1@EXAMPLE.ORG', '', '', '', '']); // exact duplicate of an earlier row
    rows.push(['Rob', 'Lindqvist', 'rob2@example.org', '', 'Acme', '', '']); // likely duplicate (short name + company)
    rows.push(['', 'Nameless', 'x@example.org', '', '', '', '']); // invalid: no first name
    const content = b64(csv(rows));
    const inWorker = await core({ workerScript });
    const inProcess = await core();
    expect(inWorker.core.dispatch).not.toBe(inProcess.core.dispatch);
    const viaWorker = await inWorker.call('import:run-csv', { content, onError: 'skip', duplicates: 'skip' });
    const viaMain = await inProcess.call('import:run-csv', { content, onError: 'skip', duplicates: 'skip' });
    expect(viaWorker.counts).toMatchObject({ total: 304, created: 302, duplicate: 1, invalid: 1 });
    expect(viaWorker.rows[302]?.likelyDuplicateOf).toMatchObject({ row: 301, reasons: ['name+company'] });
    expect(viaWorker.errorFile?.rows).toBe(1);
    expect(comparable(viaWorker)).toEqual(comparable(viaMain));
    expect(stored(inWorker)).toEqual(stored(inProcess));
    expectWorkerRan();
  });

  it('reports progress through the same job events, and every row report', async () => {
    const t = await core({ workerScript });
    const result = await t.call('import:run-csv', { content: b64(csv(people(3000))), jobId: 'job-w1' });
    expect(result.counts.created).toBe(3000);
    // Row reports cross back in slices of 2000: all of them, in order.
    expect(result.rows.map((r) => r.row)).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
    const progress = t.events.filter((e) => e.name === 'job:progress').map((e) => e.payload as EventPayload<'job:progress'>);
    expect(progress.every((p) => p.jobId === 'job-w1' && p.kind === 'import-csv')).toBe(true);
    const phases = new Set(progress.map((p) => p.phase));
    for (const phase of ['checking', 'indexing', 'saving', 'done']) expect(phases).toContain(phase);
    expect(progress.at(-1)).toMatchObject({ phase: 'done', done: 3000, total: 3000 });
    expectWorkerRan();
  });

  it('sends a screen only the rows worth showing: invalid first, then likely and exact duplicates, at most reportLimit', async () => {
    // Distinct people with no company or city: nothing to flag among them.
    const rows = [people(0)[0]!, ...Array.from({ length: 2500 }, (_, i) => [`Ann${i}`, `Zed${i}`, `a${i}@example.org`, '', '', '', ''])];
    rows[10] = ['Robert', 'Lindqvist', 'rl@example.org', '', 'Acme', '', ''];
    rows.push(['', 'Nameless', 'x@example.org', '', '', '', '']); // row 2501: invalid
    rows.push(['Ann7', 'Zed7', 'A7@EXAMPLE.ORG', '', '', '', '']); // row 2502: exact duplicate of row 8
    rows.push(['Rob', 'Lindqvist', 'rl2@example.org', '', 'Acme', '', '']); // row 2503: likely duplicate of row 10
    rows.push(['', 'Nameless', 'y@example.org', '', '', '', '']); // row 2504: invalid
    const content = b64(csv(rows));
    const inWorker = await core({ workerScript });
    const inProcess = await core();
    const ask = { content, onError: 'skip', duplicates: 'skip', dryRun: true, reportRows: 'problems' } as const;
    const viaWorker = await inWorker.call('import:run-csv', ask);
    expect(viaWorker.counts).toMatchObject({ total: 2504, invalid: 2, duplicate: 1, likely: 1 });
    expect(viaWorker.rows.map((r) => [r.row, r.status])).toEqual([[2501, 'invalid'], [2504, 'invalid'], [2503, 'created'], [2502, 'duplicate']]);
    expect(viaWorker.reportRowsTotal).toBe(4);
    expect(comparable(viaWorker)).toEqual(comparable(await inProcess.call('import:run-csv', ask)));
    const limited = await inWorker.call('import:run-csv', { ...ask, reportLimit: 3 });
    expect(limited.rows.map((r) => r.row)).toEqual([2501, 2504, 2503]);
    expect(limited.reportRowsTotal).toBe(4);
    // Every row is still one download away, as a CSV report (the same on the main thread).
    const withFile = await inWorker.call('import:run-csv', { ...ask, reportLimit: 3, reportFile: true });
    const report = Buffer.from(withFile.reportFile!.content, 'base64').toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(withFile.reportFile).toMatchObject({ filename: 'import-report.csv', rows: 2504 });
    expect(report).toHaveLength(2505);
    expect(report[0]).toBe('Line,Row,Status,Name,Candidate,Duplicate of,Notes');
    expect(report[1]).toBe('2,1,to create,Ann0 Zed0,,,');
    expect(report[2501]).toMatch(/^2502,2501,invalid,,,,"Column ""First Name"": /);
    expect(report[2502]).toBe('2503,2502,duplicate,Ann7 Zed7,,line 9,"Column ""Email"": same e-mail as line 9"');
    expect(report[2503]).toBe('2504,2503,to create,Rob Lindqvist,,,"Likely duplicate of line 11 (similar name, same company ""Acme""); would be queued for duplicate review"');
    expect(withFile.reportFile).toEqual((await inProcess.call('import:run-csv', { ...ask, reportLimit: 3, reportFile: true })).reportFile);
    // The CLI's default: every row, in file order.
    const all = await inWorker.call('import:run-csv', { ...ask, reportRows: 'all', reportLimit: 2600 });
    expect(all.rows).toHaveLength(2504);
    expect(all.reportRowsTotal).toBe(2504);
    expectWorkerRan();
  });

  it('while the worker holds its transaction, the main thread reads at once and a write is refused as busy', async () => {
    const t = await core({ workerScript });
    await t.call('candidates:create-candidate', { firstName: 'Before', lastName: 'Import' });
    const during: { read?: unknown; write?: unknown } = {};
    let asked: Promise<void> | null = null;
    const unsubscribe = t.core.subscribe((name, payload) => {
      // "writing" comes from inside the all-or-nothing transaction: the worker holds the write lock.
      if (name !== 'job:progress' || (payload as EventPayload<'job:progress'>).phase !== 'writing' || asked) return;
      asked = (async () => {
        during.read = await t.core.dispatch('candidates:list-candidates', { limit: 5 });
        during.write = await t.core.dispatch('candidates:create-candidate', { firstName: 'During', lastName: 'Import' });
      })();
    });
    const result = await t.call('import:run-csv', { content: b64(csv(people(5000))), onError: 'abort' });
    unsubscribe();
    await asked;
    expect(asked).not.toBeNull();
    expect(result).toMatchObject({ outcome: 'committed', counts: { created: 5000 } });
    // The read sees the vault as it was before the import's commit.
    expect(during.read).toMatchObject({ ok: true, value: { total: 1 } });
    expect(during.write).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringMatching(/busy saving a long job/) } });
    // The main connection waits for locks again afterwards, and writes go through.
    expect(t.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    await t.call('candidates:create-candidate', { firstName: 'After', lastName: 'Import' });
    expect((t.db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(5002);
    expect(t.db.prepare(`SELECT first_name FROM candidates WHERE first_name IN ('Before', 'During', 'After') ORDER BY id`).pluck().all()).toEqual(['Before', 'After']);
    expectWorkerRan();
  });

  it('between the batches of a skip-mode import, search and the KPI dashboard still answer', async () => {
    const t = await core({ workerScript });
    const answers: { search?: unknown; kpi?: unknown } = {};
    let committed = false;
    let asked: Promise<void> | null = null;
    t.core.subscribe((name, payload) => {
      if (name !== 'job:progress') return;
      const { phase } = payload as EventPayload<'job:progress'>;
      // After a batch commit, rows wait to be indexed while the worker already writes the next batch.
      if (phase === 'saving') committed = true;
      if (phase === 'writing' && committed && !asked) {
        asked = (async () => {
          answers.search = await t.core.dispatch('search:search-candidates', { query: 'python' });
          answers.kpi = await t.core.dispatch('kpi:get-dashboard', { filter: { from: '2026-01-01', to: '2026-03-01' } });
        })();
      }
    });
    const result = await t.call('import:run-csv', { content: b64(csv(people(12_000))), onError: 'skip' });
    await asked;
    expect(asked).not.toBeNull();
    expect(result.counts.created).toBe(12_000);
    expect(answers.search).toMatchObject({ ok: true });
    expect(answers.kpi).toMatchObject({ ok: true });
    expect((await t.call('search:search-candidates', { query: 'python' })).total).toBe(12_000);
    expectWorkerRan();
  });

  it('cancelling an all-or-nothing import stops it and leaves nothing behind; a skip-mode import keeps its saved batches', async () => {
    const t = await core({ workerScript });
    const cancelOn = (phase: string, jobId: string, after = () => true) => {
      let asked: Promise<unknown> | null = null;
      const unsubscribe = t.core.subscribe((name, payload) => {
        const p = payload as EventPayload<'job:progress'>;
        if (name === 'job:progress' && p.jobId === jobId && p.phase === phase && !asked && after()) asked = t.core.dispatch('import:cancel-job', { jobId });
      });
      return async () => {
        unsubscribe();
        return asked;
      };
    };
    const count = () => (t.db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n;

    const stopAbort = cancelOn('writing', 'big-abort');
    const aborted = await t.core.dispatch('import:run-csv', { content: b64(csv(people(20_000))), onError: 'abort', jobId: 'big-abort' });
    expect(await stopAbort()).toMatchObject({ ok: true, value: { cancelled: true } });
    expect(aborted).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'Import cancelled; nothing was imported.' } });
    expect(count()).toBe(0);

    let saved = false;
    const watch = t.core.subscribe((name, payload) => {
      if (name === 'job:progress' && (payload as EventPayload<'job:progress'>).phase === 'saving') saved = true;
    });
    const stopSkip = cancelOn('writing', 'big-skip', () => saved);
    const skipped = await t.core.dispatch('import:run-csv', { content: b64(csv(people(20_000))), onError: 'skip', jobId: 'big-skip' });
    watch();
    expect(await stopSkip()).toMatchObject({ ok: true, value: { cancelled: true } });
    expect(skipped).toMatchObject({ ok: false, error: { code: 'cancelled', message: expect.stringMatching(/^Import cancelled\. Rows saved before it stopped/) } });
    const kept = count();
    // Whole batches, as the worker commits them.
    expect(kept % WORKER_COMMIT_ROWS).toBe(0);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(20_000);

    // The vault is free again: nothing is left running, and the next import and edits go through.
    expect(await t.call('import:cancel-job', { jobId: 'big-skip' })).toEqual({ cancelled: false });
    expect((await t.call('import:run-csv', { content: b64(csv(people(10, 50_000))) })).counts.created).toBe(10);
    expect(count()).toBe(kept + 10);
    expectWorkerRan();
  });

  it('closing the app mid-import stops the worker, and the all-or-nothing import leaves nothing behind', async () => {
    const t = await core({ workerScript });
    let closing: Promise<void> | null = null;
    t.core.subscribe((name, payload) => {
      if (name === 'job:progress' && (payload as EventPayload<'job:progress'>).phase === 'writing' && !closing) closing = t.core.close();
    });
    const result = await t.core.dispatch('import:run-csv', { content: b64(csv(people(20_000))), onError: 'abort' });
    await closing;
    expect(closing).not.toBeNull();
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    const reopened = createCore({ dataDir: t.dataDir, host: 'cli', scrypt: { N: 1024, r: 8, p: 1 } });
    try {
      expect(await reopened.dispatch('vault:unlock', { passphrase: 'correct horse battery staple' })).toMatchObject({ ok: true });
      expect((reopened.vault.database().prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(0);
    } finally {
      await reopened.close();
    }
  });

  it("passes the worker's refusals through unchanged and leaves the vault untouched", async () => {
    const t = await core({ workerScript });
    expect(await t.fail('import:run-csv', { content: b64('First Name\nAda\n'), mapping: ['firstName', 'email'] })).toMatchObject({ code: 'invalid_input', field: 'mapping' });
    expect(await t.fail('import:run-csv', { content: b64('') })).toMatchObject({ code: 'invalid_input', message: 'The file is empty.' });
    const rows = people(50);
    rows.push(['', 'Nameless', 'x@example.org', '', '', '', '']);
    const aborted = await t.call('import:run-csv', { content: b64(csv(rows)), onError: 'abort' });
    expect(aborted).toMatchObject({ outcome: 'aborted', counts: { invalid: 1 } });
    expect((t.db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(0);
    expectWorkerRan();
  });

  it('runs the import on the main thread, and says so in the log, when the worker cannot start', async () => {
    const broken = path.join(tmp.dir, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('this bundle is damaged');\n");
    const t = await core({ workerScript: broken });
    const result = await t.call('import:run-csv', { content: b64(csv(people(40))) });
    expect(result).toMatchObject({ outcome: 'committed', counts: { created: 40 } });
    expect(logged).toEqual([expect.stringMatching(/^vault worker unavailable; running the job in-process .*"job":"csv-import"/)]);
  });

  it('a worker connection needs an unlocked vault, and hands out a copy of the key', async () => {
    const t = await core({ workerScript });
    const first = t.core.vault.workerConnection();
    expect(first.file).toBe(t.db.name);
    expect(first.key).toHaveLength(32);
    first.key.fill(0);
    expect(t.core.vault.workerConnection().key.some((b) => b !== 0)).toBe(true);
    await t.core.dispatch('vault:lock', {});
    expect(() => t.core.vault.workerConnection()).toThrow(/locked/);
  });
});
