import Database from 'better-sqlite3-multiple-ciphers';
import { CodedError } from '../../../src-shared/ipc/result.js';
import { foldLetters, hasFoldableLetters } from '../../../src-shared/domain/search-query.js';

/** One connection, branded twice: code that only reads takes a ReadDb and cannot call write helpers. */
export type Sqlite = Database.Database;
declare const readBrand: unique symbol;
declare const writeBrand: unique symbol;
export type ReadDb = Sqlite & { readonly [readBrand]: true };
export type WriteDb = ReadDb & { readonly [writeBrand]: true };

/**
 * 128 MiB page cache. Under SQLCipher every cache miss costs a page decryption. The bench's cache-size
 * suite (2 / 16 / 64 / 128 MiB on the same data) measured at 100k candidates: read-mix mean 938 / 905 /
 * 480 / 187 ms, encrypted ÷ plain ×3.5 / ×3.1 / ×2.1 / ×1.0; at 10k, 16 MiB and up are within noise.
 * SQLite allocates cache pages only as they are used, so small vaults do not pay for the ceiling.
 */
export const CACHE_SIZE_KIB = 131_072;

export interface OpenOptions {
  /** Path to an ABI-specific better_sqlite3.node (the Electron host keeps its own build). */
  nativeBinding?: string;
  readonly?: boolean;
  cacheSizeKiB?: number;
}

const keyPragma = (key: Buffer): string => {
  if (key.length !== 32) throw new CodedError('internal', 'The data key must be 32 bytes');
  // A raw key: SQLCipher skips its per-open PBKDF2.
  return `key="x'${key.toString('hex')}'"`;
};

/** Opens (or creates) an encrypted SQLCipher 4 database and proves the key with a read. */
export function openEncrypted(file: string, key: Buffer, options: OpenOptions = {}): WriteDb {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(keyPragma(key));
    verifyReadable(db);
    tune(db, options);
  } catch (error) {
    db.close();
    throw error;
  }
  return db as WriteDb;
}

/** Unencrypted open: only for benchmarks that compare against plain SQLite. */
export function openPlain(file: string, options: OpenOptions = {}): WriteDb {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  tune(db, options);
  return db as WriteDb;
}

function verifyReadable(db: Sqlite): void {
  try {
    // PRAGMA key never fails; the first real read does.
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') {
      throw new CodedError('wrong_passphrase', 'The database could not be decrypted with this key');
    }
    throw error;
  }
}

function tune(db: Sqlite, options: OpenOptions): void {
  // The search index's spelled-out twins (migration 0009): '' when the text has nothing to spell out.
  db.function('rapport_fold_alt', { deterministic: true }, (text: unknown) => (typeof text === 'string' && hasFoldableLetters(text) ? foldLetters(text) : ''));
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${options.cacheSizeKiB ?? CACHE_SIZE_KIB}`);
}

/** Replaces the data key in place (SQLCipher rekey); the caller persists the new wrapped key first. */
export function rekey(db: WriteDb, newKey: Buffer): void {
  // rekey does not support WAL mode; switch to a rollback journal for the rewrite.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma(`re${keyPragma(newKey)}`);
  db.pragma('journal_mode = WAL');
}

export function sqliteVersions(db: ReadDb): { sqlite: string; cipher: string } {
  const row = db.prepare('SELECT sqlite_version() AS sqlite, sqlite3mc_version() AS cipher').get() as {
    sqlite: string;
    cipher: string;
  };
  return row;
}

/**
 * SQLITE_BUSY and its extended codes: another connection (the vault worker's bulk job) holds the write lock.
 * The main connection does not wait for it (VaultWorkers sets busy_timeout 0 meanwhile).
 */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
