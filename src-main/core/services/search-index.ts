import { isBusyError, type WriteDb } from '../db/database.js';
import { sql } from '../db/statements.js';
import { yieldToLoop } from '../ipc/ports.js';

/**
 * Keeps candidate_fts in step with the data. Triggers (migration 0002) record which candidates changed in
 * search_dirty; this module re-derives those candidates' documents. Every write service calls
 * flushSearchIndex() inside its own transaction, and search calls it before querying, so a write made by any
 * path (import, sample data, raw SQL) is searchable by the next query.
 */

/** Column order of candidate_fts; the weights live in the table's rank config (migration 0002). */
export const SEARCH_COLUMNS = ['name', 'title', 'company', 'skills', 'location', 'tags', 'source', 'notes', 'resume'] as const;
/** Columns with a spelled-out twin (migration 0009): `<column>_alt`, empty unless the text has ø æ ß ł …. */
export const FOLDED_COLUMNS = ['name', 'title', 'company', 'skills', 'location', 'tags'] as const;

/**
 * One search document per live candidate. Experience titles/companies come from the JSON arrays; languages
 * ride with skills and industries with company, so "german" or "fintech" find people too.
 */
const documentSelect = `
  SELECT c.id AS c0,
    c.display_name AS c1,
    concat_ws(' ', c.current_title, c.headline, c.desired_role,
      (SELECT group_concat(json_extract(e.value, '$.title'), ' ') FROM json_each(c.experience) e)) AS c2,
    concat_ws(' ', c.current_company,
      (SELECT group_concat(json_extract(e.value, '$.company'), ' ') FROM json_each(c.experience) e),
      (SELECT group_concat(i.value, ' ') FROM json_each(c.industries) i)) AS c3,
    concat_ws(' ', (SELECT group_concat(s.skill, ', ') FROM candidate_skills s WHERE s.candidate_id = c.id),
      (SELECT group_concat(l.value, ' ') FROM json_each(c.languages) l)) AS c4,
    concat_ws(' ', c.city, c.region, c.country, (SELECT n.names FROM country_names n WHERE n.code = c.country)) AS c5,
    (SELECT group_concat(t.tag, ' ') FROM candidate_tags t WHERE t.candidate_id = c.id) AS c6,
    c.source AS c7,
    concat_ws(' ', c.career_goals,
      (SELECT group_concat(concat_ws(' ', a.subject, a.body), ' ') FROM activities a WHERE a.candidate_id = c.id)) AS c8,
    (SELECT group_concat(x.text, ' ') FROM attachments x WHERE x.candidate_id = c.id AND x.text <> '') AS c9
  FROM candidates c`;

const insertDocuments = (where: string) =>
  `INSERT INTO candidate_fts (rowid, ${SEARCH_COLUMNS.join(', ')}, ${FOLDED_COLUMNS.map((c) => `${c}_alt`).join(', ')})
   SELECT d.*, ${FOLDED_COLUMNS.map((_, i) => `rapport_fold_alt(d.c${i + 1})`).join(', ')}
   FROM (${documentSelect}
         WHERE ${where} AND c.deleted_at IS NULL AND c.merged_into IS NULL) d`;

const hasDirty = (db: WriteDb): boolean =>
  (sql(db, 'SELECT EXISTS (SELECT 1 FROM search_dirty) AS dirty').get() as { dirty: number }).dirty === 1;

/** Re-derives up to `limit` dirty candidates (lowest ids first); returns how many it took. */
function flushBatch(db: WriteDb, limit: number): number {
  return db.transaction(() => {
    const bound = sql(db, 'SELECT max(candidate_id) AS last, count(*) AS n FROM (SELECT candidate_id FROM search_dirty ORDER BY candidate_id LIMIT ?)').get(
      limit,
    ) as { last: number | null; n: number };
    if (bound.last === null) return 0;
    sql(db, 'DELETE FROM candidate_fts WHERE rowid IN (SELECT candidate_id FROM search_dirty WHERE candidate_id <= ?)').run(bound.last);
    sql(db, insertDocuments('c.id IN (SELECT candidate_id FROM search_dirty WHERE candidate_id <= ?)')).run(bound.last);
    sql(db, 'DELETE FROM search_dirty WHERE candidate_id <= ?').run(bound.last);
    return bound.n;
  })();
}

/**
 * Brings the index up to date for every candidate changed since the last flush. Cheap when nothing is
 * dirty (one indexed EXISTS); joins the caller's transaction when there is one.
 */
export function flushSearchIndex(db: WriteDb): number {
  if (!hasDirty(db)) return 0;
  let total = 0;
  try {
    for (let n = flushBatch(db, 5000); n > 0; n = flushBatch(db, 5000)) total += n;
  } catch (error) {
    // A bulk job on the vault worker holds the write lock (its committed batches left rows to index): reads go
    // on with the index as it is, and the job indexes everything itself before it ends.
    if (!isBusyError(error)) throw error;
  }
  return total;
}

export interface BulkIndexOptions {
  /** Candidates per step; each step is one statement batch, then the event loop gets a turn. */
  chunkSize?: number;
  /** Merge the index segments afterwards: slower load, faster queries (worth it after a bulk load). */
  optimize?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The bulk-load ending (sample data, import): flushes every dirty candidate in chunks, yielding between
 * them so no single step holds the event loop for long. Runs inside the caller's transaction if any.
 */
export async function flushSearchIndexInChunks(db: WriteDb, options: BulkIndexOptions = {}): Promise<number> {
  const chunk = options.chunkSize ?? 2000;
  const total = (sql(db, 'SELECT count(*) AS n FROM search_dirty').get() as { n: number }).n;
  let done = 0;
  for (let n = flushBatch(db, chunk); n > 0; n = flushBatch(db, chunk)) {
    done += n;
    options.onProgress?.(done, total);
    await yieldToLoop();
  }
  if (options.optimize && done > 0) optimizeSearchIndex(db);
  return done;
}

/** Re-derives every candidate's document from scratch (repair tool; normal writes never need it). */
export async function rebuildSearchIndex(db: WriteDb, options: BulkIndexOptions = {}): Promise<number> {
  db.transaction(() => {
    sql(db, 'DELETE FROM candidate_fts').run();
    sql(db, 'INSERT OR IGNORE INTO search_dirty (candidate_id) SELECT id FROM candidates').run();
  })();
  return flushSearchIndexInChunks(db, { optimize: true, ...options });
}

export function optimizeSearchIndex(db: WriteDb): void {
  sql(db, `INSERT INTO candidate_fts (candidate_fts) VALUES ('optimize')`).run();
}

/** Index health for tests and diagnostics: rows indexed vs live candidates, and pending changes. */
export function searchIndexStats(db: WriteDb): { indexed: number; live: number; dirty: number } {
  return sql(
    db,
    `SELECT (SELECT count(*) FROM candidate_fts) AS indexed,
            (SELECT count(*) FROM candidates WHERE deleted_at IS NULL AND merged_into IS NULL) AS live,
            (SELECT count(*) FROM search_dirty) AS dirty`,
  ).get() as { indexed: number; live: number; dirty: number };
}
