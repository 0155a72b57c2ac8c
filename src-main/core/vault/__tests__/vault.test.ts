import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashTree, listFiles, tempDir } from '../../../../test/helpers/tmp.js';
import { insertCandidate } from '../../db/repositories/candidates.js';
import { latestSchemaVersion } from '../../db/migrate.js';
import { candidateInput } from '../../../../src-shared/domain/candidate.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { KeyWrapper } from '../keyfile.js';
import { Vault } from '../vault.js';

const PASS = 'correct horse battery staple';
let tmp: ReturnType<typeof tempDir>;
let vault: Vault;

beforeEach(() => {
  tmp = tempDir();
  vault = new Vault({ dataDir: path.join(tmp.dir, 'data') });
});
afterEach(() => {
  vault.close();
  tmp.cleanup();
});

const addCandidate = (v: Vault, email: string) =>
  insertCandidate(v.database(), candidateInput.parse({ firstName: 'Åsa', lastName: 'Lindqvist', emails: [{ address: email }] }), {
    at: new Date().toISOString(),
  });

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e instanceof CodedError ? e.code : `uncoded: ${String(e)}`;
  }
  return 'no error';
};

describe('vault lifecycle', () => {
  it('starts absent, creates an encrypted SQLCipher database and a wrapped key file', async () => {
    expect((await vault.status()).state).toBe('absent');
    const status = await vault.create({ passphrase: PASS });
    expect(status).toMatchObject({ state: 'unlocked', protection: 'passphrase', schemaVersion: latestSchemaVersion() });
    const header = readFileSync(vault.dbPath).subarray(0, 16).toString('latin1');
    expect(header).not.toBe('SQLite format 3\0');
    const keyFile = JSON.parse(readFileSync(vault.keyPath, 'utf8'));
    expect(keyFile).toMatchObject({ protection: 'passphrase', kdf: { name: 'scrypt' }, cipher: 'aes-256-gcm' });
    expect(Buffer.from(keyFile.wrapped, 'base64')).toHaveLength(32);
    expect(vault.database().pragma('journal_mode', { simple: true })).toBe('wal');
    expect(vault.database().pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('locks, then unlocks with the passphrase and keeps the data', async () => {
    await vault.create({ passphrase: PASS });
    addCandidate(vault, 'asa@example.org');
    await vault.lock();
    expect((await vault.status()).state).toBe('locked');
    expect(await codeOf(Promise.resolve().then(() => vault.database()))).toBe('locked');
    await vault.unlock({ passphrase: PASS });
    const n = vault.database().prepare('SELECT count(*) AS n FROM candidates').get() as { n: number };
    expect(n.n).toBe(1);
  });

  it('refuses a wrong passphrase with a clear error and changes no file', async () => {
    await vault.create({ passphrase: PASS });
    addCandidate(vault, 'asa@example.org');
    await vault.lock();
    const before = hashTree(vault.dataDir);
    await expect(vault.unlock({ passphrase: 'not the passphrase' })).rejects.toMatchObject({
      code: 'wrong_passphrase',
      message: expect.stringContaining('passphrase is not correct'),
    });
    expect(hashTree(vault.dataDir)).toEqual(before);
    expect((await vault.status()).state).toBe('locked');
  });

  it('refuses to create over an existing vault', async () => {
    await vault.create({ passphrase: PASS });
    expect(await codeOf(vault.create({ passphrase: PASS }))).toBe('vault_exists');
  });

  it('changing the passphrase re-wraps the key without touching the database', async () => {
    await vault.create({ passphrase: PASS });
    addCandidate(vault, 'asa@example.org');
    await vault.lock();
    const dbBefore = hashTree(vault.dataDir)['rapport.db'];
    await vault.changePassphrase(PASS, 'a brand new passphrase');
    expect(hashTree(vault.dataDir)['rapport.db']).toBe(dbBefore);
    expect(await codeOf(vault.unlock({ passphrase: PASS }))).toBe('wrong_passphrase');
    await vault.unlock({ passphrase: 'a brand new passphrase' });
    expect((vault.database().prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(1);
  });

  it('rekey replaces the data key: the old wrapped key no longer opens the database', async () => {
    await vault.create({ passphrase: PASS });
    addCandidate(vault, 'asa@example.org');
    const oldKeyFile = readFileSync(vault.keyPath, 'utf8');
    await vault.rekeyDatabase({ passphrase: PASS });
    expect(readFileSync(vault.keyPath, 'utf8')).not.toBe(oldKeyFile);
    await vault.lock();
    // Put the old key file back: its key must no longer decrypt the database.
    const { writeFileSync } = await import('node:fs');
    const newKeyFile = readFileSync(vault.keyPath, 'utf8');
    writeFileSync(vault.keyPath, oldKeyFile);
    expect(await codeOf(vault.unlock({ passphrase: PASS }))).toBe('wrong_passphrase');
    writeFileSync(vault.keyPath, newKeyFile);
    await vault.unlock({ passphrase: PASS });
    expect((vault.database().prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(1);
  });

  it('rekey with a wrong passphrase changes nothing', async () => {
    await vault.create({ passphrase: PASS });
    const before = readFileSync(vault.keyPath, 'utf8');
    expect(await codeOf(vault.rekeyDatabase({ passphrase: 'wrong wrong wrong' }))).toBe('wrong_passphrase');
    expect(readFileSync(vault.keyPath, 'utf8')).toBe(before);
  });

  it('finishes an interrupted rekey on the next unlock (database rekeyed, key file not yet promoted)', async () => {
    await vault.create({ passphrase: PASS });
    addCandidate(vault, 'asa@example.org');
    const oldKeyFile = readFileSync(vault.keyPath, 'utf8');
    await vault.rekeyDatabase({ passphrase: PASS });
    await vault.lock();
    const { renameSync, writeFileSync } = await import('node:fs');
    renameSync(vault.keyPath, `${vault.keyPath}.next`);
    writeFileSync(vault.keyPath, oldKeyFile);
    await vault.unlock({ passphrase: PASS });
    expect(listFiles(vault.dataDir).some((f) => f.endsWith('.next'))).toBe(false);
    expect((vault.database().prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(1);
  });

  it('no plaintext e-mail anywhere in the data directory', async () => {
    await vault.create({ passphrase: PASS });
    addCandidate(vault, 'unique.marker.7731@example.org');
    for (const file of listFiles(vault.dataDir)) {
      expect(readFileSync(file).includes('unique.marker.7731')).toBe(false);
    }
  });
});

describe('OS keychain protection', () => {
  // A reversible stand-in for safeStorage: what matters here is that the core stores only its output.
  const fakeKeychain = (available = true): KeyWrapper => ({
    name: 'test-keychain',
    available: () => available,
    wrap: (key) => Buffer.from(key.map((b) => b ^ 0x5a)),
    unwrap: (blob) => Buffer.from(blob.map((b) => b ^ 0x5a)),
  });

  it('creates and reopens without a passphrase', async () => {
    const v = new Vault({ dataDir: path.join(tmp.dir, 'kc'), keyWrapper: fakeKeychain() });
    expect((await v.status()).keychainAvailable).toBe(true);
    await v.create({ useKeychain: true });
    await v.lock();
    const status = await v.unlock({});
    expect(status).toMatchObject({ state: 'unlocked', protection: 'os-keychain' });
    v.close();
  });

  it('refuses keychain protection where no keychain is available', async () => {
    const v = new Vault({ dataDir: path.join(tmp.dir, 'kc2'), keyWrapper: fakeKeychain(false) });
    expect(await codeOf(v.create({ useKeychain: true }))).toBe('unsupported');
    expect(listFiles(tmp.dir).filter((f) => f.includes('kc2'))).toEqual([]);
  });
});
