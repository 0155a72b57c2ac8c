import {
  activeStageTypes,
  furthestRank,
  matchReplies,
  stageStays,
} from '../../../../src-shared/domain/kpi/calculations.js';
import type { StageType } from '../../../../src-shared/domain/job.js';
import type { ActivityRecord, ApplicationRecord, StageEntry } from '../../../../src-shared/domain/kpi/records.js';
import type { KpiSettings } from '../../../../src-shared/domain/kpi/settings.js';
import { addDays, dayOf, rangeOf } from '../../../../src-shared/domain/kpi/time.js';
import { isBusyError, type ReadDb, type WriteDb } from '../../db/database.js';
import { getSetting, setSetting } from '../../db/repositories/settings.js';
import { sql } from '../../db/statements.js';
import { yieldToLoop } from '../../ipc/ports.js';
import { loadActivities, loadCohort } from './records.js';
import { applicationScope, LIVE_CANDIDATE_SQL, SOURCE_SQL } from './scope.js';

// The per-day summaries of migration 0004: recomputed for the days the triggers marked, with the same pure
// functions (furthestRank, stageStays, matchReplies) the unit tests check, then summed by SQL per view.

const META_KEY = 'kpi.rollup';
/** Bumped when what a summary row means changes, so every summary is recomputed once. */
const ROLLUP_VERSION = 2;
/** Aim for chunks of this much synchronous work, so the event loop is never held long (rule: ~50 ms). */
const CHUNK_BUDGET_MS = 15;
/** Beyond this many dirty days a sequential pass over the whole table beats reading day by day. */
const FULL_REBUILD_DAYS = 45;

type Kind = 'pipeline' | 'activity';

interface Meta {
  version: number;
  replyWindowDays: number;
  /** A full rebuild was started (its day marks cleared) and has not finished: do it again. */
  full: Record<Kind, boolean>;
}

export interface RefreshProgress {
  done: number;
  total: number;
}

const inFlight = new WeakMap<ReadDb, Promise<'fresh' | 'stale'>>();

/**
 * Brings the summaries up to date; resolves 'stale' (and leaves them as they are) when another long job holds
 * a transaction open on the vault, since writing now would interleave with it. Concurrent callers share one run.
 */
export function refreshRollups(db: WriteDb, settings: KpiSettings, onProgress?: (p: RefreshProgress) => void): Promise<'fresh' | 'stale'> {
  const running = inFlight.get(db);
  if (running) return running;
  const run = doRefresh(db, settings, onProgress)
    // A bulk job on the vault worker holds the write lock: show the summaries as they are, like a long job here.
    .catch((error: unknown) => (isBusyError(error) ? ('stale' as const) : Promise.reject(error)))
    .finally(() => inFlight.delete(db));
  inFlight.set(db, run);
  return run;
}

export function pendingRollupDays(db: ReadDb): number {
  return (sql(db, 'SELECT count(*) AS n FROM kpi_dirty_days').get() as { n: number }).n;
}

/** Sorted days → runs of consecutive days. */
function runsOf(days: readonly string[]): [string, string][] {
  const runs: [string, string][] = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last && addDays(last[1], 1) === d) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}

/** For loops over many small items: true (time to yield) once CHUNK_BUDGET_MS has passed since the last yield. */
function ticker(): () => boolean {
  let since = performance.now();
  let n = 0;
  return () => {
    if ((++n & 63) !== 0) return false;
    const now = performance.now();
    if (now - since < CHUNK_BUDGET_MS) return false;
    since = now;
    return true;
  };
}

/** Sizes chunks of work so each takes about CHUNK_BUDGET_MS, and yields between them. */
class Pacer {
  size: number;
  constructor(
    initial: number,
    private readonly min: number,
    private readonly max: number,
  ) {
    this.size = initial;
  }
  async after(units: number, ms: number): Promise<void> {
    const ideal = Math.round((units * CHUNK_BUDGET_MS) / Math.max(ms, 0.5));
    // At most double per step: a chunk served from cached pages says little about the next one, which may have
    // to read and decrypt every page (one unbounded jump made a 380 ms stall at 100k candidates).
    this.size = Math.max(this.min, Math.min(this.max, this.size * 2, ideal));
    await yieldToLoop();
  }
}

async function doRefresh(db: WriteDb, settings: KpiSettings, onProgress?: (p: RefreshProgress) => void): Promise<'fresh' | 'stale'> {
  if (db.inTransaction) return 'stale';
  const window = settings.engagement.replyWindowDays;
  const stored = getSetting<Partial<Meta> | null>(db, META_KEY, null);
  const meta: Meta = {
    version: ROLLUP_VERSION,
    replyWindowDays: window,
    full: {
      pipeline: !stored || stored.version !== ROLLUP_VERSION || Boolean(stored.full?.pipeline),
      activity: !stored || stored.version !== ROLLUP_VERSION || stored.replyWindowDays !== window || Boolean(stored.full?.activity),
    },
  };
  const dirty = sql(db, 'SELECT kind, day FROM kpi_dirty_days ORDER BY kind, day').raw().all() as [Kind, string][];
  const pipelineDirty = dirty.filter(([k]) => k === 'pipeline').map(([, d]) => d);
  // The triggers already marked the earlier days an inbound touch may answer (migration 0004).
  const activityDirty = dirty.filter(([k]) => k === 'activity').map(([, d]) => d);
  if (pipelineDirty.length > FULL_REBUILD_DAYS) meta.full.pipeline = true;
  if (activityDirty.length > FULL_REBUILD_DAYS) meta.full.activity = true;
  if (!meta.full.pipeline && !meta.full.activity && dirty.length === 0 && stored) return 'fresh';

  // Progress in steps: a day for incremental work, a chunk for a full pass (estimated up front).
  const fullSteps = (kind: Kind) => (meta.full[kind] ? 1 + Math.ceil(maxRowid(db, kind === 'pipeline' ? 'applications' : 'activities') / 20_000) : 0);
  const total =
    (meta.full.pipeline ? fullSteps('pipeline') : pipelineDirty.length) + (meta.full.activity ? fullSteps('activity') : activityDirty.length);
  let done = 0;
  const step = (n: number) => {
    done = Math.min(total, done + n);
    onProgress?.({ done, total });
  };
  onProgress?.({ done, total });

  for (const kind of ['pipeline', 'activity'] as const) {
    if (db.inTransaction) return 'stale';
    if (meta.full[kind]) {
      // Clear the day marks and record that a full pass is under way in one transaction: a crash mid-pass
      // leaves `full` set and the next refresh starts over; writes during the pass mark days again.
      db.transaction(() => {
        sql(db, 'DELETE FROM kpi_dirty_days WHERE kind = ?').run(kind);
        setSetting(db, META_KEY, meta);
      })();
      const ok = kind === 'pipeline' ? await fullPipeline(db, step) : await fullActivity(db, window, step);
      if (!ok) return 'stale';
      meta.full[kind] = false;
      if (db.inTransaction) return 'stale';
      db.transaction(() => setSetting(db, META_KEY, meta))();
      continue;
    }
    const pacer = new Pacer(7, 1, 31);
    for (const [first, last] of runsOf(kind === 'pipeline' ? pipelineDirty : activityDirty)) {
      let from = first;
      while (from <= last) {
        if (db.inTransaction) return 'stale';
        let to = addDays(from, pacer.size - 1);
        if (to > last) to = last;
        const started = performance.now();
        if (kind === 'pipeline') rebuildPipeline(db, from, to);
        else rebuildActivity(db, from, to, window);
        const n = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
        step(n);
        from = addDays(to, 1);
        await pacer.after(n, performance.now() - started);
      }
    }
  }
  if (db.inTransaction) return 'stale';
  if (!stored || stored.version !== ROLLUP_VERSION || stored.replyWindowDays !== window) db.transaction(() => setSetting(db, META_KEY, meta))();
  return 'fresh';
}

const maxRowid = (db: ReadDb, table: 'applications' | 'activities' | 'stage_history' | 'candidates' | 'job_stages'): number =>
  (db.prepare(`SELECT coalesce(max(rowid), 0) AS n FROM ${table}`).get() as { n: number }).n;

/** Reads a table in rowid order, a chunk per event-loop turn (sequential pages: far cheaper than by date). */
async function scan<T extends unknown[]>(
  db: WriteDb,
  query: string,
  table: Parameters<typeof maxRowid>[1],
  each: (row: T) => void,
  onChunk?: (rows: number) => void,
): Promise<boolean> {
  const last = maxRowid(db, table);
  const pacer = new Pacer(1_000, 500, 50_000);
  const statement = sql(db, query).raw();
  let after = 0;
  while (after < last) {
    if (db.inTransaction) return false;
    const started = performance.now();
    const to = Math.min(last, after + pacer.size);
    const rows = statement.all(after, to) as T[];
    for (const r of rows) each(r);
    onChunk?.(to - after);
    const n = to - after;
    after = to;
    await pacer.after(n, performance.now() - started);
  }
  return true;
}

/** Live candidates' sources (covering index, id order). */
async function candidateSources(db: WriteDb): Promise<Map<number, string> | null> {
  const sources = new Map<number, string>();
  const ok = await scan<[number, string]>(
    db,
    `SELECT id, ${SOURCE_SQL} FROM candidates c INDEXED BY candidates_kpi WHERE id > ? AND id <= ? AND ${LIVE_CANDIDATE_SQL}`,
    'candidates',
    ([id, source]) => sources.set(id, source),
  );
  return ok ? sources : null;
}

/**
 * Replaces a summary table in chunks of rows, a transaction each with a turn of the event loop between them.
 * Dashboard reads wait for the refresh they share, so none sees the table half-written; a crash leaves the
 * `full` flag set and the next refresh starts over.
 */
async function replaceAll(db: WriteDb, table: 'kpi_pipeline_daily' | 'kpi_activity_daily', insertSql: string, rows: Iterable<unknown[]>): Promise<boolean> {
  if (db.inTransaction) return false;
  db.transaction(() => sql(db, `DELETE FROM ${table}`).run())();
  const insert = sql(db, insertSql);
  const pending = [...rows];
  const pacer = new Pacer(1_000, 500, 50_000);
  for (let i = 0; i < pending.length; ) {
    if (db.inTransaction) return false;
    const started = performance.now();
    const chunk = pending.slice(i, i + pacer.size);
    db.transaction(() => {
      for (const row of chunk) insert.run(row);
    })();
    i += chunk.length;
    await pacer.after(chunk.length, performance.now() - started);
  }
  return true;
}

interface LiteApp {
  rec: ApplicationRecord & { stages: StageEntry[] };
}

/** Every application and its stage history, read sequentially, summarised per day. */
async function fullPipeline(db: WriteDb, step: (n: number) => void): Promise<boolean> {
  const sources = await candidateSources(db);
  if (!sources) return false;
  const owners = new Map((sql(db, 'SELECT id, owner_id FROM jobs').raw().all() as [number, number | null][]).map(([id, o]) => [id, o] as const));
  const stageTypes = new Map<number, StageType>();
  if (!(await scan<[number, StageType]>(db, 'SELECT id, type FROM job_stages WHERE id > ? AND id <= ?', 'job_stages', ([id, type]) => stageTypes.set(id, type)))) return false;
  const apps = new Map<number, LiteApp>();
  const ok = await scan<[number, number, number, string, string | null, string | null, string, string]>(
    db,
    `SELECT id, candidate_id, job_id, created_at, offer_extended_at, offer_accepted_at, status, stage_entered_at FROM applications WHERE id > ? AND id <= ?`,
    'applications',
    ([id, candidateId, jobId, createdAt, extended, accepted, status, stageEntered]) => {
      const source = sources.get(candidateId);
      if (source === undefined) return;
      apps.set(id, {
        rec: {
          id,
          candidateId,
          jobId,
          enteredAt: createdAt,
          candidateCreatedAt: createdAt,
          source,
          recruiterId: owners.get(jobId) ?? null,
          offerExtendedAt: extended,
          offerAcceptedAt: accepted,
          offerDeclinedAt: null,
          hiredAt: accepted ?? (status === 'hired' ? stageEntered : null),
          placementFee: null,
          currency: '',
          stages: [],
        },
      });
    },
    (n) => step(n / 20_000 / 2),
  );
  if (!ok) return false;
  const okHistory = await scan<[number, number, string]>(
    db,
    'SELECT application_id, to_stage_id, moved_at FROM stage_history WHERE id > ? AND id <= ?',
    'stage_history',
    ([appId, stageId, at]) => {
      const type = stageTypes.get(stageId);
      if (type) apps.get(appId)?.rec.stages.push({ type, at });
    },
  );
  if (!okHistory) return false;
  const rows = new Map<string, (string | number)[]>();
  const due = ticker();
  let n = 0;
  for (const { rec } of apps.values()) {
    addPipeline(rows, rec);
    if (++n % 20_000 === 0) step(0.5);
    if (due()) await yieldToLoop();
  }
  if (!(await replaceAll(db, 'kpi_pipeline_daily', PIPELINE_INSERT, rows.values()))) return false;
  step(1);
  return true;
}

/** Every candidate touch, read sequentially, grouped per candidate for the reply matching, summarised per day. */
async function fullActivity(db: WriteDb, window: number, step: (n: number) => void): Promise<boolean> {
  const sources = await candidateSources(db);
  if (!sources) return false;
  const byCandidate = new Map<number, ActivityRecord[]>();
  const ok = await scan<[number, number | null, number | null, ActivityRecord['direction'], string]>(
    db,
    `SELECT id, candidate_id, recruiter_id, direction, occurred_at FROM activities WHERE id > ? AND id <= ? AND candidate_id IS NOT NULL AND direction != 'internal'`,
    'activities',
    ([id, candidateId, recruiterId, direction, occurredAt]) => {
      const source = sources.get(candidateId!);
      if (source === undefined) return;
      let list = byCandidate.get(candidateId!);
      if (!list) byCandidate.set(candidateId!, (list = []));
      list.push({ id, candidateId: candidateId!, recruiterId, direction, occurredAt, source });
    },
    (n) => step(n / 20_000),
  );
  if (!ok) return false;
  const rows = new Map<string, ActivityRow>();
  const due = ticker();
  for (const list of byCandidate.values()) {
    addActivities(rows, list, window, null);
    if (due()) await yieldToLoop();
  }
  if (!(await replaceAll(db, 'kpi_activity_daily', ACTIVITY_INSERT, rows.values()))) return false;
  step(1);
  return true;
}

const PIPELINE_INSERT = `INSERT INTO kpi_pipeline_daily (day, recruiter_id, source, rank0, rank1, rank2, rank3, rank4,
  sourced_stays, sourced_days, screening_stays, screening_days, interview_stays, interview_days, offer_stays, offer_days)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Adds one application to the per-(day, recruiter, source) pipeline rows. */
function addPipeline(rows: Map<string, (string | number)[]>, a: ApplicationRecord): void {
  const recruiter = a.recruiterId ?? 0;
  const day = dayOf(a.enteredAt);
  const key = `${day}\u0000${recruiter}\u0000${a.source}`;
  let row = rows.get(key);
  if (!row) rows.set(key, (row = [day, recruiter, a.source, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  (row[3 + furthestRank(a)] as number)++;
  for (const stay of stageStays(a)) {
    const at = 8 + activeStageTypes.indexOf(stay.type) * 2;
    (row[at] as number)++;
    (row[at + 1] as number) += stay.days;
  }
}

/** Recomputes the pipeline summary of days [from, to] in one transaction. */
function rebuildPipeline(db: WriteDb, from: string, to: string): void {
  const apps = loadCohort(db, rangeOf(from, to), applicationScope(noFilter, null));
  const rows = new Map<string, (string | number)[]>();
  for (const a of apps) addPipeline(rows, a);
  db.transaction(() => {
    sql(db, 'DELETE FROM kpi_pipeline_daily WHERE day >= ? AND day <= ?').run(from, to);
    const insert = sql(db, PIPELINE_INSERT);
    for (const row of rows.values()) insert.run(row);
    sql(db, `DELETE FROM kpi_dirty_days WHERE kind = 'pipeline' AND day >= ? AND day <= ?`).run(from, to);
  })();
}

const ACTIVITY_INSERT = `INSERT INTO kpi_activity_daily (day, recruiter_id, source, outbound, inbound, replied, reply_hours) VALUES (?, ?, ?, ?, ?, ?, ?)`;
type ActivityRow = [string, number, string, number, number, number, number];

/**
 * Adds touches to the per-(day, recruiter, source) rows: inbound and outbound counts, and for each outbound
 * touch whether it was answered within the window. `before`: only touches before this instant are counted
 * (the rest were read only as possible replies).
 */
function addActivities(rows: Map<string, ActivityRow>, activities: readonly ActivityRecord[], window: number, before: string | null): void {
  const rowFor = (a: ActivityRecord) => {
    const day = dayOf(a.occurredAt);
    const recruiter = a.recruiterId ?? 0;
    const key = `${day}\u0000${recruiter}\u0000${a.source}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = [day, recruiter, a.source, 0, 0, 0, 0]));
    return row;
  };
  for (const a of activities) {
    if (a.direction !== 'inbound' || (before !== null && a.occurredAt >= before)) continue;
    rowFor(a)[4]++;
  }
  for (const o of matchReplies(activities, window)) {
    if (before !== null && o.activity.occurredAt >= before) continue;
    const row = rowFor(o.activity);
    row[3]++;
    if (o.replyHours !== null) {
      row[5]++;
      row[6] += o.replyHours;
    }
  }
}

/** Recomputes the touch summary of days [from, to]; replies are read up to `window` days past `to`. */
function rebuildActivity(db: WriteDb, from: string, to: string, window: number): void {
  const range = rangeOf(from, to);
  const activities = loadActivities(db, range, rangeOf(from, addDays(to, window)).end, { jobIds: null, candidateIds: null, source: null });
  const rows = new Map<string, ActivityRow>();
  addActivities(rows, activities, window, range.end);
  db.transaction(() => {
    sql(db, 'DELETE FROM kpi_activity_daily WHERE day >= ? AND day <= ?').run(from, to);
    const insert = sql(db, ACTIVITY_INSERT);
    for (const row of rows.values()) insert.run(row);
    sql(db, `DELETE FROM kpi_dirty_days WHERE kind = 'activity' AND day >= ? AND day <= ?`).run(from, to);
  })();
}

const noFilter = { from: '', to: '', clientId: null, jobId: null, recruiterId: null, source: null, segmentId: null };

export interface PipelineDay {
  day: string;
  ranks: [number, number, number, number, number];
  stays: Record<(typeof activeStageTypes)[number], { stays: number; days: number }>;
}

/** Summary rows per day in [from, to] for the recruiter/source filter. */
export function pipelineDays(db: ReadDb, from: string, to: string, recruiterId: number | null, source: string | null): PipelineDay[] {
  const rows = sql(
    db,
    `SELECT day, sum(rank0), sum(rank1), sum(rank2), sum(rank3), sum(rank4), sum(sourced_stays), sum(sourced_days),
       sum(screening_stays), sum(screening_days), sum(interview_stays), sum(interview_days), sum(offer_stays), sum(offer_days)
     FROM kpi_pipeline_daily
     WHERE day >= @from AND day <= @to AND (@recruiter IS NULL OR recruiter_id = @recruiter) AND (@source IS NULL OR source = @source)
     GROUP BY day ORDER BY day`,
  )
    .raw()
    .all({ from, to, recruiter: recruiterId, source }) as number[][];
  return rows.map((r) => ({
    day: r[0] as unknown as string,
    ranks: [r[1]!, r[2]!, r[3]!, r[4]!, r[5]!],
    stays: {
      sourced: { stays: r[6]!, days: r[7]! },
      screening: { stays: r[8]!, days: r[9]! },
      interview: { stays: r[10]!, days: r[11]! },
      offer: { stays: r[12]!, days: r[13]! },
    },
  }));
}

export interface ActivityTotals {
  recruiterId: number;
  outbound: number;
  inbound: number;
  replied: number;
  replyHours: number;
}

/** Touch totals per recruiter (0: none recorded) over [from, to] for the recruiter/source filter. */
export function activityTotals(db: ReadDb, from: string, to: string, recruiterId: number | null, source: string | null): ActivityTotals[] {
  return (
    sql(
      db,
      `SELECT recruiter_id, sum(outbound), sum(inbound), sum(replied), sum(reply_hours)
       FROM kpi_activity_daily
       WHERE day >= @from AND day <= @to AND (@recruiter IS NULL OR recruiter_id = @recruiter) AND (@source IS NULL OR source = @source)
       GROUP BY recruiter_id`,
    )
      .raw()
      .all({ from, to, recruiter: recruiterId, source }) as number[][]
  ).map((r) => ({ recruiterId: r[0]!, outbound: r[1]!, inbound: r[2]!, replied: r[3]!, replyHours: r[4]! }));
}
