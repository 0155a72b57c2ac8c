import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { MAX_VAULT_JSON_CHARS, VAULT_EXPORT_FORMAT, VAULT_EXPORT_VERSION, vaultExportFile, type VaultExportFile } from '../../../../src-shared/domain/exchange.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../../db/database.js';
import { schemaVersion } from '../../db/migrate.js';
import { refreshStageTypes } from '../../db/migrations/0006-application-stage-type.js';
import { beginLongTransaction, Slicer } from '../import/jobs.js';
import { flushSearchIndexInChunks } from '../search-index.js';

/**
 * Full-fidelity vault export: every row of every table, ids and timestamps as stored, so importing it into an
 * empty vault reproduces the vault. Tables are discovered from the schema, so a table added by a later
 * migration is exported without touching this file; summary tables and their "dirty" lists (KPI roll-ups)
 * travel as they are, and import switches triggers off while it loads so nothing is written twice.
 *
 * Not exported: virtual tables (the FTS5 search index and its shadow tables) and the search index's list of
 * pending candidates; import rebuilds the index from the data.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['search_dirty']);

/**
 * Tables a fresh vault already fills (defaults written by migrations) plus settings (onboarding writes some):
 * an import may find them non-empty. When the export has the table, its rows replace these (the export holds
 * the user's version of the defaults); otherwise the fresh defaults stay. A test fails when a migration seeds
 * a table that is not listed here.
 */
export const SEEDED_TABLES: ReadonlySet<string> = new Set(['settings', 'country_names', 'followup_rules', 'message_templates']);

interface TableInfo {
  name: string;
  columns: string[];
  /** Keyset order: primary-key columns (or rowid). */
  key: string[];
  blobColumns: Set<string>;
  parents: string[];
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Data tables in foreign-key order (parents first), excluding virtual tables, their shadows and derived tables. */
export function dataTables(db: ReadDb): TableInfo[] {
  const all = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).all() as { name: string; sql: string }[];
  const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  const isShadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`));
  const tables = all.filter((t) => !virtual.includes(t.name) && !isShadow(t.name) && !DERIVED_TABLES.has(t.name));
  const infos = tables.map((t): TableInfo => {
    const cols = db.prepare(`SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid`).all(t.name) as { name: string; type: string; pk: number }[];
    const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const withoutRowid = /WITHOUT\s+ROWID/i.test(t.sql);
    const parents = (db.prepare(`SELECT DISTINCT "table" AS parent FROM pragma_foreign_key_list(?)`).all(t.name) as { parent: string }[])
      .map((p) => p.parent)
      .filter((p) => p !== t.name);
    return {
      name: t.name,
      columns: cols.map((c) => c.name),
      key: pk.length > 0 && (withoutRowid || pk.length === 1) ? pk : ['rowid'],
      blobColumns: new Set(cols.filter((c) => c.type.toUpperCase() === 'BLOB').map((c) => c.name)),
      parents,
    };
  });
  // Topological order; cycles (none today) would fall back to name order, which deferred FK checks tolerate.
  const byName = new Map(infos.map((i) => [i.name, i]));
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (info: TableInfo) => {
    if (state.get(info.name)) return;
    state.set(info.name, 'visiting');
    for (const p of info.parents) {
      const parent = byName.get(p);
      if (parent && state.get(p) !== 'visiting') visit(parent);
    }
    state.set(info.name, 'done');
    ordered.push(info);
  };
  for (const info of [...infos].sort((a, b) => a.name.localeCompare(b.name))) visit(info);
  return ordered;
}

const CHUNK = 2000;

/** A file-system error in words a user can act on (the errno code alone says little). */
function fileError(error: unknown, file: string, doing: 'read' | 'write'): CodedError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const folder = path.dirname(file);
  const text: Record<string, string> = {
    ENOENT: doing === 'read' ? `${file} does not exist` : `the folder ${folder} does not exist`,
    ENOTDIR: `part of the path ${file} is not a folder`,
    EISDIR: `${file} is a folder, not a file`,
    EACCES: `no permission to ${doing} ${file}`,
    EPERM: `no permission to ${doing} ${file}`,
    EROFS: `${folder} is on a read-only disk`,
    ENOSPC: `the disk holding ${folder} is full`,
    EDQUOT: `the disk quota for ${folder} is used up`,
  };
  const what = (code && text[code]) ?? `${error instanceof Error ? error.message : String(error)}`;
  return new CodedError(doing === 'read' && code === 'ENOENT' ? 'not_found' : 'invalid_input', `Cannot ${doing} the export file: ${what}.`, 'file');
}

/**
 * Writes the export text table by table, in keyset-paged chunks with event-loop turns between them, to `write`.
 * One row per line: the file stays one JSON document, and a reader can also take it line by line (see
 * importVaultJsonFile), which a vault too large for one string needs (~60 MB per 10k candidates with their
 * history; V8 strings stop at ~512 MB).
 */
export async function writeVaultJson(
  db: WriteDb,
  meta: { exportedAt: string; appVersion: string },
  write: (text: string) => void,
  progress?: (phase: string, done: number, total: number) => void,
): Promise<{ tables: Record<string, number> }> {
  const slicer = new Slicer();
  const tables = dataTables(db);
  const counts: Record<string, number> = {};
  // One read transaction: every chunk sees the same snapshot even across event-loop turns.
  beginLongTransaction(db, 'DEFERRED');
  try {
    const total = tables.reduce((n, t) => n + (db.prepare(`SELECT count(*) AS n FROM ${quote(t.name)}`).get() as { n: number }).n, 0);
    let done = 0;
    const header = {
      format: VAULT_EXPORT_FORMAT,
      formatVersion: VAULT_EXPORT_VERSION,
      schemaVersion: schemaVersion(db),
      exportedAt: meta.exportedAt,
      app: { name: 'Rapport', version: meta.appVersion },
    };
    write(`${JSON.stringify(header).slice(0, -1)},"tables":{\n`);
    for (const [ti, t] of tables.entries()) {
      const keyCols = t.key.map(quote).join(', ');
      const selectCols = [...t.key.filter((k) => k === 'rowid'), ...t.columns].map(quote).join(', ');
      const first = db.prepare(`SELECT ${selectCols} FROM ${quote(t.name)} ORDER BY ${keyCols} LIMIT ${CHUNK}`);
      const next = db.prepare(
        `SELECT ${selectCols} FROM ${quote(t.name)} WHERE (${keyCols}) > (${t.key.map(() => '?').join(', ')}) ORDER BY ${keyCols} LIMIT ${CHUNK}`,
      );
      write(`${ti > 0 ? ',\n' : ''}${JSON.stringify(t.name)}:{"columns":${JSON.stringify(t.columns)},"rows":[`);
      let n = 0;
      let last: unknown[] | null = null;
      for (;;) {
        const rows = (last === null ? first.raw(true).all() : next.raw(true).all(...last)) as unknown[][];
        if (rows.length === 0) break;
        const withRowid = t.key[0] === 'rowid';
        const keyIdx = t.key.map((k) => (k === 'rowid' ? 0 : (withRowid ? 1 : 0) + t.columns.indexOf(k)));
        last = keyIdx.map((i) => rows[rows.length - 1]![i]);
        const encoded = rows.map((r) => {
          const values = withRowid ? r.slice(1) : r;
          return JSON.stringify(values.map((v) => (Buffer.isBuffer(v) ? { $base64: v.toString('base64') } : typeof v === 'bigint' ? v.toString() : v)));
        });
        write(`${n > 0 ? ',' : ''}\n${encoded.join(',\n')}`);
        n += rows.length;
        done += rows.length;
        if (rows.length < CHUNK) break;
        if (slicer.due()) {
          progress?.(`exporting ${t.name}`, done, total);
          await slicer.yield();
        }
      }
      write(`${n > 0 ? '\n' : ''}]}`);
      counts[t.name] = n;
    }
    write('\n}}\n');
    db.exec('COMMIT');
    progress?.('done', done, total);
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  return { tables: counts };
}

/** The export as one string, for a caller that sends it in one message; refuses what one string cannot hold. */
export async function exportVaultJson(
  db: WriteDb,
  meta: { exportedAt: string; appVersion: string },
  progress?: (phase: string, done: number, total: number) => void,
): Promise<{ json: string; tables: Record<string, number> }> {
  const parts: string[] = [];
  let chars = 0;
  const { tables } = await writeVaultJson(
    db,
    meta,
    (text) => {
      chars += text.length;
      if (chars > MAX_VAULT_JSON_CHARS) {
        throw new CodedError('unsupported', 'This vault is too large to export in one piece (over 512 MB); export it to a file with `rapport export json FILE`.');
      }
      parts.push(text);
    },
    progress,
  );
  return { json: parts.join(''), tables };
}

/**
 * Writes the export to `file` through a buffer, without ever holding it in one string: into `file.partial`,
 * renamed once complete, so an interrupted export never leaves a file that looks whole.
 */
export async function exportVaultJsonFile(
  db: WriteDb,
  meta: { exportedAt: string; appVersion: string },
  requested: string,
  options: { overwrite?: boolean; progress?: Progress } = {},
): Promise<{ file: string; tables: Record<string, number>; bytes: number }> {
  // Through a symbolic link to the file it names (the rename below would replace the link itself), and only
  // ever onto a regular file: a device or pipe (/dev/stdout) cannot take a rename, a folder is a mistake.
  let file = requested;
  let stat: ReturnType<typeof statSync> | null = null;
  try {
    stat = statSync(requested);
  } catch {
    // Not there yet (or a dangling link): written where asked.
  }
  if (stat) {
    if (stat.isDirectory()) throw new CodedError('invalid_input', `Cannot write the export file: ${requested} is a folder, not a file.`, 'file');
    if (!stat.isFile()) throw new CodedError('invalid_input', `Cannot write the export file: ${requested} is not a regular file (a device or pipe); give a file name.`, 'file');
    if (!options.overwrite) throw new CodedError('conflict', `${requested} already exists; choose another name or overwrite it (rapport export json … --force).`, 'file');
    file = realpathSync(requested);
  }
  const partial = `${file}.partial`;
  let fd: number;
  try {
    fd = openSync(partial, 'w');
  } catch (error) {
    throw fileError(error, file, 'write');
  }
  let bytes = 0;
  let buffered: string[] = [];
  let bufferedChars = 0;
  const flush = () => {
    if (bufferedChars === 0) return;
    const chunk = Buffer.from(buffered.join(''), 'utf8');
    for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at);
    bytes += chunk.length;
    buffered = [];
    bufferedChars = 0;
  };
  try {
    const { tables } = await writeVaultJson(
      db,
      meta,
      (text) => {
        buffered.push(text);
        bufferedChars += text.length;
        if (bufferedChars >= 1 << 20) flush();
      },
      options.progress,
    );
    flush();
    fsyncSync(fd);
    closeSync(fd);
    renameSync(partial, file);
    return { file, tables, bytes };
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed by the success path, which then failed at the rename.
    }
    rmSync(partial, { force: true });
    if (error instanceof CodedError) throw error;
    throw fileError(error, file, 'write');
  }
}

function parseExport(text: string): VaultExportFile {
  // A byte-order mark (some editors save one) is not part of the JSON.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (json.trim() === '') throw new CodedError('invalid_input', 'The export file is empty.', 'json');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new CodedError('invalid_input', 'The file is not JSON.', 'json');
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== VAULT_EXPORT_FORMAT) throw new CodedError('invalid_input', 'The file is not a Rapport vault export.', 'json');
  const parsed = vaultExportFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CodedError('invalid_input', `The export file is damaged at ${issue.path.join('.')}: ${issue.message}`, 'json');
  }
  return parsed.data;
}

type Progress = (phase: string, done: number, total: number) => void;
export type VaultImportSummary = { formatVersion: number; schemaVersion: number; tables: Record<string, number>; indexed: number };

/**
 * Loading an export into an empty vault, fed table by table and row by row (from a parsed document or from a
 * file read line by line): one transaction (all or nothing), foreign-key checks deferred to the commit, triggers
 * off while loading, search re-indexed at the end. Refuses a non-empty vault, a newer format or a newer schema.
 */
class VaultRestore {
  private readonly tables: TableInfo[];
  private readonly triggers: { name: string; sql: string }[] = [];
  private readonly counts: Record<string, number> = {};
  private readonly slicer = new Slicer();
  private table: { info: TableInfo; columns: string[]; blobs: boolean[]; insert: { run(...values: unknown[]): unknown } } | null = null;
  done = 0;

  private constructor(
    private readonly db: WriteDb,
    private readonly header: { formatVersion: number; schemaVersion: number },
    tables: TableInfo[],
  ) {
    this.tables = tables;
    for (const t of tables) this.counts[t.name] = 0;
  }

  static check(db: WriteDb, header: { formatVersion: number; schemaVersion: number }): TableInfo[] {
    if (header.formatVersion > VAULT_EXPORT_VERSION) {
      throw new CodedError('newer_version', `This export was written by a newer version of Rapport (format ${header.formatVersion}); update Rapport to import it.`);
    }
    const ours = schemaVersion(db);
    if (header.schemaVersion > ours) {
      throw new CodedError('newer_version', `This export comes from a newer vault (schema ${header.schemaVersion}; this version knows up to ${ours}). Update Rapport to import it.`);
    }
    return dataTables(db);
  }

  /** Checks a table's name and columns against this vault; null for a derived table the export may carry. */
  static known(tables: readonly TableInfo[], name: string, columns: readonly string[]): TableInfo | null {
    const t = tables.find((x) => x.name === name);
    if (!t) {
      if (DERIVED_TABLES.has(name)) return null;
      throw new CodedError('invalid_input', `The export has a table this vault does not know: ${name}.`, `json.tables.${name}`);
    }
    const unknown = columns.filter((c) => !t.columns.includes(c));
    if (unknown.length > 0) throw new CodedError('invalid_input', `Table ${name} in the export has unknown columns: ${unknown.join(', ')}.`, `json.tables.${name}`);
    return t;
  }

  static begin(db: WriteDb, header: { formatVersion: number; schemaVersion: number }, tables: TableInfo[]): VaultRestore {
    const hasRows = (t: TableInfo) => (db.prepare(`SELECT EXISTS (SELECT 1 FROM ${quote(t.name)}) AS x`).get() as { x: number }).x === 1;
    const nonEmpty = tables.filter((t) => !SEEDED_TABLES.has(t.name) && hasRows(t));
    if (nonEmpty.length > 0) {
      throw new CodedError('conflict', `A vault export can only be imported into an empty vault; this one already has data (${nonEmpty.map((t) => t.name).join(', ')}).`);
    }
    const restore = new VaultRestore(db, header, tables);
    beginLongTransaction(db, 'IMMEDIATE');
    try {
      db.pragma('defer_foreign_keys = ON');
      // Triggers would write derived rows (search and KPI dirty lists) that the export already carries, or that
      // the rebuild below writes: drop them for the load and put them back, all inside the transaction.
      restore.triggers.push(...(db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql IS NOT NULL`).all() as { name: string; sql: string }[]));
      for (const trigger of restore.triggers) db.exec(`DROP TRIGGER ${quote(trigger.name)}`);
    } catch (error) {
      restore.abort();
      throw error;
    }
    return restore;
  }

  /** The rows that follow belong to `name` (checked with known()); returns false for a skipped derived table. */
  startTable(name: string, columns: string[]): boolean {
    const info = VaultRestore.known(this.tables, name, columns);
    this.table = null;
    if (!info) return false;
    if (SEEDED_TABLES.has(name)) this.db.exec(`DELETE FROM ${quote(name)}`);
    const insert = this.db.prepare(`INSERT INTO ${quote(name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    this.table = { info, columns, blobs: columns.map((c) => info.blobColumns.has(c)), insert };
    return true;
  }

  async row(values: unknown[], progress: (() => void) | undefined): Promise<void> {
    const t = this.table;
    if (!t) return;
    if (values.length !== t.columns.length) {
      throw new CodedError('invalid_input', `Row ${this.counts[t.info.name]! + 1} of table ${t.info.name} has ${values.length} values for ${t.columns.length} columns.`, `json.tables.${t.info.name}`);
    }
    const decoded = values.map((v, i) => decodeCell(v, t.blobs[i]!, t.info.name, t.columns[i]!));
    try {
      t.insert.run(...decoded);
    } catch (error) {
      // A hand-edited file: a repeated id, an empty required value, text where a number belongs.
      const why = refusalReason(error, t.columns, decoded);
      throw new CodedError('invalid_input', `Row ${this.counts[t.info.name]! + 1} of table ${t.info.name} was refused: ${why}.`, `json.tables.${t.info.name}`);
    }
    this.counts[t.info.name]!++;
    this.done++;
    if (this.slicer.due()) {
      progress?.();
      await this.slicer.yield();
    }
  }

  async finish(progress?: () => void): Promise<VaultImportSummary> {
    const { db } = this;
    try {
      for (const trigger of this.triggers) db.exec(trigger.sql);
      // Columns the triggers keep derived: an export from before they existed leaves them empty.
      refreshStageTypes(db);
      const violations = db.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (violations.length > 0) {
        const pairs = new Map<string, number>();
        for (const v of violations) pairs.set(`${v.table} → ${v.parent}`, (pairs.get(`${v.table} → ${v.parent}`) ?? 0) + 1);
        const detail = [...pairs].map(([pair, n]) => `${pair}: ${n}`).join(', ');
        throw new CodedError('invalid_input', `The export is inconsistent: ${violations.length} row(s) point at rows that are not in it (${detail}).`, 'json');
      }
      progress?.();
      db.exec('DELETE FROM search_dirty');
      db.exec('INSERT INTO search_dirty (candidate_id) SELECT id FROM candidates');
      const indexed = await flushSearchIndexInChunks(db, { optimize: true });
      db.exec('COMMIT');
      return { formatVersion: this.header.formatVersion, schemaVersion: this.header.schemaVersion, tables: this.counts, indexed };
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  abort(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }
}

/** Loads a parsed export (see VaultRestore). */
export async function importVaultJson(db: WriteDb, json: string, progress?: Progress): Promise<VaultImportSummary> {
  const file = parseExport(json);
  const tables = VaultRestore.check(db, file);
  // A damaged table is refused before anything is written.
  for (const [name, data] of Object.entries(file.tables)) {
    VaultRestore.known(tables, name, data.columns);
    const bad = data.rows.findIndex((r) => r.length !== data.columns.length);
    if (bad !== -1) throw new CodedError('invalid_input', `Row ${bad + 1} of table ${name} has ${data.rows[bad]!.length} values for ${data.columns.length} columns.`, `json.tables.${name}`);
  }
  const total = Object.values(file.tables).reduce((n, t) => n + t.rows.length, 0);
  const restore = VaultRestore.begin(db, file, tables);
  try {
    // Parents first (the export's own order may differ when it was edited by hand).
    for (const t of tables) {
      const data = file.tables[t.name];
      if (!data || !restore.startTable(t.name, data.columns)) continue;
      const step = () => progress?.(`importing ${t.name}`, restore.done, total);
      for (const row of data.rows) await restore.row(row, step);
    }
  } catch (error) {
    restore.abort();
    throw error;
  }
  const result = await restore.finish(() => progress?.('indexing', restore.done, total));
  progress?.('done', restore.done, total);
  return result;
}

const exportHeader = vaultExportFile.omit({ tables: true });

/**
 * Loads an export file read line by line, as writeVaultJson lays it out (one row per line), so its size is not
 * bound by what one string can hold. A file in another layout (an export from before, or re-formatted) that
 * fits in one string is parsed whole. Progress counts bytes read.
 */
export async function importVaultJsonFile(db: WriteDb, file: string, progress?: Progress, chunkBytes = 1 << 20): Promise<VaultImportSummary> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
    if (fstatSync(fd).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
  } catch (error) {
    throw fileError(error, file, 'read');
  }
  try {
    const size = fstatSync(fd).size;
    const damaged = (line: number, what: string) => new CodedError('invalid_input', `The export file is damaged at line ${line}: ${what}.`, 'file');
    // The header line is short: a file without a line break early on is laid out some other way.
    const peek = Buffer.alloc(64 * 1024);
    const peekedBytes = readSync(fd, peek, 0, peek.length, 0);
    if (peekedBytes === 0) throw new CodedError('invalid_input', 'The export file is empty.', 'file');
    // A byte-order mark (some editors save one) is not part of the JSON.
    const bom = peek[0] === 0xef && peek[1] === 0xbb && peek[2] === 0xbf ? 3 : 0;
    const peeked = peek.subarray(bom, peekedBytes).toString('utf8');
    const lineBreak = peeked.indexOf('\n');
    if (lineBreak === -1 || !/^\{.*,"tables":\{$/.test(peeked.slice(0, lineBreak).trimEnd())) {
      // Not laid out one row per line: parse it whole, as far as one string allows.
      if (size > MAX_VAULT_JSON_CHARS) throw new CodedError('invalid_input', 'The export file is larger than 512 MB and not laid out one row per line; export it again with this version.', 'file');
      return await importVaultJson(db, readFileSync(file, 'utf8').slice(bom > 0 ? 1 : 0), progress);
    }
    const lines = readLines(fd, chunkBytes, bom);
    const first = lines.next();
    const head = first.done ? '' : first.value.text.trimEnd();
    let header: { formatVersion: number; schemaVersion: number };
    try {
      header = JSON.parse(`${head}}}`) as { formatVersion: number; schemaVersion: number };
    } catch {
      throw damaged(1, 'the header is not JSON');
    }
    if ((header as { format?: unknown }).format !== VAULT_EXPORT_FORMAT) throw new CodedError('invalid_input', 'The file is not a Rapport vault export.', 'file');
    const parsedHeader = exportHeader.safeParse(header);
    if (!parsedHeader.success) throw damaged(1, `${parsedHeader.error.issues[0]!.path.join('.')}: ${parsedHeader.error.issues[0]!.message}`);
    const tables = VaultRestore.check(db, parsedHeader.data);
    const restore = VaultRestore.begin(db, parsedHeader.data, tables);
    let bytes = first.done ? 0 : first.value.bytes;
    try {
      let inTable: string | null = null;
      let ended = false;
      const seen = new Set<string>();
      const step = () => progress?.(inTable ? `importing ${inTable}` : 'importing', bytes, size);
      for (let next = lines.next(); !next.done; next = lines.next()) {
        const { text, line } = next.value;
        bytes = next.value.bytes;
        const body = text.trimEnd();
        if (ended) {
          if (body !== '') throw damaged(line, 'text after the end of the export');
          continue;
        }
        if (inTable === null) {
          if (body === '}}') {
            ended = true;
            continue;
          }
          // `"name":{"columns":[…],"rows":[` opens a table; `…"rows":[]},` is an empty one.
          const open = /^"(?:[^"\\]|\\.)*":\{"columns":\[.*\],"rows":\[(\]\},?)?$/.exec(body);
          if (!open) throw damaged(line, 'expected the start of a table');
          let parsed: Record<string, { columns: unknown }>;
          try {
            parsed = JSON.parse(`{${open[1] ? body.replace(/,$/, '') : `${body}]}`}}`) as Record<string, { columns: unknown }>;
          } catch {
            throw damaged(line, 'the table header is not JSON');
          }
          const [name, data] = Object.entries(parsed)[0]!;
          if (!Array.isArray(data.columns) || !data.columns.every((c): c is string => typeof c === 'string')) throw damaged(line, `the columns of ${name} are not a list of names`);
          if (seen.has(name)) throw damaged(line, `table ${name} appears twice`);
          seen.add(name);
          restore.startTable(name, data.columns);
          if (!open[1]) inTable = name;
          continue;
        }
        if (body === ']}' || body === ']},') {
          inTable = null;
          continue;
        }
        if (body === '') throw damaged(line, `an empty line inside table ${inTable}`);
        let row: unknown;
        try {
          row = JSON.parse(body.endsWith(',') ? body.slice(0, -1) : body);
        } catch {
          throw damaged(line, `a row of ${inTable} is not JSON`);
        }
        if (!Array.isArray(row)) throw damaged(line, `a row of ${inTable} is not a list of values`);
        try {
          await restore.row(row, step);
        } catch (error) {
          // Row-level refusals name the file line as well as the row.
          if (error instanceof CodedError && error.code === 'invalid_input') throw new CodedError('invalid_input', `Line ${line}: ${error.message}`, 'file');
          throw error;
        }
      }
      if (!ended) throw damaged(lines.lineCount, 'the file ends early (an interrupted copy?)');
    } catch (error) {
      restore.abort();
      throw error;
    }
    const result = await restore.finish(() => progress?.('indexing', bytes, size));
    progress?.('done', size, size);
    return result;
  } finally {
    closeSync(fd);
  }
}

/** The lines of a file, read in chunks; `bytes` is how far the read has got (for progress). */
function readLines(fd: number, chunkBytes: number, from = 0): Iterator<{ text: string; line: number; bytes: number }> & { lineCount: number } {
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.alloc(chunkBytes);
  let pending: string[] = [];
  let at = 0;
  let carry = '';
  let bytes = from;
  let eof = false;
  // Explicit positions: the caller may have peeked at the file.
  const it = {
    lineCount: 0,
    next(): IteratorResult<{ text: string; line: number; bytes: number }> {
      while (at >= pending.length && !eof) {
        at = 0;
        const n = readSync(fd, buffer, 0, chunkBytes, bytes);
        bytes += n;
        const text = carry + (n === 0 ? decoder.end() : decoder.write(buffer.subarray(0, n)));
        if (n === 0) {
          eof = true;
          carry = '';
          pending = text !== '' ? [text] : [];
          break;
        }
        const parts = text.split('\n');
        carry = parts.pop()!;
        pending = parts;
      }
      const text = at < pending.length ? pending[at++] : undefined;
      if (text === undefined) return { done: true, value: undefined };
      it.lineCount++;
      return { done: false, value: { text, line: it.lineCount, bytes } };
    },
  };
  return it;
}

function decodeCell(v: unknown, blob: boolean, table: string, column: string): unknown {
  if (v === null || typeof v === 'number' || typeof v === 'string') {
    if (blob && typeof v === 'string') throw new CodedError('invalid_input', `${table}.${column} should hold file content ({ "$base64": … }).`, 'json');
    return v;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object' && v !== null && typeof (v as { $base64?: unknown }).$base64 === 'string') return Buffer.from((v as { $base64: string }).$base64, 'base64');
  throw new CodedError('invalid_input', `${table}.${column} holds a value that is not a number, text or file content.`, 'json');
}

/**
 * Why the database refused a restored row, in words that name the column (SQLite's own text, e.g. "datatype
 * mismatch", names neither the column nor the value).
 */
export function refusalReason(error: unknown, columns: readonly string[], values: readonly unknown[]): string {
  const message = error instanceof Error ? error.message.replace(/^(SqliteError: )?/, '') : String(error);
  const code = (error as { code?: unknown }).code;
  const shown = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : String(v));
  const column = (qualified: string) => qualified.split('.').pop()!;
  let m: RegExpExecArray | null;
  if (code === 'SQLITE_MISMATCH') {
    // Only an INTEGER PRIMARY KEY (the row's id) raises this one in a STRICT schema.
    const at = columns.indexOf('id');
    return at >= 0 ? `its id ${shown(values[at])} is not a whole number` : 'its id is not a whole number';
  }
  if ((m = /^NOT NULL constraint failed: (\S+)$/.exec(message))) return `column ${column(m[1]!)} needs a value`;
  if ((m = /^(?:UNIQUE|PRIMARY KEY) constraint failed: (.+)$/.exec(message))) {
    const cols = m[1]!.split(', ').map(column);
    const value = cols.map((c) => shown(values[columns.indexOf(c)])).join(', ');
    return `another row of the table already has ${cols.length === 1 ? `this ${cols[0]}` : `these ${cols.join(', ')}`} (${value})`;
  }
  if ((m = /^cannot store (\w+) value in (\w+) column (\S+)$/.exec(message))) {
    const col = column(m[3]!);
    return `column ${col} holds ${m[2]!.toLowerCase()} values, not ${m[1]!.toLowerCase()} (${shown(values[columns.indexOf(col)])})`;
  }
  if ((m = /^CHECK constraint failed: (.+)$/.exec(message))) {
    // The rule names its column first ("channel IN ('email', …)", "age >= 0"): name that column and its value.
    const col = columns.find((c) => new RegExp(`^\\W*${c}\\b`).test(m![1]!));
    return col ? `column ${col} does not allow ${shown(values[columns.indexOf(col)])} (allowed: ${m[1]})` : `a value is not allowed there (allowed: ${m[1]})`;
  }
  return message;
}
