import { CodedError } from '../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from './database.js';
import { migrations as allMigrations } from './migrations/index.js';
import type { Migration } from './migrations/types.js';

export const latestSchemaVersion = (list: readonly Migration[] = allMigrations): number =>
  list.length === 0 ? 0 : list[list.length - 1]!.version;

export const schemaVersion = (db: ReadDb): number => db.pragma('user_version', { simple: true }) as number;

function checkSequence(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration list is out of order: position ${i + 1} holds version ${m.version} (${m.name})`);
    }
  });
}

/**
 * Applies every pending migration in one transaction: either the vault reaches the latest version or
 * it stays exactly as it was.
 */
export function migrate(db: WriteDb, list: readonly Migration[] = allMigrations): { from: number; to: number } {
  checkSequence(list);
  const from = schemaVersion(db);
  const latest = latestSchemaVersion(list);
  if (from > latest) {
    throw new CodedError(
      'newer_version',
      `This vault was written by a newer version of Rapport (schema ${from}; this version knows up to ${latest}). ` +
        'Update Rapport to open it; nothing was changed.',
    );
  }
  if (from === latest) return { from, to: from };
  const pending = list.filter((m) => m.version > from);
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, to: latest };
}
