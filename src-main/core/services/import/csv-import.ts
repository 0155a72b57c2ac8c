import { randomUUID } from 'node:crypto';
import {
  IMPORT_LIMITS,
  type CsvDelimiter,
  type CsvImportRequest,
  type CsvImportResult,
  type CsvMapping,
  type CsvPreview,
  type CsvRowReport,
  type DuplicateReason,
  type ImportCounts,
  type TextEncoding,
  problemRows,
  rowStatusLabel,
} from '../../../../src-shared/domain/import.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { WriteDb } from '../../db/database.js';
import { audit } from '../../db/repositories/audit.js';
import { insertCandidate } from '../../db/repositories/candidates.js';
import { CsvReader, csvLine, detectDelimiter, findHeader, isBlankRecord, type CsvRecord } from './csv.js';
import { identityKeys, InFileIndex, matchPrefetched, prefetchExactMatches, type IdentityKeys, type Prefetched } from './duplicates.js';
import { decodeText, encodeUtf8Bom } from './encoding.js';
import { yieldToLoop } from '../../ipc/ports.js';
import { beginLongTransaction, Slicer } from './jobs.js';
import { flagDuplicates, LikelyIndex, loadLikelyIndex, type LikelyHit } from '../duplicates.js';
import { displayName } from '../normalize.js';
import { flushSearchIndex, flushSearchIndexInChunks } from '../search-index.js';
import { sql } from '../../db/statements.js';
import { mergeEmptyFields } from './merge.js';
import { detectPreset, mappingFor, matchesSignature, presets, type CsvPreset } from './presets.js';
import { mapRow, type MappedRow } from './rows.js';

export interface ImportEnv {
  db: WriteDb;
  at: string;
  actor: string;
  defaultRegion: string;
  progress?: (phase: string, done: number, total: number) => void;
  /** Skip mode's batch size (default COMMIT_ROWS). */
  commitRows?: number;
}

interface Prepared {
  encoding: TextEncoding;
  delimiter: CsvDelimiter;
  header: CsvRecord;
  headers: string[];
  preset: CsvPreset;
  reader: CsvReader;
  /** Records already read past the header while looking for it. */
  pending: CsvRecord[];
}

/** Decodes base64 content, refusing anything that is not base64 (Buffer.from would silently skip it). */
export function decodeBase64(content: string, what = 'content'): Buffer {
  const clean = content.replace(/\s+/g, '');
  if (clean.length % 4 === 1 || /[^A-Za-z0-9+/=_-]/.test(clean)) throw new CodedError('invalid_input', `${what} is not base64`, what);
  return Buffer.from(clean, 'base64');
}

function prepare(bytes: Uint8Array, opts: { encoding?: TextEncoding | undefined; delimiter?: CsvDelimiter | undefined; preset?: CsvPreset | undefined }): Prepared {
  if (bytes.length > IMPORT_LIMITS.csvBytes) {
    throw new CodedError('invalid_input', `The file is larger than the ${IMPORT_LIMITS.csvBytes / 1024 / 1024} MB limit; split it into smaller files.`, 'content');
  }
  const { encoding, text } = decodeText(bytes, opts.encoding);
  if (text.trim() === '') throw new CodedError('invalid_input', 'The file is empty.', 'content');
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  const reader = new CsvReader(text, delimiter);
  const head: CsvRecord[] = [];
  let r: CsvRecord | null;
  while (head.length < 60 && (r = reader.next())) head.push(r);
  const known = (fields: string[]) =>
    opts.preset ? matchesSignature(opts.preset, fields) : Object.values(presets).some((p) => matchesSignature(p, fields));
  const index = findHeader(head, known);
  const header = head[index];
  if (!header) throw new CodedError('invalid_input', 'The file has no header row.', 'content');
  const headers = header.fields.map((h) => h.trim());
  if (headers.length > IMPORT_LIMITS.csvColumns) {
    throw new CodedError('invalid_input', `The file has ${headers.length} columns; at most ${IMPORT_LIMITS.csvColumns} are supported.`, 'content');
  }
  const preset = opts.preset ?? detectPreset(headers);
  return { encoding, delimiter, header, headers, preset, reader, pending: head.slice(index + 1) };
}

async function readRows(p: Prepared, slicer: Slicer, progress?: ImportEnv['progress']): Promise<CsvRecord[]> {
  const rows: CsvRecord[] = [];
  const take = (r: CsvRecord) => {
    rows.push(r);
    if (rows.length > IMPORT_LIMITS.csvRows) {
      throw new CodedError('invalid_input', `The file has more than ${IMPORT_LIMITS.csvRows.toLocaleString('en')} rows; split it into smaller files.`, 'content');
    }
  };
  for (const r of p.pending) take(r);
  for (let r = p.reader.next(); r; r = p.reader.next()) {
    take(r);
    if (slicer.due()) {
      progress?.('reading', rows.length, 0);
      await slicer.yield();
    }
  }
  // A file that ends with a newline leaves no trailing record; a stray blank last line is not a row.
  while (rows.length > 0 && isBlankRecord(rows[rows.length - 1]!.fields)) rows.pop();
  return rows;
}

export async function previewCsv(bytes: Uint8Array, req: { encoding?: TextEncoding | undefined; delimiter?: CsvDelimiter | undefined; preset?: keyof typeof presets | undefined; sampleRows: number }): Promise<CsvPreview> {
  const p = prepare(bytes, { encoding: req.encoding, delimiter: req.delimiter, preset: req.preset ? presets[req.preset] : undefined });
  const rows = await readRows(p, new Slicer());
  const { mapping, unmapped } = mappingFor(p.preset, p.headers);
  const warnings: string[] = [];
  if (p.header.line > 1) warnings.push(`Skipped ${p.header.line - 1} line(s) before the header.`);
  if (!mapping.some((f) => f === 'firstName' || f === 'fullName')) warnings.push('No column was recognised as the first name or full name; map one before importing.');
  const wide = rows.filter((r) => r.fields.length > p.headers.length && r.fields.slice(p.headers.length).some((f) => f.trim() !== '')).length;
  if (wide > 0) warnings.push(`${wide} row(s) have more cells than the header; check the delimiter and quoting.`);
  return {
    encoding: p.encoding,
    delimiter: p.delimiter,
    headerLine: p.header.line,
    headers: p.headers,
    preset: p.preset.name,
    mapping,
    unmapped,
    sampleRows: rows.slice(0, req.sampleRows).map((r) => r.fields),
    rowCount: rows.filter((r) => !isBlankRecord(r.fields)).length,
    warnings,
  };
}

const RELEASED: MappedRow = { kind: 'empty' };

/**
 * Skip mode commits after this many rows on the main thread (the fallback when the vault worker cannot start):
 * each COMMIT holds the event loop there, so batches stay small.
 */
export const COMMIT_ROWS = 2000;
/**
 * On the vault worker a COMMIT holds nothing anyone waits on: larger batches, a fifth of the commits and WAL
 * checkpoints (a 50k-row skip-mode import: 10.3–11.4 s → 9.0–9.7 s). A cancelled import keeps whole batches.
 */
export const WORKER_COMMIT_ROWS = 10_000;
/** Candidates indexed per step: the default 2000 held the event loop for 50–90 ms per step in the bench. */
const INDEX_CHUNK = 1000;
/** Likely duplicates come from the search index, not a read of every candidate, when the vault has this many times more candidates than the file has rows. */
const LAZY_VAULT_FACTOR = 20;
/** Rows whose duplicate keys are looked up in the vault with one query per kind of key. */
const PREFETCH_ROWS = 500;

function tally(reports: readonly (CsvRowReport | undefined)[]): ImportCounts {
  const counts: ImportCounts = { total: 0, created: 0, updated: 0, duplicate: 0, skipped: 0, invalid: 0, likely: 0 };
  for (const r of reports) {
    if (!r) continue;
    counts.total++;
    counts[r.status]++;
    if (r.likelyDuplicateOf) counts.likely++;
  }
  return counts;
}

/**
 * The CSV import. Every row is mapped and validated first (pure, no writes); then:
 * - dry run, or all-or-nothing with any invalid row: duplicates are checked, nothing is written;
 * - all-or-nothing: one transaction for the whole file, held across event-loop turns and committed once;
 * - skip-invalid: rows commit every COMMIT_ROWS; a row the database refuses is skipped alone (its batch is
 *   redone row by row in savepoints) and joins the invalid rows in the error file.
 * Duplicates are exact matches (e-mail, phone, profile URL) against the vault and against earlier rows. Rows
 * that are created are also checked for likely duplicates (the create path's rule: similar name plus the same
 * company or city), again against the vault and earlier rows; they are reported, and queued for review as the
 * create path queues them (a pair once).
 * The search index is brought up to date before returning (in the transaction, for all-or-nothing).
 */
export async function runCsvImport(env: ImportEnv, bytes: Uint8Array, req: CsvImportRequest): Promise<CsvImportResult> {
  const started = performance.now();
  const jobId = req.jobId ?? randomUUID();
  const { db } = env;
  const slicer = new Slicer();
  const p = prepare(bytes, { encoding: req.encoding, delimiter: req.delimiter, preset: req.preset ? presets[req.preset] : undefined });
  const guessed = req.mapping ? null : mappingFor(p.preset, p.headers);
  const mapping: CsvMapping = req.mapping ?? guessed!.mapping;
  if (mapping.length > p.headers.length) {
    throw new CodedError('invalid_input', `The mapping names ${mapping.length} columns but the file has ${p.headers.length}.`, 'mapping');
  }
  if (!mapping.some((f) => f !== null)) throw new CodedError('invalid_input', 'No column is mapped to a candidate field.', 'mapping');
  const records = await readRows(p, slicer, env.progress);
  const total = records.length;
  const lineOf: LineOf = (row) => records[row - 1]?.line ?? row + 1;
  const progress = (phase: string, done: number) => env.progress?.(phase, done, total);
  progress('checking', 0);

  const ctx = { headers: p.headers, mapping, source: req.source ?? p.preset.source, tags: req.tags };
  // Released row by row once written (see release()): at 100k rows the mapped candidates are most of the
  // heap, and keeping them alive makes every garbage collection slower.
  const mapped: MappedRow[] = new Array<MappedRow>(total);
  let invalid = 0;
  for (let i = 0; i < total; i++) {
    const rec = records[i]!;
    const wide = rec.fields.length > p.headers.length && rec.fields.slice(p.headers.length).some((f) => f.trim() !== '');
    mapped[i] = wide
      ? { kind: 'invalid', messages: [`Row has ${rec.fields.length} cells but the header has ${p.headers.length}; check quoting and the delimiter`] }
      : mapRow(rec.fields, ctx);
    if (mapped[i]!.kind === 'invalid') invalid++;
    if (slicer.due()) {
      progress('checking', i + 1);
      await slicer.yield();
    }
  }

  const write = !req.dryRun && !(req.onError === 'abort' && invalid > 0);
  const outcome: CsvImportResult['outcome'] = req.dryRun ? 'dry-run' : write ? 'committed' : 'aborted';
  const reports: CsvRowReport[] = new Array<CsvRowReport>(total);
  // Rows of this file (created, or merged into an existing candidate) are found in memory; candidates that were
  // in the vault before are looked up per batch of rows. Both work the same in a dry run, which writes nothing.
  const index = new InFileIndex();
  // Likely duplicates: the vault's live candidates are indexed once up front; created rows join as they go.
  // A file much smaller than the vault asks the search index per pair of name starts instead (reading a 100k
  // vault's candidates takes seconds; one search-index lookup a few milliseconds).
  const likely = new LikelyIndex();
  flushSearchIndex(db);
  const vaultSize = sql(db, 'SELECT count(*) AS n, (SELECT coalesce(max(id), 0) FROM candidates) AS maxId FROM candidates WHERE deleted_at IS NULL AND merged_into IS NULL').get() as { n: number; maxId: number };
  const validRows = mapped.reduce((n, m) => n + (m.kind === 'valid' ? 1 : 0), 0);
  if (validRows * LAZY_VAULT_FACTOR < vaultSize.n) likely.lazyVault(db, vaultSize.maxId);
  else
    await loadLikelyIndex(db, likely, async () => {
      progress('checking duplicates', 0);
      await slicer.yield();
    });
  const keysOf: (IdentityKeys | null)[] = new Array<IdentityKeys | null>(total).fill(null);
  let prefetched: Prefetched = { emails: new Map(), phones: new Map(), profiles: new Map() };
  let prefetchedUpTo = 0;
  const prefetch = (i: number) => {
    const end = Math.min(total, i + PREFETCH_ROWS);
    const batch: IdentityKeys[] = [];
    for (let k = i; k < end; k++) {
      const m = mapped[k]!;
      if (m.kind !== 'valid') continue;
      keysOf[k] = identityKeys(m.fields, env.defaultRegion);
      batch.push(keysOf[k]!);
    }
    prefetched = prefetchExactMatches(db, batch);
    prefetchedUpTo = end;
  };

  // Who each row is, for the report file (the row's cells are released once it is written).
  const names: string[] | null = req.reportFile ? new Array<string>(total).fill('') : null;
  const processRow = (i: number): CsvRowReport => {
    const rec = records[i]!;
    const m = mapped[i]!;
    if (names && m.kind === 'valid') names[i] = displayName(m.fields.firstName, m.fields.lastName);
    const base = { row: i + 1, line: rec.line, candidateId: null, duplicateOf: null };
    if (m.kind === 'empty') return { ...base, status: 'skipped', messages: ['Empty row'] };
    if (m.kind === 'invalid') return { ...base, status: 'invalid', messages: m.messages };
    if (i >= prefetchedUpTo) prefetch(i);
    const keys = keysOf[i] ?? identityKeys(m.fields, env.defaultRegion);
    let duplicateOf: CsvRowReport['duplicateOf'] = null;
    const inFile = index.find(keys);
    const inDb = inFile ? null : matchPrefetched(prefetched, keys);
    const exactOf = inFile ?? inDb;
    if (inFile) duplicateOf = { candidateId: inFile.candidateId, row: inFile.row, reason: inFile.reason };
    else if (inDb) duplicateOf = { candidateId: inDb.candidateId, row: null, reason: inDb.reason };
    const messages = [...m.messages];
    const target = duplicateOf?.candidateId ?? null;
    if (duplicateOf && req.duplicates !== 'create') {
      const said = describeDuplicate(duplicateOf, p.headers, mapping, lineOf);
      index.add(keys, i + 1, target);
      if (req.duplicates === 'skip') return { ...base, status: 'duplicate', candidateId: target, duplicateOf, messages: [...messages, said] };
      if (!write || target === null) return { ...base, status: 'updated', candidateId: target, duplicateOf, messages: [...messages, `${said}; empty fields would be filled`] };
      const changed = mergeEmptyFields(db, target, m.fields, { at: env.at, actor: env.actor }, env.defaultRegion);
      return changed.length > 0
        ? { ...base, status: 'updated', candidateId: target, duplicateOf, messages: [...messages, `Filled ${changed.join(', ')} of candidate #${target}`] }
        : { ...base, status: 'duplicate', candidateId: target, duplicateOf, messages: [...messages, `${said}; nothing new to add`] };
    }
    if (duplicateOf) messages.push(`${describeDuplicate(duplicateOf, p.headers, mapping, lineOf)}; created anyway (duplicates: create)`);
    // What the row is already reported as an exact duplicate of is not listed again as a likely one.
    const hits = likely.find(m.fields, (r) => (r.candidateId !== null && r.candidateId === target) || (r.row !== null && r.row === duplicateOf?.row));
    const candidateId = write ? insertCandidate(db, m.fields, { at: env.at, defaultRegion: env.defaultRegion }) : null;
    if (candidateId !== null) {
      const queue = hits.flatMap((h) => (h.record.candidateId === null ? [] : [{ candidateId: h.record.candidateId, reasons: h.reasons, score: h.score }]));
      // As the create path does with allowDuplicate: a knowingly created exact duplicate is queued too.
      if (exactOf && target !== null) queue.unshift({ candidateId: target, reasons: [{ kind: exactOf.reason, value: exactOf.value }], score: 1 });
      if (queue.length > 0) flagDuplicates(db, candidateId, queue, env.at);
    }
    index.add(keys, i + 1, candidateId);
    likely.add({ candidateId, row: i + 1, first_name: m.fields.firstName, last_name: m.fields.lastName, current_company: m.fields.currentCompany, city: m.fields.city }, displayName(m.fields.firstName, m.fields.lastName));
    const best = hits[0];
    if (!best) return { ...base, status: 'created', candidateId, duplicateOf, messages };
    messages.push(describeLikely(best, write, lineOf));
    const likelyDuplicateOf = { candidateId: best.record.candidateId, row: best.record.row, reasons: best.reasons.map((r) => r.kind as 'name+company' | 'name+city'), score: best.score };
    return { ...base, status: 'created', candidateId, duplicateOf, likelyDuplicateOf, messages };
  };

  /** Drops what a written row no longer needs; invalid rows keep their cells for the error file. */
  const release = (i: number) => {
    if (reports[i]!.status === 'invalid') return;
    mapped[i] = RELEASED;
    records[i]!.fields = [];
    keysOf[i] = null;
  };

  const failedRow = (i: number, error: unknown): CsvRowReport => ({
    row: i + 1,
    line: records[i]!.line,
    status: 'invalid',
    candidateId: null,
    duplicateOf: null,
    messages: [`Could not be saved: ${error instanceof Error ? error.message : String(error)}`],
  });

  if (!write) {
    for (let i = 0; i < total; i++) {
      reports[i] = processRow(i);
      release(i);
      if (slicer.due()) {
        progress('checking duplicates', i + 1);
        await slicer.yield();
      }
    }
  } else if (req.onError === 'abort') {
    beginLongTransaction(db, 'IMMEDIATE');
    const restoreCheckpoints = manualCheckpoints(db);
    try {
      for (let i = 0; i < total; i++) {
        try {
          reports[i] = processRow(i);
          release(i);
        } catch (error) {
          if (error instanceof CodedError) throw error;
          throw new CodedError('invalid_input', `Row ${i + 1} (line ${records[i]!.line}) could not be saved (${error instanceof Error ? error.message : String(error)}); nothing was imported.`);
        }
        if (slicer.due()) {
          progress('writing', i + 1);
          await slicer.yield();
        }
      }
      writeImportAudit(env, req, tally(reports), reports);
      // Index in the same transaction: the rows and their search entries land together.
      await flushSearchIndexInChunks(db, { chunkSize: INDEX_CHUNK, onProgress: (done, all) => env.progress?.('indexing', done, all) });
      db.exec('COMMIT');
      progress('saving', total);
      await checkpointInOwnSlice(db);
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    } finally {
      restoreCheckpoints();
    }
  } else {
    // Skip mode: rows commit in batches, so valid rows land whatever happens later (the event loop still gets
    // a turn every slice; committing every slice would multiply WAL writes). Rows run without savepoints; if
    // one fails, its batch is rolled back and redone row by row, each in a savepoint, so only it is skipped.
    const guarded = db.transaction((i: number) => processRow(i));
    const commitRows = env.commitRows ?? COMMIT_ROWS;
    let batchStart = 0;
    beginLongTransaction(db, 'IMMEDIATE');
    const restoreCheckpoints = manualCheckpoints(db);
    try {
      for (let i = 0; i < total; ) {
        try {
          reports[i] = processRow(i);
          i++;
        } catch {
          db.exec('ROLLBACK');
          // The in-memory index names candidates that were just rolled back: forget the rows of this batch.
          index.dropFrom(batchStart + 1);
          likely.dropFrom(batchStart + 1);
          prefetchedUpTo = 0;
          beginLongTransaction(db, 'IMMEDIATE');
          for (let k = batchStart; k <= i; k++) {
            try {
              reports[k] = guarded(k);
            } catch (error) {
              reports[k] = failedRow(k, error);
            }
          }
          i++;
        }
        if (i - batchStart >= commitRows && i < total) {
          db.exec('COMMIT');
          progress('saving', i);
          await checkpointInOwnSlice(db);
          await slicer.yield();
          beginLongTransaction(db, 'IMMEDIATE');
          for (let k = batchStart; k < i; k++) release(k);
          batchStart = i;
        }
        if (slicer.due()) {
          progress('writing', i);
          await slicer.yield();
        }
      }
      writeImportAudit(env, req, tally(reports), reports);
      db.exec('COMMIT');
      progress('saving', total);
      await checkpointInOwnSlice(db);
      await flushSearchIndexInChunks(db, { chunkSize: INDEX_CHUNK, onProgress: (done, all) => env.progress?.('indexing', done, all) });
      await checkpointInOwnSlice(db);
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    } finally {
      restoreCheckpoints();
    }
  }
  const counts = tally(reports);
  progress('done', total);

  // The downloads are named after the imported file: people-errors.csv, people-report.csv.
  const stem = (req.filename ?? 'import').replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._ -]+/gu, '_') || 'import';
  let errorFile: CsvImportResult['errorFile'] = null;
  // In every mode: a dry run or an aborted all-or-nothing import must also point at the rows to fix.
  if (counts.invalid > 0) {
    // A row with more cells than the header keeps them all; blank header cells pad the header to the widest
    // such row, so "Import error" stays one column, the last, on every line.
    let width = p.header.fields.length;
    for (let i = 0; i < total; i++) if (reports[i]!.status === 'invalid') width = Math.max(width, records[i]!.fields.length);
    const pad = (cells: readonly string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
    const lines = [csvLine([...pad(p.header.fields), 'Import error'], p.delimiter, false)];
    let n = 0;
    for (let i = 0; i < total; i++) {
      if (reports[i]!.status !== 'invalid') continue;
      lines.push(csvLine([...pad(records[i]!.fields), reports[i]!.messages.join('; ')], p.delimiter, false));
      n++;
    }
    errorFile = { filename: `${stem}-errors.csv`, content: encodeUtf8Bom(`${lines.join('\r\n')}\r\n`).toString('base64'), rows: n };
  }

  let reportFile: CsvImportResult['reportFile'] = null;
  if (names) {
    const lines = [csvLine(['Line', 'Row', 'Status', 'Name', 'Candidate', 'Duplicate of', 'Notes'], p.delimiter, false)];
    for (let i = 0; i < total; i++) {
      const r = reports[i]!;
      const status = rowStatusLabel(r.status, outcome);
      const dup = r.duplicateOf ? (r.duplicateOf.row !== null ? `line ${lineOf(r.duplicateOf.row)}` : `candidate #${r.duplicateOf.candidateId}`) : '';
      lines.push(csvLine([String(r.line), String(r.row), status, names[i]!, r.candidateId === null ? '' : `#${r.candidateId}`, dup, r.messages.join('; ')], p.delimiter, false));
    }
    reportFile = { filename: `${stem}-report.csv`, content: encodeUtf8Bom(`${lines.join('\r\n')}\r\n`).toString('base64'), rows: total };
  }

  const rows = req.reportRows === 'problems' ? problemRows(reports) : reports;
  const shown = req.reportLimit !== undefined && rows.length > req.reportLimit ? rows.slice(0, req.reportLimit) : rows;
  return {
    jobId,
    outcome,
    encoding: p.encoding,
    delimiter: p.delimiter,
    preset: p.preset.name,
    counts,
    unmappedColumns: guessed?.unmapped ?? [],
    rows: shown,
    reportRowsTotal: rows.length,
    reportFile,
    errorFile,
    ms: Math.round(performance.now() - started),
  };
}

/** Messages point at the earlier row by its line in the file, as the report's Line column and a spreadsheet number it. */
type LineOf = (row: number) => number;

function describeDuplicate(d: { candidateId: number | null; row: number | null; reason: DuplicateReason }, headers: readonly string[], mapping: CsvMapping, lineOf: LineOf): string {
  const field = d.reason === 'email' ? 'email' : d.reason === 'phone' ? 'phone' : d.reason;
  const column = headers[mapping.indexOf(field)] ?? (d.reason === 'github' ? headers[mapping.indexOf('website')] : undefined) ?? d.reason;
  const what = { email: 'e-mail', phone: 'phone number', linkedin: 'LinkedIn profile', github: 'GitHub profile' }[d.reason];
  if (d.row !== null) return `Column "${column}": same ${what} as line ${lineOf(d.row)}`;
  return `Column "${column}": same ${what} as existing candidate #${d.candidateId}`;
}

/**
 * Turns SQLite's auto-checkpoint off for a long import, so a COMMIT only appends to the WAL and the copy back into
 * the database (the larger half of a big COMMIT's time, measured by the csv-import bench) runs in its own
 * event-loop slice (checkpointInOwnSlice) instead of inside the COMMIT. Returns the restore function.
 */
function manualCheckpoints(db: WriteDb): () => void {
  const before = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  return () => db.pragma(`wal_autocheckpoint = ${before}`);
}

async function checkpointInOwnSlice(db: WriteDb): Promise<void> {
  await yieldToLoop();
  // PASSIVE: never waits for readers; whatever it cannot copy now, a later checkpoint does.
  if (!db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)');
}

/** "Likely duplicate of candidate #12 (similar name, same company "Acme")": the report's note for a flagged row. */
function describeLikely(hit: LikelyHit, write: boolean, lineOf: LineOf): string {
  const { record } = hit;
  const who =
    record.row === null
      ? `candidate #${record.candidateId}`
      : record.candidateId === null
        ? `line ${lineOf(record.row)}`
        : `line ${lineOf(record.row)} (candidate #${record.candidateId})`;
  const same = hit.reasons.map((r) => `same ${r.kind === 'name+company' ? 'company' : 'city'} "${r.value}"`).join(', ');
  // A score of 1: the same name once accents, case and order are set aside.
  return `Likely duplicate of ${who} (${hit.score >= 1 ? 'same' : 'similar'} name, ${same}); ${write ? 'queued' : 'would be queued'} for duplicate review`;
}

function writeImportAudit(env: ImportEnv, req: CsvImportRequest, counts: ImportCounts, reports: readonly CsvRowReport[]): void {
  // One entry per import rather than one per row: 100k audit rows would double the write cost of a bulk load.
  // Merges into existing candidates are audited one by one (by the candidate service: they change data).
  let first: number | null = null;
  let last: number | null = null;
  for (const r of reports) {
    if (r.status !== 'created' || r.candidateId === null) continue;
    first = first === null ? r.candidateId : Math.min(first, r.candidateId);
    last = last === null ? r.candidateId : Math.max(last, r.candidateId);
  }
  audit(env.db, {
    at: env.at,
    actor: env.actor,
    entity: 'import',
    entityId: null,
    action: 'import-csv',
    after: { filename: req.filename ?? null, onError: req.onError, duplicates: req.duplicates, counts, createdIds: first === null ? null : [first, last] },
  });
}
