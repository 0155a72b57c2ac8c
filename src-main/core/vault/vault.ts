import { existsSync, mkdirSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { VaultStatus } from '../../../src-shared/domain/vault.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import { openEncrypted, rekey, type WriteDb } from '../db/database.js';
import { migrate, schemaVersion } from '../db/migrate.js';
import {
  DEFAULT_SCRYPT,
  newDataKey,
  readKeyFile,
  serializeKeyFile,
  unwrapKey,
  wrapWithKeychain,
  wrapWithPassphrase,
  writeFileAtomic,
  type KeyFile,
  type KeyWrapper,
} from './keyfile.js';

export const DB_FILE = 'rapport.db';
export const KEY_FILE = 'vault.key';
/** Written before a rekey; promoted once the database carries the new key (crash-safe rekey). */
export const NEXT_KEY_FILE = 'vault.key.next';

export interface VaultOptions {
  dataDir: string;
  keyWrapper?: KeyWrapper | undefined;
  nativeBinding?: string | undefined;
  scrypt?: { N: number; r: number; p: number };
}

type Listener = (status: VaultStatus) => void;

/** How a worker thread opens its own connection to the vault's database. */
export interface WorkerConnection {
  file: string;
  key: Uint8Array;
  nativeBinding?: string;
}

/**
 * Owns the key lifecycle (Signal's pattern): a random 32-byte data key, only its wrapped form on disk,
 * the passphrase (or OS keychain) wraps it, the database never sees the passphrase.
 */
export class Vault {
  readonly dataDir: string;
  private readonly options: VaultOptions;
  private db: WriteDb | null = null;
  private keyFile: KeyFile | null = null;
  /**
   * A copy of the data key while unlocked, for the second connection a vault worker opens (bulk imports run
   * there so their commit never holds the main event loop). SQLCipher keeps the key in the open connection's
   * memory anyway; this copy lives exactly as long as that connection and is zeroed with it.
   */
  private dataKey: Buffer | null = null;
  private readonly listeners = new Set<Listener>();
  /** Serialises create/unlock/rekey: two of them interleaving could leave mismatched key files. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(options: VaultOptions) {
    this.options = options;
    this.dataDir = path.resolve(options.dataDir);
  }

  get dbPath(): string {
    return path.join(this.dataDir, DB_FILE);
  }
  get keyPath(): string {
    return path.join(this.dataDir, KEY_FILE);
  }
  private get nextKeyPath(): string {
    return path.join(this.dataDir, NEXT_KEY_FILE);
  }

  keychainAvailable(): boolean {
    return this.options.keyWrapper?.available() ?? false;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async status(): Promise<VaultStatus> {
    if (this.db) return this.describe('unlocked', this.keyFile);
    const file = await readKeyFile(this.keyPath);
    return this.describe(file ? 'locked' : 'absent', file);
  }

  /** The open database; every data handler goes through here, so a locked vault yields `locked`. */
  database(): WriteDb {
    if (!this.db) throw new CodedError('locked', 'The vault is locked. Unlock it first.');
    return this.db;
  }

  isUnlocked(): boolean {
    return this.db !== null;
  }

  create(input: { passphrase?: string | undefined; useKeychain?: boolean }): Promise<VaultStatus> {
    return this.serial(async () => {
      if (existsSync(this.keyPath)) throw new CodedError('vault_exists', `A vault already exists in ${this.dataDir}`);
      if (existsSync(this.dbPath)) {
        throw new CodedError('vault_exists', `A database exists in ${this.dataDir} but its key file is missing; nothing was changed`);
      }
      const key = newDataKey();
      const file = await this.wrap(key, input);
      mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
      const db = openEncrypted(this.dbPath, key, this.openOptions());
      try {
        migrate(db);
        // The key file lands last: without it the database is unreadable, so no half-made vault looks usable.
        await writeFileAtomic(this.keyPath, serializeKeyFile(file));
      } catch (error) {
        db.close();
        await removeDbFiles(this.dbPath);
        throw error;
      }
      this.holdKey(key);
      key.fill(0);
      this.db = db;
      this.keyFile = file;
      return this.changed();
    });
  }

  unlock(secret: { passphrase?: string | undefined }): Promise<VaultStatus> {
    return this.serial(async () => {
      if (this.db) return this.status();
      const file = await readKeyFile(this.keyPath);
      if (!file) throw new CodedError('vault_missing', `No vault in ${this.dataDir}. Create one first.`);
      const unwrapSecret = { passphrase: secret.passphrase, wrapper: this.options.keyWrapper };
      const key = await unwrapKey(file, unwrapSecret);
      let db: WriteDb;
      let current = file;
      let opened: Buffer = key;
      try {
        try {
          db = openEncrypted(this.dbPath, key, this.openOptions());
          // The main key works, so an interrupted rekey never reached the database: drop its leftover.
          await fs.rm(this.nextKeyPath, { force: true });
        } catch (error) {
          const next = await readKeyFile(this.nextKeyPath);
          if (!(error instanceof CodedError && error.code === 'wrong_passphrase') || !next) throw error;
          // A rekey finished in the database but not on disk: finish promoting the new key.
          opened = await unwrapKey(next, unwrapSecret);
          db = openEncrypted(this.dbPath, opened, this.openOptions());
          await fs.rename(this.nextKeyPath, this.keyPath);
          current = next;
        }
        try {
          migrate(db);
        } catch (error) {
          db.close();
          throw error;
        }
        this.holdKey(opened);
      } finally {
        key.fill(0);
        opened.fill(0);
      }
      this.db = db;
      this.keyFile = current;
      return this.changed();
    });
  }

  lock(): Promise<VaultStatus> {
    return this.serial(async () => {
      if (this.db) {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
        this.db.close();
        this.db = null;
      }
      this.holdKey(null);
      return this.changed();
    });
  }

  /** Re-wraps the same data key: the database file is not touched. */
  changePassphrase(current: string, next: string): Promise<VaultStatus> {
    return this.serial(async () => {
      const file = await readKeyFile(this.keyPath);
      if (!file) throw new CodedError('vault_missing', `No vault in ${this.dataDir}`);
      if (file.protection !== 'passphrase') {
        throw new CodedError('unsupported', 'This vault is protected by the OS keychain and has no passphrase');
      }
      const key = await unwrapKey(file, { passphrase: current });
      const rewrapped = await wrapWithPassphrase(key, next, this.options.scrypt ?? DEFAULT_SCRYPT);
      key.fill(0);
      await writeFileAtomic(this.keyPath, serializeKeyFile(rewrapped));
      this.keyFile = rewrapped;
      return this.changed();
    });
  }

  /** Replaces the data key itself and re-encrypts every page. Explicit and separate from a passphrase change. */
  rekeyDatabase(secret: { passphrase?: string | undefined }): Promise<VaultStatus> {
    return this.serial(async () => {
      const db = this.database();
      const file = await readKeyFile(this.keyPath);
      if (!file) throw new CodedError('vault_missing', `No vault in ${this.dataDir}`);
      // Proves the user holds the secret before the expensive, irreversible step.
      const oldKey = await unwrapKey(file, { passphrase: secret.passphrase, wrapper: this.options.keyWrapper });
      oldKey.fill(0);
      const key = newDataKey();
      const nextFile =
        file.protection === 'passphrase'
          ? await wrapWithPassphrase(key, secret.passphrase ?? '', this.options.scrypt ?? DEFAULT_SCRYPT)
          : wrapWithKeychain(key, this.requireWrapper());
      await writeFileAtomic(this.nextKeyPath, serializeKeyFile(nextFile));
      rekey(db, key);
      this.holdKey(key);
      key.fill(0);
      await fs.rename(this.nextKeyPath, this.keyPath);
      this.keyFile = nextFile;
      return this.changed();
    });
  }

  close(): void {
    if (this.db) {
      this.db.close();
      this.db = null;
    }
    this.holdKey(null);
  }

  /**
   * What a worker thread needs to open its own connection to the unlocked vault: the file, a fresh copy of the
   * key (the caller transfers it to the worker, which zeroes it once open) and the native binding.
   */
  workerConnection(): WorkerConnection {
    if (!this.db || !this.dataKey) throw new CodedError('locked', 'The vault is locked. Unlock it first.');
    return { file: this.dbPath, key: new Uint8Array(this.dataKey), ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}) };
  }

  private holdKey(key: Buffer | null): void {
    this.dataKey?.fill(0);
    this.dataKey = key ? Buffer.from(key) : null;
  }

  private async wrap(key: Buffer, input: { passphrase?: string | undefined; useKeychain?: boolean }): Promise<KeyFile> {
    if (input.useKeychain) return wrapWithKeychain(key, this.requireWrapper());
    if (input.passphrase === undefined) {
      throw new CodedError('invalid_input', 'Choose a passphrase (no OS keychain is available here)', 'passphrase');
    }
    return wrapWithPassphrase(key, input.passphrase, this.options.scrypt ?? DEFAULT_SCRYPT);
  }

  private requireWrapper(): KeyWrapper {
    const wrapper = this.options.keyWrapper;
    if (!wrapper?.available()) {
      throw new CodedError('unsupported', 'No OS keychain is available on this system; use a passphrase');
    }
    return wrapper;
  }

  private openOptions() {
    return this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {};
  }

  private describe(state: VaultStatus['state'], file: KeyFile | null): VaultStatus {
    return {
      state,
      protection: file?.protection ?? null,
      keychainAvailable: this.keychainAvailable(),
      dataDir: this.dataDir,
      schemaVersion: this.db ? schemaVersion(this.db) : null,
    };
  }

  private async changed(): Promise<VaultStatus> {
    const status = await this.status();
    for (const listener of this.listeners) listener(status);
    return status;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }
}

async function removeDbFiles(dbPath: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm'].map((suffix) => fs.rm(dbPath + suffix, { force: true })));
}
