import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { SegmentEnv } from '../../../../src-shared/domain/segments/dates.js';
import type { SegmentDefinition } from '../../../../src-shared/domain/segments/ast.js';
import type { ReadDb, WriteDb } from '../../db/database.js';
import { flushSearchIndex } from '../search-index.js';
import { skillSynonyms } from '../search.js';
import { compileSegment, type CompiledSegment } from './compile.js';
import { q, type Fragment } from './sql.js';

/**
 * Runs compiled segments. Statement text depends only on a segment's shape, so a small LRU of prepared
 * statements per connection serves a live builder (one shape per edit) without growing without bound.
 */
const CACHE_LIMIT = 128;
const caches = new WeakMap<ReadDb, Map<string, Statement>>();

function prepared(db: ReadDb, text: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(text);
  if (statement) {
    // Re-insert: Map keeps insertion order, so the first key is the least recently used.
    cache.delete(text);
  } else {
    statement = db.prepare(text);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  }
  cache.set(text, statement);
  return statement;
}

const run = (db: ReadDb, f: Fragment) => prepared(db, f.text);

/** Any other statement built on a compiled segment (its text varies with the segment's shape). */
export const allRows = <T>(db: ReadDb, f: Fragment): T[] => run(db, f).all(...f.params) as T[];

/**
 * Compiles and makes sure a text condition sees every write so far (the search index is flushed lazily). A
 * `skill:` term in a text condition also matches the skill's other names, as in Search (unless `env` says otherwise).
 */
export function prepareSegment(db: WriteDb, definition: SegmentDefinition, env: SegmentEnv): CompiledSegment {
  const compiled = compileSegment(definition, { skillSynonyms, ...env });
  if (compiled.usesSearch) flushSearchIndex(db);
  return compiled;
}

export function countMembers(db: ReadDb, compiled: CompiledSegment): number {
  const f = q`SELECT count(*) AS n FROM candidates c WHERE ${compiled.where}`;
  return (run(db, f).get(...f.params) as { n: number }).n;
}

export interface MemberRow {
  id: number;
  displayName: string;
  currentTitle: string;
  currentCompany: string;
  city: string;
  region: string;
  country: string;
}

const MEMBER_COLUMNS = q`c.id, c.display_name AS displayName, c.current_title AS currentTitle, c.current_company AS currentCompany,
  c.city, c.region, c.country`;

/**
 * A page of members, newest candidates first. Two steps in one statement: the page's ids from the compiled
 * query (answered from indexes), then only those rows read for display — a large segment never has its
 * wide rows read just to be sorted.
 */
export function memberPage(db: ReadDb, compiled: CompiledSegment, limit: number, offset: number): MemberRow[] {
  const f = q`SELECT ${MEMBER_COLUMNS} FROM candidates c
    WHERE c.id IN (SELECT c.id FROM candidates c WHERE ${compiled.where} ORDER BY c.id DESC LIMIT ${limit} OFFSET ${offset})
    ORDER BY c.id DESC`;
  return run(db, f).all(...f.params) as MemberRow[];
}

/** Every member id, ascending. */
export function memberIds(db: ReadDb, compiled: CompiledSegment): number[] {
  const f = q`SELECT c.id FROM candidates c WHERE ${compiled.where} ORDER BY c.id`;
  return (run(db, f).pluck().all(...f.params) as number[]);
}

/** Members grouped by one candidate column (for distributions), largest groups first. */
export function memberDistribution(
  db: ReadDb,
  compiled: CompiledSegment,
  column: 'seniority' | 'country' | 'source' | 'city',
  limit: number,
): { value: string; count: number }[] {
  const col = { seniority: q`coalesce(c.seniority, '')`, country: q`c.country`, source: q`c.source`, city: q`c.city` }[column];
  const f = q`SELECT ${col} AS value, count(*) AS count FROM candidates c WHERE ${compiled.where} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit}`;
  return run(db, f).all(...f.params) as { value: string; count: number }[];
}

/** For a statement reused in a loop: the compiled WHERE wrapped as an IN-list of member ids. */
export function membersSubquery(compiled: CompiledSegment): Fragment {
  return q`(SELECT c.id FROM candidates c WHERE ${compiled.where})`;
}
