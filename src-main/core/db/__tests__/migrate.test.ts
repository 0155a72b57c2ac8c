import { describe, expect, it } from 'vitest';
import { freshDbEachTest } from './fresh-db.js';
import type { WriteDb } from '../database.js';
import { latestSchemaVersion, migrate, schemaVersion } from '../migrate.js';
import { migrations } from '../migrations/index.js';
import type { Migration } from '../migrations/types.js';

let db: WriteDb;
freshDbEachTest((d) => (db = d));

const tables = (d: WriteDb) =>
  (d.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);

describe('migration runner', () => {
  it('numbers migrations 1..N with no gaps', () => {
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
  });

  it('brings an empty database to the latest version and is idempotent', () => {
    expect(migrate(db)).toEqual({ from: 0, to: latestSchemaVersion() });
    expect(schemaVersion(db)).toBe(latestSchemaVersion());
    expect(migrate(db)).toEqual({ from: latestSchemaVersion(), to: latestSchemaVersion() });
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    migrate(db);
    db.pragma(`user_version = ${latestSchemaVersion() + 5}`);
    const before = tables(db);
    expect(() => migrate(db)).toThrow(/newer version of Rapport/);
    expect(tables(db)).toEqual(before);
    expect(schemaVersion(db)).toBe(latestSchemaVersion() + 5);
  });

  it('applies all pending migrations in one transaction: a failing one rolls back the others', () => {
    const good: Migration = { version: 1, name: 'good', up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT') };
    const bad: Migration = { version: 2, name: 'bad', up: (d) => d.exec('CREATE TABLE b (x INTEGER) STRICT; SELECT * FROM missing_table') };
    expect(() => migrate(db, [good, bad])).toThrow();
    expect(tables(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(0);
  });

  it('rejects a migration list with a gap', () => {
    const list: Migration[] = [{ version: 1, name: 'a', up: () => undefined }, { version: 3, name: 'c', up: () => undefined }];
    expect(() => migrate(db, list)).toThrow(/out of order/);
  });
});
