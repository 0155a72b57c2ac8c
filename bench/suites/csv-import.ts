// CSV import throughput: the path `rapport import csv` takes (import:run-csv through the dispatcher: base64
// decode, parse, map and validate every row, exact and likely duplicate checks against the vault and the file,
// inserts, search indexing, one audit entry) on an encrypted vault, side by side with a raw bulk insert of the
// rows the import creates (prepared INSERTs in one transaction into candidates and its child tables, same
// encrypted schema and triggers, values computed before the clock starts). The import runs on the vault worker,
// as in the app; also shown: the longest stall of the main thread's event loop meanwhile, and the worker's
// longest step per phase (the final COMMIT of an all-or-nothing import included).
import { randomBytes } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CsvImportResult } from '../../src-shared/domain/import.js';
import { createHandlerTable } from '../../src-main/core/core.js';
import { openEncrypted, type WriteDb } from '../../src-main/core/db/database.js';
import { migrate } from '../../src-main/core/db/migrate.js';
import { createDispatcher } from '../../src-main/core/ipc/dispatcher.js';
import type { HandlerContext } from '../../src-main/core/ipc/handlers.js';
import { VaultWorkers } from '../../src-main/core/jobs/workers.js';
import { displayName, normalizeEmail, normalizePhone, normalizeUrl } from '../../src-main/core/services/normalize.js';
import { createRandom } from '../../src-main/core/services/sample/generator.js';
import { flushSearchIndex } from '../../src-main/core/services/search-index.js';
import { WORKER_COMMIT_ROWS } from '../../src-main/core/services/import/csv-import.js';
import { dispatcherOver, expectOk } from '../core.js';
import { FIXTURE_NOW } from '../fixtures.js';
import { metric, stats, watchEventLoop, type Metric, type Stats, type Suite, type Target } from '../harness.js';

const RATIO_TARGET: Target = { on: 'ratio', kind: 'min', value: 0.5, why: 'data-core issue: CSV import ≥ 50% of raw insert throughput' };
const STALL_TARGET: Target = { on: 'app', kind: 'max', value: 50, why: 'project rule: no task blocks the event loop for more than ~50 ms' };

const FIRST = ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth', 'David', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Daniel', 'Nancy', 'Matthew', 'Lisa', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Paul', 'Ashley', 'Steven', 'Emily', 'Andrew', 'Donna', 'Kenneth', 'Michelle', 'Joshua', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'George', 'Deborah', 'Timothy', 'Stephanie', 'Ronald', 'Rebecca', 'Jason', 'Laura', 'Søren', 'Zoë', 'Łukasz', 'Siobhán', 'Ingrid', 'Priya', 'Wei', 'Aiko', 'Mateus', 'Fatima'];
const SYLLABLES = ['ber', 'ston', 'lin', 'gar', 'mo', 'ri', 'ka', 'wen', 'hal', 'dor', 'vik', 'sen', 'tan', 'mar', 'cho', 'nel', 'pet', 'ros', 'ul', 'fi', 'an', 'dre', 'kow', 'ski'];
const COMPANY_WORDS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent', 'Vandelay', 'Wonka', 'Nordlys', 'Fjord', 'Helix', 'Quantum', 'Vertex', 'Aurora', 'Nimbus', 'Pioneer'];
const COMPANY_KINDS = ['Labs', 'Systems', 'Analytics', 'Cloud', 'Robotics', 'Health', 'Capital', 'Logistics', 'Media', 'Energy'];
const LEGAL = ['', '', ' Ltd', ' GmbH', ' Inc.', ' AG'];
const PLACES: [string, string][] = [
  ['London', 'United Kingdom'], ['Manchester', 'GB'], ['Berlin', 'Germany'], ['Munich', 'DE'], ['Zürich', 'Switzerland'], ['Oslo', 'Norway'],
  ['Copenhagen', 'Denmark'], ['Stockholm', 'Sweden'], ['Paris', 'France'], ['Amsterdam', 'Netherlands'], ['Madrid', 'Spain'], ['Lisbon', 'Portugal'],
  ['New York', 'United States'], ['Austin', 'US'], ['Toronto', 'Canada'], ['Dublin', 'Ireland'], ['Warsaw', 'Poland'], ['Kraków', 'PL'],
  ['Vienna', 'Austria'], ['Milan', 'Italy'], ['Prague', 'Czechia'], ['Helsinki', 'Finland'], ['Brussels', 'Belgium'], ['Edinburgh', 'GB'],
];
const TITLES = ['Software Engineer', 'Senior Backend Engineer', 'Data Scientist', 'Product Manager', 'Engineering Manager', 'DevOps Engineer', 'Frontend Developer', 'QA Lead', 'Designer', 'Staff Engineer'];
const SKILLS = ['Python', 'SQL', 'TypeScript', 'React', 'Kubernetes', 'Go', 'Java', 'Kotlin', 'AWS', 'Terraform', 'Rust', 'Spark', 'Figma', 'Node.js'];
const HEADER = ['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'Title', 'City', 'Country', 'LinkedIn', 'Skills', 'Tags'];

interface SynthRow {
  first: string;
  last: string;
  email: string;
  phone: string;
  company: string;
  title: string;
  city: string;
  country: string;
  linkedin: string;
  skills: string[];
  tags: string[];
  /** Written by the import (not an exact duplicate of the vault or an earlier row). */
  creates: boolean;
}

function surname(r: ReturnType<typeof createRandom>): string {
  const n = r.int(2, 3);
  let s = '';
  for (let k = 0; k < n; k++) s += r.pick(SYLLABLES);
  return s[0]!.toUpperCase() + s.slice(1);
}

/** `count` distinct people; `stamp` keeps their e-mails, phones and profile URLs apart from another batch's. */
export function people(seed: number, count: number, stamp: string): SynthRow[] {
  const r = createRandom(seed);
  const out: SynthRow[] = [];
  for (let i = 0; i < count; i++) {
    const first = r.pick(FIRST);
    const last = surname(r);
    const [city, country] = r.pick(PLACES);
    const handle = `${first}.${last}.${stamp}${i}`.normalize('NFKD').replace(/[^\w.]/g, '').toLowerCase();
    out.push({
      first,
      last,
      email: `${handle}@example.org`,
      // Distinct numbers: area code by stamp, exchange and line by index.
      phone: `+1 ${stamp === 'v' ? 212 : 415} ${200 + Math.floor(i / 10_000)} ${String(i % 10_000).padStart(4, '0')}`,
      company: `${r.pick(COMPANY_WORDS)} ${r.pick(COMPANY_KINDS)}${r.pick(LEGAL)}`,
      title: r.pick(TITLES),
      city,
      country,
      linkedin: `https://www.linkedin.com/in/${handle.replace(/\./g, '-')}`,
      skills: r.sample(SKILLS, r.int(1, 4)),
      tags: r.chance(0.3) ? ['bench'] : [],
      creates: true,
    });
  }
  return out;
}

/**
 * The file to import: new people, plus ~2% exact duplicates of earlier rows (same e-mail in another case),
 * ~1% exact duplicates of vault candidates (same LinkedIn URL), ~1% likely duplicates of vault candidates
 * (short first name, same company, new e-mail) and ~1% likely duplicates of earlier rows (same city).
 */
export function importRows(seed: number, count: number, vault: readonly SynthRow[]): SynthRow[] {
  const fresh = people(seed + 1, count, 'f');
  const r = createRandom(seed + 2);
  const rows: SynthRow[] = [];
  for (let i = 0; i < count; i++) {
    const roll = r.next();
    const base = fresh[i]!;
    if (i > 100 && roll < 0.02) {
      const earlier = rows[r.int(0, rows.length - 1)]!;
      rows.push({ ...earlier, email: earlier.email.toUpperCase(), creates: false });
    } else if (roll < 0.03) {
      const v = vault[r.int(0, vault.length - 1)]!;
      rows.push({ ...base, linkedin: v.linkedin, creates: false });
    } else if (roll < 0.04) {
      const v = vault[r.int(0, vault.length - 1)]!;
      rows.push({ ...base, first: v.first.slice(0, 3), last: v.last, company: v.company });
    } else if (i > 100 && roll < 0.05) {
      const earlier = rows[r.int(0, rows.length - 1)]!;
      rows.push({ ...base, first: earlier.first, last: earlier.last, city: earlier.city, country: earlier.country });
    } else rows.push(base);
  }
  return rows;
}

export function toCsv(rows: readonly SynthRow[]): Buffer {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [HEADER.join(',')];
  for (const x of rows) lines.push([x.first, x.last, x.email, x.phone, x.company, x.title, x.city, x.country, x.linkedin, x.skills.join('; '), x.tags.join('; ')].map(cell).join(','));
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

interface AppRun {
  ms: number;
  result: Omit<CsvImportResult, 'rows'>;
  maxStallMs: number;
  worstGap: { gapMs: number; after: string };
  /** Synchronous work between two progress reports (each followed by a yield), grouped by phase. */
  phases: { phase: string; steps: Stats }[];
}

/** The worker bundle `npm run bench` builds next to the CLI's (dist/main), as the app runs it. */
const WORKER_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../main/vault-worker.mjs');

/**
 * import:run-csv as the CLI sends it: on the vault worker (its own thread and connection, as the app runs it),
 * with the job's progress events timed step by step.
 */
async function runApp(db: WriteDb, key: Buffer, content: string, onError: 'abort' | 'skip'): Promise<AppRun> {
  const marks: { at: number; phase: string }[] = [];
  const failures: string[] = [];
  const logger = { info: () => undefined, error: (message: string) => failures.push(message) };
  const vault = { database: () => db } as unknown as HandlerContext['vault'];
  const ctx: HandlerContext = {
    vault,
    host: 'cli',
    clock: { now: () => FIXTURE_NOW },
    logger,
    emit: (name, payload) => {
      if (name === 'job:progress') marks.push({ at: performance.now(), phase: (payload as { phase: string }).phase });
    },
    workers: new VaultWorkers({ script: WORKER_SCRIPT, database: () => db, connection: () => ({ file: db.name, key: new Uint8Array(key) }), logger }),
  };
  const dispatch = createDispatcher(createHandlerTable(), ctx);
  const watch = watchEventLoop();
  // Where the longest gap between two 5 ms ticks fell (the phase last reported before it), to tell what held the loop.
  let lastTick = performance.now();
  const worst = { gapMs: 0, after: 'start' };
  const ticker = setInterval(() => {
    const now = performance.now();
    if (now - lastTick > worst.gapMs) Object.assign(worst, { gapMs: now - lastTick, after: marks.at(-1)?.phase ?? 'start' });
    lastTick = now;
  }, 5);
  const started = performance.now();
  const result = (await expectOk(dispatch('import:run-csv', { content, filename: 'bench.csv', onError, duplicates: 'skip' }))) as CsvImportResult;
  const ms = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 5));
  const loop = watch.stop();
  clearInterval(ticker);
  const gaps = marks.map((m, i) => ({ phase: m.phase, ms: m.at - (i === 0 ? started : marks[i - 1]!.at) }));
  const phases = [...new Set(gaps.map((g) => g.phase))].map((phase) => ({ phase, steps: stats(gaps.filter((g) => g.phase === phase).map((g) => g.ms)) }));
  if (failures.length > 0) throw new Error(`csv-import: the vault worker did not run (${failures.join('; ')}); run \`npm run build\` first`);
  const { rows: _rows, ...rest } = result;
  return { ms, result: rest, maxStallMs: loop.maxMs, worstGap: worst, phases };
}

/** The rows the import creates, as raw column values (normalisation done before the clock starts). */
function rawValues(rows: readonly SynthRow[], at: string) {
  return rows
    .filter((x) => x.creates)
    .map((x) => ({
      candidate: [x.first, x.last, displayName(x.first, x.last), x.title, x.company, x.city, x.country, 'CSV import', at, at],
      email: [x.email, normalizeEmail(x.email)],
      phone: [x.phone, normalizePhone(x.phone, 'US')],
      link: [x.linkedin, normalizeUrl(x.linkedin)],
      skills: x.skills,
      tags: x.tags,
    }));
}

function runRaw(db: WriteDb, values: ReturnType<typeof rawValues>): number {
  const candidate = db.prepare(
    `INSERT INTO candidates (first_name, last_name, display_name, current_title, current_company, city, country, source, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const email = db.prepare('INSERT INTO candidate_emails (candidate_id, address, address_norm, is_primary) VALUES (?, ?, ?, 1)');
  const phone = db.prepare('INSERT INTO candidate_phones (candidate_id, number, number_norm, is_primary) VALUES (?, ?, ?, 1)');
  const link = db.prepare(`INSERT INTO candidate_links (candidate_id, kind, url, url_norm) VALUES (?, 'linkedin', ?, ?)`);
  const skill = db.prepare('INSERT INTO candidate_skills (candidate_id, skill) VALUES (?, ?)');
  const tag = db.prepare('INSERT INTO candidate_tags (candidate_id, tag) VALUES (?, ?)');
  const started = performance.now();
  db.transaction(() => {
    for (const v of values) {
      const id = Number(candidate.run(...v.candidate).lastInsertRowid);
      email.run(id, ...v.email);
      phone.run(id, ...v.phone);
      link.run(id, ...v.link);
      for (const s of v.skills) skill.run(id, s);
      for (const t of v.tags) tag.run(id, t);
    }
  })();
  return performance.now() - started;
}

export const csvImportSuite: Suite = {
  name: 'csv-import',
  title: 'CSV import throughput (import:run-csv, encrypted vault) vs raw bulk insert',
  app: 'import:run-csv (parse, validate, exact + likely duplicates, insert, search index)',
  baseline: 'prepared INSERTs of the created rows in one transaction, same encrypted schema',
  mode: 'per-scale',
  async run(ctx) {
    const rowsInFile = ctx.scale;
    const key = randomBytes(32);
    const vaultSize = Math.max(500, Math.round(rowsInFile / 20));
    // The rows are regenerated (seeded) where needed rather than kept: 100k row objects alive in this thread
    // would make its garbage collections, and so the main-thread stall measured during the import, the bench's
    // own cost (the app's main thread holds no such data).
    const fileRows = () => importRows(ctx.seed, rowsInFile, people(ctx.seed, vaultSize, 'v'));
    const content = toCsv(fileRows()).toString('base64');

    // The vault the file is imported into: its existing candidates, loaded by the import itself.
    const basePath = path.join(ctx.scratchDir, 'base.db');
    const base = openEncrypted(basePath, key);
    migrate(base);
    await expectOk(dispatcherOver(base, FIXTURE_NOW)('import:run-csv', { content: toCsv(people(ctx.seed, vaultSize, 'v')).toString('base64'), onError: 'abort' }));
    base.pragma('wal_checkpoint(TRUNCATE)');
    base.close();
    const copy = (name: string): WriteDb => {
      const file = path.join(ctx.scratchDir, name);
      copyFileSync(basePath, file);
      return openEncrypted(file, key);
    };
    const drop = (db: WriteDb) => {
      const file = db.name;
      db.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    };

    const expected = fileRows().filter((x) => x.creates).length;
    const at = FIXTURE_NOW.toISOString();
    const metrics: Metric[] = [];
    const bench = { suite: this.name, scale: rowsInFile };
    const perSecond = (ms: number) => rowsInFile / (ms / 1000);

    // Raw, the app in both modes, raw again: each on a fresh copy of the same vault. The machine is shared, so
    // raw runs before and after and the ratio uses their mean; the search index the app builds is shown apart.
    const rawOnce = (name: string) => {
      const rawDb = copy(name);
      const insertMs = runRaw(rawDb, rawValues(fileRows(), at));
      const t = performance.now();
      flushSearchIndex(rawDb);
      const indexMs = performance.now() - t;
      drop(rawDb);
      return { insertMs, indexMs };
    };
    const rawRuns = [rawOnce('raw-1.db')];

    const appRuns: { onError: 'abort' | 'skip'; run: AppRun }[] = [];
    for (const onError of ['abort', 'skip'] as const) {
      const appDb = copy(`app-${onError}.db`);
      appRuns.push({ onError, run: await runApp(appDb, key, content, onError) });
      drop(appDb);
    }
    rawRuns.push(rawOnce('raw-2.db'));
    const rawMs = (rawRuns[0]!.insertMs + rawRuns[1]!.insertMs) / 2;
    const rawIndexMs = (rawRuns[0]!.indexMs + rawRuns[1]!.indexMs) / 2;
    for (const { onError, run } of appRuns) {
      if (run.result.counts.created !== expected) {
        ctx.log(`csv-import: created ${run.result.counts.created}, the generator expected ${expected} (likely false positives do not change this)`);
      }
      ctx.log(`csv-import ${rowsInFile} onError=${onError}: ${(run.ms / 1000).toFixed(1)} s, raw ${(rawMs / 1000).toFixed(1)} s (+ index ${(rawIndexMs / 1000).toFixed(1)} s); counts ${JSON.stringify(run.result.counts)}; longest main-thread gap ${run.worstGap.gapMs.toFixed(0)} ms after "${run.worstGap.after}"`);
      const label = onError === 'abort' ? 'all-or-nothing (CLI default)' : `skip invalid (commits every ${WORKER_COMMIT_ROWS} rows)`;
      metrics.push(
        metric({
          ...bench,
          name: `${label}: rows/s`,
          unit: 'rows/s',
          app: perSecond(run.ms),
          baseline: perSecond(rawMs),
          target: RATIO_TARGET,
          detail: { appMs: run.ms, rawMs, rawRuns, counts: run.result.counts, vaultCandidates: vaultSize, phases: run.phases },
        }),
        // No target: the same raw insert followed by the search-index flush the app also does, for scale.
        metric({ ...bench, name: `${label}: rows/s vs raw insert + search index`, unit: 'rows/s', app: perSecond(run.ms), baseline: perSecond(rawMs + rawIndexMs) }),
        metric({ ...bench, name: `${label}: max main-thread event-loop stall`, unit: 'ms', app: run.maxStallMs, target: STALL_TARGET, detail: { worstGap: run.worstGap } }),
      );
      for (const { phase, steps } of run.phases) {
        if (steps.n === 0) continue;
        // "saving" steps end with a COMMIT (all-or-nothing: of the whole file); the import checkpoints the WAL in
        // the slice after each, and the last checkpoint is in the step that ends with "done".
        const what: Record<string, string> = {
          saving: onError === 'abort' ? 'COMMIT of the whole file' : 'longest COMMIT',
          done: 'final step (last WAL checkpoint)',
        };
        // Steps of the worker thread: they block nothing, so they carry no target (the main thread's stall does).
        const name = `${label}: worker's ${what[phase] ?? `longest "${phase}" step`} (${steps.n} step${steps.n === 1 ? '' : 's'})`;
        metrics.push(metric({ ...bench, name, unit: 'ms', app: steps.max, detail: { steps } }));
      }
    }
    return metrics;
  },
};
