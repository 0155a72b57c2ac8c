import type { ReadDb, WriteDb } from '../database.js';
import { sql } from '../statements.js';

export function getSetting<T>(db: ReadDb, key: string, fallback: T): T {
  const row = sql(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function setSetting(db: WriteDb, key: string, value: unknown): void {
  sql(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}
