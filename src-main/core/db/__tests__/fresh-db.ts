import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { tempDir } from '../../../../test/helpers/tmp.js';
import { openEncrypted, type WriteDb } from '../database.js';

/**
 * A new, empty, unmigrated encrypted database for every test (random key, own temp folder), closed and removed
 * after it. Migration tests start from nothing and choose which migrations to run.
 */
export function freshDbEachTest(use: (db: WriteDb) => void): void {
  let tmp: ReturnType<typeof tempDir> | undefined;
  let db: WriteDb | undefined;
  beforeEach(() => {
    tmp = tempDir();
    db = openEncrypted(path.join(tmp.dir, 'm.db'), randomBytes(32));
    use(db);
  });
  afterEach(() => {
    db?.close();
    tmp?.cleanup();
  });
}
