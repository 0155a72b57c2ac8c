import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { ReadDb } from './database.js';

const caches = new WeakMap<ReadDb, Map<string, Statement>>();

/** Prepared once per connection: preparing costs more than running most of our statements. */
export function sql(db: ReadDb, text: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}
