import { VAULT_EXPORT_FORMAT, VAULT_EXPORT_VERSION, vaultExportFile, type VaultExportFile } from '../../../../src-shared/domain/exchange.js';
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

/** Builds the export JSON text table by table, in keyset-paged chunks with event-loop turns between them. */
export async function exportVaultJson(
  db: WriteDb,
  meta: { exportedAt: string; appVersion: string },
  progress?: (phase: string, done: number, total: number) => void,
): Promise<{ json: string; tables: Record<string, number> }> {
  const slicer = new Slicer();
  const tables = dataTables(db);
  const counts: Record<string, number> = {};
  const parts: string[] = [];
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
    parts.push(`${JSON.stringify(header).slice(0, -1)},"tables":{`);
    for (const [ti, t] of tables.entries()) {
      const keyCols = t.key.map(quote).join(', ');
      const selectCols = [...t.key.filter((k) => k === 'rowid'), ...t.columns].map(quote).join(', ');
      const first = db.prepare(`SELECT ${selectCols} FROM ${quote(t.name)} ORDER BY ${keyCols} LIMIT ${CHUNK}`);
      const next = db.prepare(
        `SELECT ${selectCols} FROM ${quote(t.name)} WHERE (${keyCols}) > (${t.key.map(() => '?').join(', ')}) ORDER BY ${keyCols} LIMIT ${CHUNK}`,
      );
      parts.push(`${ti > 0 ? ',' : ''}${JSON.stringify(t.name)}:{"columns":${JSON.stringify(t.columns)},"rows":[`);
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
        parts.push(`${n > 0 ? ',' : ''}${encoded.join(',')}`);
        n += rows.length;
        done += rows.length;
        if (rows.length < CHUNK) break;
        if (slicer.due()) {
          progress?.(`exporting ${t.name}`, done, total);
          await slicer.yield();
        }
      }
      parts.push(']}');
      counts[t.name] = n;
    }
    parts.push('}}');
    db.exec('COMMIT');
    progress?.('done', done, total);
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  return { json: parts.join(''), tables: counts };
}

function parseExport(json: string): VaultExportFile {
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

/**
 * Loads an export into an empty vault in one transaction (all or nothing), with foreign-key checks deferred
 * to the commit, then re-indexes search. Refuses a non-empty vault, a newer format or a newer schema.
 */
export async function importVaultJson(
  db: WriteDb,
  json: string,
  progress?: (phase: string, done: number, total: number) => void,
): Promise<{ formatVersion: number; schemaVersion: number; tables: Record<string, number>; indexed: number }> {
  const file = parseExport(json);
  if (file.formatVersion > VAULT_EXPORT_VERSION) {
    throw new CodedError('newer_version', `This export was written by a newer version of Rapport (format ${file.formatVersion}); update Rapport to import it.`);
  }
  const ours = schemaVersion(db);
  if (file.schemaVersion > ours) {
    throw new CodedError('newer_version', `This export comes from a newer vault (schema ${file.schemaVersion}; this version knows up to ${ours}). Update Rapport to import it.`);
  }
  const tables = dataTables(db);
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (const [name, data] of Object.entries(file.tables)) {
    const t = byName.get(name);
    if (!t) {
      if (DERIVED_TABLES.has(name)) continue;
      throw new CodedError('invalid_input', `The export has a table this vault does not know: ${name}.`, `json.tables.${name}`);
    }
    const unknown = data.columns.filter((c) => !t.columns.includes(c));
    if (unknown.length > 0) throw new CodedError('invalid_input', `Table ${name} in the export has unknown columns: ${unknown.join(', ')}.`, `json.tables.${name}`);
    const bad = data.rows.findIndex((r) => r.length !== data.columns.length);
    if (bad !== -1) throw new CodedError('invalid_input', `Row ${bad + 1} of table ${name} has ${data.rows[bad]!.length} values for ${data.columns.length} columns.`, `json.tables.${name}`);
  }
  const hasRows = (t: TableInfo) => (db.prepare(`SELECT EXISTS (SELECT 1 FROM ${quote(t.name)}) AS x`).get() as { x: number }).x === 1;
  const nonEmpty = tables.filter((t) => !SEEDED_TABLES.has(t.name) && hasRows(t));
  if (nonEmpty.length > 0) {
    throw new CodedError('conflict', `A vault export can only be imported into an empty vault; this one already has data (${nonEmpty.map((t) => t.name).join(', ')}).`);
  }

  const total = Object.values(file.tables).reduce((n, t) => n + t.rows.length, 0);
  const counts: Record<string, number> = {};
  const slicer = new Slicer();
  let done = 0;
  beginLongTransaction(db, 'IMMEDIATE');
  try {
    db.pragma('defer_foreign_keys = ON');
    // Triggers would write derived rows (search and KPI dirty lists) that the export already carries, or that
    // the rebuild below writes: drop them for the load and put them back, all inside the transaction.
    const triggers = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql IS NOT NULL`).all() as { name: string; sql: string }[];
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${quote(trigger.name)}`);
    for (const t of tables) {
      const data = file.tables[t.name];
      counts[t.name] = 0;
      if (!data) continue;
      if (SEEDED_TABLES.has(t.name)) db.exec(`DELETE FROM ${quote(t.name)}`);
      if (data.rows.length === 0) continue;
      const insert = db.prepare(`INSERT INTO ${quote(t.name)} (${data.columns.map(quote).join(', ')}) VALUES (${data.columns.map(() => '?').join(', ')})`);
      const blobs = data.columns.map((c) => t.blobColumns.has(c));
      for (const row of data.rows) {
        const values = row.map((v, i) => decodeCell(v, blobs[i]!, t.name, data.columns[i]!));
        insert.run(...values);
        counts[t.name]!++;
        done++;
        if (slicer.due()) {
          progress?.(`importing ${t.name}`, done, total);
          await slicer.yield();
        }
      }
    }
    for (const trigger of triggers) db.exec(trigger.sql);
    // Columns the triggers keep derived: an export from before they existed leaves them empty.
    refreshStageTypes(db);
    const violations = db.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) throw new CodedError('invalid_input', `The export is inconsistent: ${violations.length} row(s) point at rows that are not in it.`, 'json');
    progress?.('indexing', done, total);
    db.exec('DELETE FROM search_dirty');
    db.exec('INSERT INTO search_dirty (candidate_id) SELECT id FROM candidates');
    const indexed = await flushSearchIndexInChunks(db, { optimize: true });
    db.exec('COMMIT');
    progress?.('done', done, total);
    return { formatVersion: file.formatVersion, schemaVersion: file.schemaVersion, tables: counts, indexed };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
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
