import { CodedError } from '../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../db/database.js';
import { audit } from '../db/repositories/audit.js';
import { sql } from '../db/statements.js';

/** Who writes and when: every service write carries it into the audit log and the timestamps. */
export interface WriteContext {
  at: string;
  actor: string;
}

export function recordAudit(
  db: WriteDb,
  w: WriteContext,
  entity: string,
  entityId: number | null,
  action: string,
  before?: unknown,
  after?: unknown,
): void {
  audit(db, { at: w.at, actor: w.actor, entity, entityId, action, before, after });
}

/** Tables referenced by id from requests; the names are fixed here, never taken from input. */
const referenceTables = {
  recruiter: 'recruiters',
  client: 'clients',
  contact: 'contacts',
  job: 'jobs',
  application: 'applications',
  candidate: 'candidates',
} as const;

/**
 * Checks a referenced id exists before writing, so a bad id is a clear `not_found` naming the field instead of
 * a foreign-key failure surfacing as `internal`.
 */
export function requireRow(db: ReadDb, kind: keyof typeof referenceTables, id: number | null | undefined, field: string): void {
  if (id === null || id === undefined) return;
  const found = sql(db, `SELECT 1 AS ok FROM ${referenceTables[kind]} WHERE id = ?`).get(id);
  if (!found) throw new CodedError('not_found', `No ${kind} with id ${id}`, field);
}

/** The refusal for a guarded UPDATE that matched nothing: the row is gone, or someone else changed it first. */
export function staleOrMissing(db: ReadDb, kind: Exclude<keyof typeof referenceTables, 'recruiter'>, id: number, version: number): CodedError {
  const row = sql(db, `SELECT version FROM ${referenceTables[kind]} WHERE id = ?`).get(id) as { version: number } | undefined;
  if (!row) return new CodedError('not_found', `No ${kind} with id ${id}`);
  return new CodedError(
    'conflict',
    `This ${kind} was changed by someone else (it is now at version ${row.version}; you edited version ${version}). ` +
      'Reload it and apply your change again.',
    'version',
  );
}

/** Runs `fn` in a transaction (a savepoint when already inside one): all of it is written or none. */
export const inTransaction = <T>(db: WriteDb, fn: () => T): T => db.transaction(fn)();
