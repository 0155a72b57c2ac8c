import { existsSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VAULT_EXPORT_FORMAT } from '../../src-shared/domain/exchange.js';
import type { WriteDb } from '../../src-main/core/db/database.js';
import { dataTables, DERIVED_TABLES, importVaultJsonFile, SEEDED_TABLES } from '../../src-main/core/services/export/vault-json.js';
import { createCore } from '../../src-main/core/core.js';
import { b64, exchangeCore, type ExchangeCore } from '../fixtures/core.js';
import { generateResumes, renderDocx, renderPdf } from '../fixtures/resumes/generate.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { buildWorkerInto } from '../helpers/worker.js';

const require = createRequire(import.meta.url);

/** Every row of every data table, ordered by key, BLOBs as hex: two vaults with equal dumps hold the same data. */
function canonicalDump(db: WriteDb): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of dataTables(db)) {
    const order = t.key.map((k) => `"${k}"`).join(', ');
    out[t.name] = (db.prepare(`SELECT * FROM "${t.name}" ORDER BY ${order}`).all() as Record<string, unknown>[]).map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? `hex:${v.toString('hex')}` : v])),
    );
  }
  return out;
}

let source: ExchangeCore;
let exported: { json: string; tables: Record<string, number> };
// Restores run on the vault worker in the app; the worker bundle is built from the current sources.
const workerDir = tempDir('rapport-vault-json-', path.join(repoRoot, '.tmp'));
/** A worker that failed to start would be logged (and the job run in-process): make that fail the test. */
const strictLogger = { info: () => undefined, error: (message: string) => { throw new Error(`unexpected log: ${message}`); } };
const loaders: [string, { workerScript?: string; logger?: typeof strictLogger }][] = [
  ['on the main thread', {}],
  ['on the vault worker', { logger: strictLogger }],
];

beforeAll(async () => {
  loaders[1]![1].workerScript = await buildWorkerInto(workerDir.dir);
  source = await exchangeCore();
  await source.call('demo:load-sample', { candidates: 150, seed: 3 });
  await source.call('app:dismiss-sample-offer', {});
  // Binary attachments, a JSON Resume, a merge (with its snapshot) and a duplicate review make the vault less tidy.
  const [a, b] = generateResumes(2, 77);
  await source.call('import:run-resumes', { files: [{ filename: 'a.pdf', content: b64(await renderPdf(a!)) }, { filename: 'b.docx', content: b64(renderDocx(b!)) }] });
  const sample = require('resume-schema/sample.resume.json') as Record<string, unknown>;
  await source.call('import:json-resume', { resume: sample });
  const [x, y] = [await source.call('candidates:get-candidate', { id: 1 }), await source.call('candidates:get-candidate', { id: 2 })];
  await source.call('candidates:merge-candidates', { targetId: x.id, targetVersion: x.version, sourceId: y.id, sourceVersion: y.version });
  const res = await source.call('export:vault-json', {});
  exported = { json: res.json, tables: res.tables };
});
afterAll(async () => {
  await source.close();
  workerDir.cleanup();
});

describe('full-fidelity vault JSON', () => {
  it('exports every data table with a format marker and versions', () => {
    const file = JSON.parse(exported.json) as { format: string; formatVersion: number; schemaVersion: number; tables: Record<string, { columns: string[]; rows: unknown[][] }> };
    expect(file).toMatchObject({ format: VAULT_EXPORT_FORMAT, formatVersion: 1 });
    expect(file.schemaVersion).toBe(source.db.pragma('user_version', { simple: true }));
    const names = dataTables(source.db).map((t) => t.name);
    expect(Object.keys(file.tables).sort()).toEqual([...names].sort());
    for (const required of ['candidates', 'candidate_emails', 'candidate_skills', 'consents', 'clients', 'contacts', 'jobs', 'job_stages', 'applications', 'stage_history', 'activities', 'attachments', 'settings', 'recruiters', 'audit_log']) {
      expect(file.tables[required]?.rows.length, required).toBeGreaterThan(0);
    }
    // The search index's pending list is rebuilt on import, not exported; the names listed as derived exist.
    for (const derived of DERIVED_TABLES) {
      expect(file.tables[derived]).toBeUndefined();
      expect(source.db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = ?`).get(derived)).toBeTruthy();
    }
    // Attachment content travels as base64.
    const att = file.tables.attachments!;
    const content = att.rows[0]![att.columns.indexOf('content')] as { $base64: string };
    expect(typeof content.$base64).toBe('string');
  });

  it.each(loaders)('export → import into an empty vault (%s) reproduces every table exactly, and search works there', async (_where, options) => {
    const target = await exchangeCore(undefined, options);
    try {
      const result = await target.call('import:vault-json', { json: exported.json, jobId: 'restore' });
      expect(result.tables).toEqual(exported.tables);
      // Every candidate was re-indexed; the index holds exactly the live ones and nothing is pending.
      expect(result.indexed).toBe((source.db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n);
      const stats = target.db
        .prepare(`SELECT (SELECT count(*) FROM candidate_fts) AS indexed, (SELECT count(*) FROM search_dirty) AS dirty,
                         (SELECT count(*) FROM candidates WHERE deleted_at IS NULL AND merged_into IS NULL) AS live`)
        .get() as { indexed: number; dirty: number; live: number };
      expect(stats).toEqual({ indexed: stats.live, dirty: 0, live: 152 });
      expect(canonicalDump(target.db)).toEqual(canonicalDump(source.db));
      // The triggers are back after the load (dropped only while loading).
      const triggers = (db: WriteDb) => db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name`).all();
      expect(triggers(target.db)).toEqual(triggers(source.db));
      expect(triggers(target.db).length).toBeGreaterThan(10);
      for (const query of ['python', 'skill:kubernetes', 'resume:delivered', 'location:london']) {
        const [a, b] = [await source.call('search:search-candidates', { query, limit: 50 }), await target.call('search:search-candidates', { query, limit: 50 })];
        expect(b.items.map((i) => i.id), query).toEqual(a.items.map((i) => i.id));
        expect(b.total).toBe(a.total);
      }
      expect(target.events.some((e) => e.name === 'job:progress' && (e.payload as { jobId: string }).jobId === 'restore')).toBe(true);
      // And the copy exports to the same file (apart from the export time).
      const again = await target.call('export:vault-json', {});
      expect(JSON.parse(again.json).tables).toEqual(JSON.parse(exported.json).tables);
    } finally {
      await target.close();
    }
  });

  it('a fresh vault fills only the tables listed as seeded (so "empty vault" stays well defined)', async () => {
    const fresh = await exchangeCore();
    try {
      const filled = dataTables(fresh.db)
        .filter((t) => (fresh.db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n > 0)
        .map((t) => t.name);
      expect(filled.filter((name) => !SEEDED_TABLES.has(name))).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a vault that already has data, and leaves it untouched', async () => {
    const target = await exchangeCore();
    try {
      await target.call('candidates:create-candidate', { firstName: 'Already', lastName: 'Here' });
      const error = await target.fail('import:vault-json', { json: exported.json });
      expect(error).toMatchObject({ code: 'conflict' });
      expect(error.message).toContain('only be imported into an empty vault');
      expect((target.db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(1);
    } finally {
      await target.close();
    }
  });

  it.each(loaders)('all or nothing (%s): an inconsistent file leaves the vault empty', async (_where, options) => {
    const file = JSON.parse(exported.json) as { tables: Record<string, { columns: string[]; rows: unknown[][] }> };
    // An application pointing at a job that is not in the file.
    const apps = file.tables.applications!;
    apps.rows[apps.rows.length - 1]![apps.columns.indexOf('job_id')] = 9_999_999;
    const target = await exchangeCore(undefined, options);
    try {
      const before = canonicalDump(target.db);
      const triggers = target.db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name`).all();
      const error = await target.fail('import:vault-json', { json: JSON.stringify(file) });
      expect(error).toMatchObject({ code: 'invalid_input' });
      expect(error.message).toBe('The export is inconsistent: 1 row(s) point at rows that are not in it (applications → jobs: 1).');
      // Exactly as fresh: no rows loaded, the seeded defaults untouched, every trigger back in place.
      expect(canonicalDump(target.db)).toEqual(before);
      expect((target.db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(0);
      expect(target.db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name`).all()).toEqual(triggers);
    } finally {
      await target.close();
    }
  });

  it('refuses files that are not an export, newer formats or schemas, and unknown tables or columns', async () => {
    const target = await exchangeCore();
    try {
      const file = JSON.parse(exported.json) as Record<string, unknown> & { tables: Record<string, { columns: string[]; rows: unknown[][] }> };
      expect(await target.fail('import:vault-json', { json: '{"hello":1}' })).toMatchObject({ code: 'invalid_input', message: 'The file is not a Rapport vault export.' });
      expect(await target.fail('import:vault-json', { json: 'not json' })).toMatchObject({ code: 'invalid_input', message: 'The file is not JSON.' });
      expect(await target.fail('import:vault-json', { json: JSON.stringify({ ...file, formatVersion: 2 }) })).toMatchObject({ code: 'newer_version' });
      expect(await target.fail('import:vault-json', { json: JSON.stringify({ ...file, schemaVersion: 999 }) })).toMatchObject({ code: 'newer_version' });
      expect(await target.fail('import:vault-json', { json: JSON.stringify({ ...file, tables: { ...file.tables, mystery: { columns: ['a'], rows: [] } } }) })).toMatchObject({
        code: 'invalid_input',
        message: 'The export has a table this vault does not know: mystery.',
      });
      const bad = structuredClone(file);
      bad.tables.recruiters!.columns.push('shoe_size');
      expect(await target.fail('import:vault-json', { json: JSON.stringify(bad) })).toMatchObject({ code: 'invalid_input' });
    } finally {
      await target.close();
    }
  });

  describe('to and from a file, line by line (the command line; any size)', () => {
    const files = tempDir('rapport-vault-file-');
    afterAll(() => files.cleanup());
    const countRows = (db: WriteDb) => (db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n;

    it('streams the same export to a file, one row per line, and restores it exactly (read in chunks of any size)', async () => {
      const file = path.join(files.dir, 'vault.json');
      const res = await source.call('export:vault-json-file', { file, jobId: 'to-file' });
      expect(res).toMatchObject({ file, tables: exported.tables, bytes: statSync(file).size });
      expect(existsSync(`${file}.partial`)).toBe(false);
      const text = readFileSync(file, 'utf8');
      // Still one JSON document, with the string export's content.
      expect(JSON.parse(text)).toEqual(JSON.parse(exported.json));
      const lines = text.split('\n');
      const totalRows = Object.values(exported.tables).reduce((a, b) => a + b, 0);
      expect(lines.filter((l) => l.startsWith('[')).length).toBe(totalRows);
      expect(source.events.some((e) => e.name === 'job:progress' && (e.payload as { jobId: string }).jobId === 'to-file')).toBe(true);

      const target = await exchangeCore();
      try {
        const result = await target.call('import:vault-json-file', { file });
        expect(result.tables).toEqual(exported.tables);
        expect(canonicalDump(target.db)).toEqual(canonicalDump(source.db));
      } finally {
        await target.close();
      }
      // Lines that straddle the reads (a 97-byte buffer splits rows and multi-byte characters) read the same.
      const small = await exchangeCore();
      try {
        await importVaultJsonFile(small.db, file, undefined, 97);
        expect(canonicalDump(small.db)).toEqual(canonicalDump(source.db));
      } finally {
        await small.close();
      }
    });

    it('reads an export laid out otherwise (one line, as older versions wrote it) whole', async () => {
      const file = path.join(files.dir, 'one-line.json');
      writeFileSync(file, JSON.stringify(JSON.parse(exported.json)));
      const target = await exchangeCore();
      try {
        expect((await target.call('import:vault-json-file', { file })).tables).toEqual(exported.tables);
        expect(canonicalDump(target.db)).toEqual(canonicalDump(source.db));
      } finally {
        await target.close();
      }
    });

    it('a damaged or cut-off file names the line and leaves the vault empty', async () => {
      const good = readFileSync(path.join(files.dir, 'vault.json'), 'utf8').split('\n');
      const tableLine = good.findIndex((l, i) => i > 5 && l.endsWith('"rows":[') && good[i + 1]!.startsWith('['));
      const rowLine = tableLine + 1;
      const cases: [string, string[], RegExp][] = [
        ['cut.json', good.slice(0, Math.floor(good.length / 2)), /damaged at line \d+: the file ends early/],
        ['row.json', good.map((l, i) => (i === rowLine ? l.slice(0, 10) : l)), new RegExp(`damaged at line ${rowLine + 1}: a row of \\w+ is not JSON`)],
        ['twice.json', [...good.slice(0, tableLine), good[tableLine]!, ']},', ...good.slice(tableLine)], /damaged at line \d+: table \w+ appears twice/],
        ['values.json', good.map((l, i) => (i === rowLine ? l.replace(/^\[/, '[1,') : l)), /has \d+ values for \d+ columns/],
      ];
      for (const [name, lines, message] of cases) {
        const file = path.join(files.dir, name);
        writeFileSync(file, lines.join('\n'));
        const target = await exchangeCore();
        try {
          const before = canonicalDump(target.db);
          const error = await target.fail('import:vault-json-file', { file });
          expect(error.code, name).toBe('invalid_input');
          expect(error.message, name).toMatch(message);
          expect(canonicalDump(target.db), name).toEqual(before);
          expect(countRows(target.db)).toBe(0);
        } finally {
          await target.close();
        }
      }
    });

    it('says what is wrong with a path: missing, a folder, a device, an existing file; writes through a link; refuses relative paths', async () => {
      const target = await exchangeCore();
      try {
        expect(await target.fail('import:vault-json-file', { file: path.join(files.dir, 'nope.json') })).toMatchObject({ code: 'not_found', message: `Cannot read the export file: ${path.join(files.dir, 'nope.json')} does not exist.` });
        expect(await target.fail('import:vault-json-file', { file: files.dir })).toMatchObject({ code: 'invalid_input', message: `Cannot read the export file: ${files.dir} is a folder, not a file.` });
        const unwritable = path.join(files.dir, 'no-such-folder', 'vault.json');
        expect(await target.fail('export:vault-json-file', { file: unwritable })).toMatchObject({
          code: 'invalid_input',
          field: 'file',
          message: `Cannot write the export file: the folder ${path.dirname(unwritable)} does not exist.`,
        });
        expect(existsSync(`${unwritable}.partial`)).toBe(false);
        expect(await target.fail('export:vault-json-file', { file: files.dir, overwrite: true })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('is a folder') });
        expect(await target.fail('export:vault-json-file', { file: '/dev/null', overwrite: true })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('not a regular file') });
        expect(await target.fail('export:vault-json-file', { file: 'vault.json' })).toMatchObject({ code: 'invalid_input', field: 'file' });

        // An existing file is replaced only when asked; a link is written through, not replaced.
        const real = path.join(files.dir, 'real.json');
        writeFileSync(real, 'old');
        const link = path.join(files.dir, 'link.json');
        symlinkSync(real, link);
        expect(await target.fail('export:vault-json-file', { file: link })).toMatchObject({ code: 'conflict', message: expect.stringContaining('already exists') });
        expect(readFileSync(real, 'utf8')).toBe('old');
        expect(await target.call('export:vault-json-file', { file: link, overwrite: true })).toMatchObject({ file: real });
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(JSON.parse(readFileSync(real, 'utf8'))).toMatchObject({ format: VAULT_EXPORT_FORMAT });
      } finally {
        await target.close();
      }
    });

    it('reads a file saved with a byte-order mark; an empty file or a refused row says so', async () => {
      const good = readFileSync(path.join(files.dir, 'vault.json'), 'utf8');
      const bom = path.join(files.dir, 'bom.json');
      writeFileSync(bom, `\uFEFF${good}`);
      const empty = path.join(files.dir, 'empty.json');
      writeFileSync(empty, '');
      // A hand edit that repeats a candidate's id: the database refuses the row, the message says where.
      const lines = good.split('\n');
      const candidatesAt = lines.findIndex((l) => l.startsWith('"candidates":'));
      const twice = path.join(files.dir, 'same-id.json');
      writeFileSync(twice, [...lines.slice(0, candidatesAt + 2), lines[candidatesAt + 1]!.replace(/,?$/, ','), ...lines.slice(candidatesAt + 2)].join('\n'));
      const target = await exchangeCore();
      try {
        expect(await target.fail('import:vault-json-file', { file: empty })).toMatchObject({ code: 'invalid_input', message: 'The export file is empty.' });
        const refused = await target.fail('import:vault-json-file', { file: twice });
        expect(refused.code).toBe('invalid_input');
        expect(refused.message).toMatch(new RegExp(`^Line ${candidatesAt + 3}: Row 2 of table candidates was refused: another row of the table already has this id \\(\\d+\\)\\.$`));
        expect(countRows(target.db)).toBe(0);
        expect((await target.call('import:vault-json-file', { file: bom })).tables).toEqual(exported.tables);
      } finally {
        await target.close();
      }
    });

    it('file paths are for the command line: a window is refused', async () => {
      for (const host of ['electron', 'node'] as const) {
        const dataDir = path.join(files.dir, `window-${host}`);
        const core = createCore({ dataDir, host, scrypt: { N: 1024, r: 8, p: 1 } });
        try {
          expect((await core.dispatch('vault:create', { passphrase: 'correct horse battery staple' })).ok).toBe(true);
          for (const channel of ['export:vault-json-file', 'import:vault-json-file'] as const) {
            const result = await core.dispatch(channel, { file: path.join(files.dir, `${host}.json`) });
            expect(result.ok ? null : result.error.code, `${host} ${channel}`).toBe('unsupported');
          }
          expect(existsSync(path.join(files.dir, `${host}.json`))).toBe(false);
        } finally {
          await core.close();
        }
      }
    });
  });
});

