import { encodeSearchSigns } from '../../../src-shared/domain/search-query.js';
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
 * ride with skills and industries with company, so "german" or "fintech" find people too. A title or company
 * is written once even when the headline, desired role or an experience entry repeats it (a headline that starts
 * with the title, "Data Engineer · Spark, dbt", keeps only the rest): a repeat would show twice in the result's
 * snippet ("Data Engineer Data Engineer") and count twice for the rank.
 */
const documentSelect = `
  SELECT c.id AS c0,
    c.display_name AS c1,
    concat_ws(' ', c.current_title,
      CASE
        WHEN c.current_title <> '' AND substr(lower(c.headline), 1, length(c.current_title)) = lower(c.current_title)
          THEN nullif(ltrim(substr(c.headline, length(c.current_title) + 1), ' ·|,-–—:@'), '')
        WHEN c.headline <> '' THEN c.headline
      END,
      CASE WHEN lower(c.desired_role) NOT IN (lower(c.current_title), lower(c.headline), '') THEN c.desired_role END,
      (SELECT group_concat(t.title, ' ') FROM (SELECT DISTINCT json_extract(e.value, '$.title') AS title FROM json_each(c.experience) e
        WHERE lower(json_extract(e.value, '$.title')) NOT IN (lower(c.current_title), lower(c.headline), lower(c.desired_role))) t)) AS c2,
    concat_ws(' ', c.current_company,
      (SELECT group_concat(k.company, ' ') FROM (SELECT DISTINCT json_extract(e.value, '$.company') AS company FROM json_each(c.experience) e
        WHERE lower(json_extract(e.value, '$.company')) <> lower(c.current_company)) k),
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

/** Every column with C# and C++ written as words of their own (encodeSearchSigns), the twins made from that. */
const insertDocuments = (where: string) =>
  `INSERT INTO candidate_fts (rowid, ${SEARCH_COLUMNS.join(', ')}, ${FOLDED_COLUMNS.map((c) => `${c}_alt`).join(', ')})
   SELECT e.*, ${FOLDED_COLUMNS.map((_, i) => `rapport_fold_alt(e.c${i + 1})`).join(', ')}
   FROM (SELECT d.c0, ${SEARCH_COLUMNS.map((_, i) => `rapport_search_signs(d.c${i + 1}) AS c${i + 1}`).join(', ')}
         FROM (${documentSelect}
               WHERE ${where} AND c.deleted_at IS NULL AND c.merged_into IS NULL) d) e`;

/** Connections that can build documents: rapport_search_signs is registered on first use (one per connection). */
const withSigns = new WeakSet<WriteDb>();
const registerSigns = (db: WriteDb): void => {
  if (withSigns.has(db)) return;
  db.function('rapport_search_signs', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? encodeSearchSigns(text) : text));
  withSigns.add(db);
};

const hasDirty = (db: WriteDb): boolean =>
  (sql(db, 'SELECT EXISTS (SELECT 1 FROM search_dirty) AS dirty').get() as { dirty: number }).dirty === 1;

/** Re-derives up to `limit` dirty candidates (lowest ids first); returns how many it took. */
function flushBatch(db: WriteDb, limit: number): number {
  registerSigns(db);
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

/** What a background pass's slice did: index, merge, checkpoint, switch merge settings, or run queued work (afterIndexed). */
export type SliceKind = 'index' | 'merge' | 'checkpoint' | 'settings' | 'after';

/** How an interactive host indexes a large backlog (see indexInBackground). */
export interface BackgroundIndexOptions {
  /** A flush with more pending candidates than this leaves them to the background run. */
  foregroundMax?: number;
  /** Candidates per slice (one transaction): about 0.35 ms each with resume text and activities. */
  chunkSize?: number;
  /** Pages per merge step (see MERGE_PAGES). */
  mergePages?: number;
  /** Told when a run stops on an error other than the vault being closed. */
  onError?: (error: unknown) => void;
  /** Each slice's kind and duration (the bench reports them against the 50 ms rule). */
  onSlice?: (kind: SliceKind, ms: number) => void;
}

interface Background {
  foregroundMax: number;
  chunkSize: number;
  mergePages: number;
  onError: (error: unknown) => void;
  onSlice: (kind: SliceKind, ms: number) => void;
  /** Pending when the running pass started (for progress); null when no pass runs. */
  run: { startedWith: number } | null;
  /** Work that needed the whole index, queued during the pass (see afterIndexed), run as it ends. */
  after: (() => void)[];
}
const backgrounds = new WeakMap<WriteDb, Background>();

/** The default foreground limit: about half a second of indexing in one go. */
export const FOREGROUND_FLUSH_MAX = 2000;
const BACKGROUND_CHUNK = 50;
/** While a bulk job on the vault worker holds the write lock, the background pass waits this long to retry. */
const BUSY_RETRY_MS = 500;

/** More pending than a foreground flush takes; counts at most foregroundMax + 1 rows of the queue. */
const overForegroundMax = (db: WriteDb, bg: Background): boolean =>
  (sql(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM search_dirty LIMIT ?)').get(bg.foregroundMax + 1) as { n: number }).n > bg.foregroundMax;

/**
 * For interactive hosts (the window must never freeze): a backlog larger than `foregroundMax` (a migration
 * that re-queues every candidate, say, which is ~25 s of work at 100k) is indexed in small slices between
 * event-loop turns instead of inside whichever search or save comes next. Meanwhile flushes return at once,
 * searches see the index as far as it got (searchIndexBacklog says how far), and what is written meanwhile
 * joins the same pass. Starts a pass now if the backlog is already large.
 */
export function indexInBackground(db: WriteDb, options: BackgroundIndexOptions = {}): void {
  // Called again (another unlock event on the same connection), it keeps the pass that may be running.
  const bg: Background = backgrounds.get(db) ?? {
    foregroundMax: FOREGROUND_FLUSH_MAX,
    chunkSize: BACKGROUND_CHUNK,
    mergePages: MERGE_PAGES,
    onError: () => undefined,
    onSlice: () => undefined,
    run: null,
    after: [],
  };
  bg.foregroundMax = options.foregroundMax ?? FOREGROUND_FLUSH_MAX;
  bg.chunkSize = options.chunkSize ?? BACKGROUND_CHUNK;
  bg.mergePages = options.mergePages ?? MERGE_PAGES;
  bg.onError = options.onError ?? (() => undefined);
  bg.onSlice = options.onSlice ?? (() => undefined);
  backgrounds.set(db, bg);
  if (overForegroundMax(db, bg) || mergesManually(db)) startPass(db, bg);
}

/**
 * Runs `work` once the index is complete: now, unless a background pass is indexing (then as the pass ends,
 * each in a slice of its own; dropped if the vault is locked first). For answers that a partial index would
 * leave incomplete, such as the likely duplicates of a candidate saved during the pass.
 */
export function afterIndexed(db: WriteDb, work: () => void): void {
  const bg = backgrounds.get(db);
  if (bg?.run) bg.after.push(work);
  else work();
}

/** While a background pass runs: how many candidates are still to index, of how many it started with. */
export function searchIndexBacklog(db: WriteDb): { pending: number; of: number } | null {
  const run = backgrounds.get(db)?.run;
  if (!run) return null;
  const pending = (sql(db, 'SELECT count(*) AS n FROM search_dirty').get() as { n: number }).n;
  return { pending, of: Math.max(pending, run.startedWith) };
}

/**
 * FTS5 merges index segments as part of each commit (automerge), and all at once when one level holds 16
 * of them (crisismerge): measured at 100k, a third of 50-candidate slices took over 50 ms that way, some 300 ms.
 * A background pass turns both off and merges in its own bounded steps instead ('merge' with a page budget),
 * then restores them. The settings live in the vault; a pass cut short (app closed) restores them next time.
 */
const MANUAL_MERGE = { automerge: 0, crisismerge: 1000 } as const;
const DEFAULT_MERGE = { automerge: 4, crisismerge: 16 } as const;
/** Pages one merge step may write (~4 KiB each): measured to stay well under the 50 ms a slice may take. */
const MERGE_PAGES = 50;

/** FTS5 takes these settings as integer literals only (a bound number arrives as a REAL and is refused). */
const setMerge = (db: WriteDb, values: { automerge: number; crisismerge: number }): void => {
  db.transaction(() => {
    sql(db, `INSERT INTO candidate_fts (candidate_fts, rank) VALUES ('automerge', ${Math.trunc(values.automerge)})`).run();
    sql(db, `INSERT INTO candidate_fts (candidate_fts, rank) VALUES ('crisismerge', ${Math.trunc(values.crisismerge)})`).run();
  })();
};
const mergesManually = (db: WriteDb): boolean =>
  (sql(db, `SELECT v FROM candidate_fts_config WHERE k = 'automerge'`).get() as { v: unknown } | undefined)?.v === MANUAL_MERGE.automerge;

/**
 * Where no background pass runs (the CLI): FTS5's own merging back on, if a pass was cut short (the app closed
 * mid-pass) and left it off. Segments would otherwise pile up with every save.
 */
export function restoreMergeSettings(db: WriteDb): void {
  if (mergesManually(db)) setMerge(db, DEFAULT_MERGE);
}

/** One bounded merge step; false once there was nothing left to merge (FTS5: fewer than 2 changes). */
function mergeStep(db: WriteDb, pages: number): boolean {
  const before = (sql(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
  sql(db, 'INSERT INTO candidate_fts (candidate_fts, rank) VALUES (\'merge\', ?)').run(pages);
  return (sql(db, 'SELECT total_changes() AS n').get() as { n: number }).n - before >= 2;
}

function startPass(db: WriteDb, bg: Background): void {
  if (bg.run) return;
  bg.run = { startedWith: (sql(db, 'SELECT count(*) AS n FROM search_dirty').get() as { n: number }).n };
  /** Runs one slice, waiting while a bulk job on the vault worker holds the write lock. */
  const slice = async <T>(kind: SliceKind, work: () => T): Promise<T> => {
    for (;;) {
      const started = performance.now();
      try {
        const done = work();
        bg.onSlice(kind, performance.now() - started);
        return done;
      } catch (error) {
        if (!isBusyError(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
      }
    }
  };
  // A small WAL checkpoint in a slice of its own, so the WAL never grows to the automatic checkpoint (1,000
  // pages, encrypted on the way: 50–100 ms inside whichever commit reaches it).
  const checkpoint = async () => {
    await slice('checkpoint', () => db.pragma('wal_checkpoint(PASSIVE)'));
    await yieldToLoop();
  };
  void (async () => {
    try {
      // Not inside the caller's transaction (a save that found the backlog): the pass commits slice by slice.
      await yieldToLoop();
      await slice('settings', () => setMerge(db, MANUAL_MERGE));
      while (db.open) {
        const n = await slice('index', () => flushBatch(db, bg.chunkSize));
        if (n === 0) break;
        await yieldToLoop();
        await slice('merge', () => mergeStep(db, bg.mergePages));
        await yieldToLoop();
        await checkpoint();
      }
      // The merges left once everything is indexed checkpoint as they go too: without, the automatic checkpoint
      // ran inside every 20th of these steps, which then took 40–110 ms instead of 5–20.
      while (db.open && (await slice('merge', () => mergeStep(db, bg.mergePages)))) {
        await yieldToLoop();
        await checkpoint();
      }
      if (db.open) await slice('settings', () => setMerge(db, DEFAULT_MERGE));
      // Still "running" meanwhile, so what is queued now joins this loop rather than racing it.
      for (let work = bg.after.shift(); work && db.open; work = bg.after.shift()) {
        await yieldToLoop();
        try {
          await slice('after', work);
        } catch (error) {
          if (db.open) bg.onError(error);
        }
      }
    } catch (error) {
      // The vault was locked under the pass: the next unlock starts another (or restoreMergeSettings runs).
      if (db.open) {
        bg.onError(error);
        try {
          setMerge(db, DEFAULT_MERGE);
        } catch {
          // Left to the next unlock.
        }
      }
    } finally {
      bg.run = null;
      bg.after = [];
    }
  })();
}

/**
 * Brings the index up to date for every candidate changed since the last flush. Cheap when nothing is
 * dirty (one indexed EXISTS); joins the caller's transaction when there is one. Where indexInBackground is
 * on, a large backlog is left to (or started as) the background pass instead.
 */
export function flushSearchIndex(db: WriteDb): number {
  if (!hasDirty(db)) return 0;
  const bg = backgrounds.get(db);
  if (bg && (bg.run || overForegroundMax(db, bg))) {
    startPass(db, bg);
    return 0;
  }
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
