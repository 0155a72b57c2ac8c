import type { StageType } from '../../../../src-shared/domain/job.js';
import type { ActivityRecord, ApplicationRecord, JobRecord, JobStatusChange, SurveyResponse } from '../../../../src-shared/domain/kpi/records.js';
import type { Range } from '../../../../src-shared/domain/kpi/time.js';
import type { JobStatus } from '../../../../src-shared/domain/job.js';
import type { ReadDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import { CANDIDATE_JOIN, HIRED_AT_SQL, LIVE_CANDIDATE_SQL, SOURCE_SQL, type Scope } from './scope.js';

// SQL → the plain records the pure KPI functions take. Each query reads only the rows a period needs, through
// the date indexes of migration 0004.

type AppRow = [number, number, number, string, string, string, number | null, string | null, string | null, string | null, string | null, number | null, string];

const APP_COLUMNS = `a.id, a.candidate_id, a.job_id, a.created_at, c.created_at, ${SOURCE_SQL}, j.owner_id, a.offer_extended_at,
  a.offer_accepted_at, a.offer_declined_at, ${HIRED_AT_SQL}, a.placement_fee, coalesce(a.offer_currency, '')`;

const toApp = (r: AppRow, stages: ApplicationRecord['stages'] = []): ApplicationRecord => ({
  id: r[0],
  candidateId: r[1],
  jobId: r[2],
  enteredAt: r[3],
  candidateCreatedAt: r[4],
  source: r[5],
  recruiterId: r[6],
  offerExtendedAt: r[7],
  offerAcceptedAt: r[8],
  offerDeclinedAt: r[9],
  hiredAt: r[10],
  placementFee: r[11],
  currency: r[12],
  stages,
});

const whereOf = (scope: Scope): string => (scope.where.length ? `AND ${scope.where.join(' AND ')}` : '');

/** Applications hired in the range (the few events the hire-based KPIs need), without stage history. */
export function loadHires(db: ReadDb, range: Range, scope: Scope): ApplicationRecord[] {
  // INDEXED BY: left alone the planner reads every hired application through the status index; the partial
  // index holds exactly the hires without an offer.
  const rows = sql(
    db,
    `SELECT ${APP_COLUMNS}
     FROM applications a JOIN jobs j ON j.id = a.job_id ${CANDIDATE_JOIN}
     WHERE a.id IN (
         SELECT id FROM applications WHERE offer_accepted_at >= @start AND offer_accepted_at < @end
         UNION SELECT id FROM applications INDEXED BY applications_hired_no_offer
           WHERE status = 'hired' AND offer_accepted_at IS NULL AND stage_entered_at >= @start AND stage_entered_at < @end)
       ${whereOf(scope)}
     ORDER BY a.id`,
  )
    .raw()
    .all({ ...scope.params, start: range.start, end: range.end }) as AppRow[];
  return rows.map((r) => toApp(r));
}

/** Offers extended in the range and what became of them: counted, not read (there are many more than hires). */
export function countOffers(db: ReadDb, range: Range, scope: Scope): { extended: number; accepted: number; declined: number } {
  const row = sql(
    db,
    `SELECT count(*), count(a.offer_accepted_at), sum(a.offer_accepted_at IS NULL AND a.offer_declined_at IS NOT NULL)
     FROM applications a JOIN jobs j ON j.id = a.job_id ${CANDIDATE_JOIN}
     WHERE a.offer_extended_at >= @start AND a.offer_extended_at < @end ${whereOf(scope)}`,
  )
    .raw()
    .get({ ...scope.params, start: range.start, end: range.end }) as [number, number, number | null];
  return { extended: row[0], accepted: row[1], declined: row[2] ?? 0 };
}

/** Applications that entered a pipeline in the range, with their stage entries (the conversion cohort). */
export function loadCohort(db: ReadDb, range: Range, scope: Scope): ApplicationRecord[] {
  const params = { ...scope.params, start: range.start, end: range.end };
  const rows = sql(
    db,
    `SELECT ${APP_COLUMNS}
     FROM applications a JOIN jobs j ON j.id = a.job_id ${CANDIDATE_JOIN}
     WHERE a.created_at >= @start AND a.created_at < @end ${whereOf(scope)}
     ORDER BY a.id`,
  )
    .raw()
    .all(params) as AppRow[];
  const stages = new Map<number, { type: StageType; at: string }[]>();
  const history = sql(
    db,
    `SELECT sh.application_id, s.type, sh.moved_at
     FROM applications a JOIN jobs j ON j.id = a.job_id ${CANDIDATE_JOIN}
       JOIN stage_history sh ON sh.application_id = a.id JOIN job_stages s ON s.id = sh.to_stage_id
     WHERE a.created_at >= @start AND a.created_at < @end ${whereOf(scope)}`,
  )
    .raw()
    .all(params) as [number, StageType, string][];
  for (const [id, type, at] of history) {
    let list = stages.get(id);
    if (!list) stages.set(id, (list = []));
    list.push({ type, at });
  }
  return rows.map((r) => toApp(r, stages.get(r[0]) ?? []));
}

/** The jobs behind a set of hires, with their status history (for time to fill). */
export function loadJobs(db: ReadDb, ids: readonly number[]): Map<number, JobRecord> {
  const jobs = new Map<number, JobRecord & { statusHistory: JobStatusChange[] }>();
  if (ids.length === 0) return jobs;
  const list = JSON.stringify([...new Set(ids)]);
  for (const [id, createdAt, openedAt] of sql(db, 'SELECT id, created_at, opened_at FROM jobs WHERE id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(list) as [number, string, string | null][]) {
    jobs.set(id, { id, createdAt, openedAt, statusHistory: [] });
  }
  for (const [jobId, status, at] of sql(db, 'SELECT job_id, status, at FROM job_status_history WHERE job_id IN (SELECT value FROM json_each(?)) ORDER BY at, id')
    .raw()
    .all(list) as [number, JobStatus, string][]) {
    jobs.get(jobId)?.statusHistory.push({ status, at });
  }
  return jobs;
}

/**
 * Which touches: those about some jobs (activities.job_id: what a client or job filter means for touches)
 * and/or those of some candidates (a segment); null means no restriction. The recruiter filter is applied by
 * the caller when counting, since a reply answers the recruiter's touch whoever logged it.
 */
export interface ActivityScope {
  jobIds: number[] | null;
  candidateIds: number[] | null;
  source: string | null;
}

/**
 * Candidate touches (inbound/outbound, notes left out) in the range, from live candidates. `inboundUntil`
 * extends the read for inbound rows only, so replies after the range end can answer touches inside it.
 */
export function loadActivities(db: ReadDb, range: Range, inboundUntil: string, scope: ActivityScope): ActivityRecord[] {
  const where = [
    'a.candidate_id IS NOT NULL',
    'a.occurred_at >= @start',
    'a.occurred_at < @until',
    "(a.occurred_at < @end OR a.direction = 'inbound')",
    "a.direction != 'internal'",
    LIVE_CANDIDATE_SQL,
  ];
  const params: Record<string, unknown> = { start: range.start, end: range.end, until: inboundUntil };
  if (scope.jobIds !== null) {
    where.push('a.job_id IN (SELECT value FROM json_each(@jobs))');
    params.jobs = JSON.stringify(scope.jobIds);
  }
  if (scope.candidateIds !== null) {
    where.push('a.candidate_id IN (SELECT value FROM json_each(@candidates))');
    params.candidates = JSON.stringify(scope.candidateIds);
  }
  if (scope.source !== null) {
    where.push(`${SOURCE_SQL} = @source`);
    params.source = scope.source;
  }
  const rows = sql(
    db,
    `SELECT a.id, a.candidate_id, a.recruiter_id, a.direction, a.occurred_at, ${SOURCE_SQL}
     FROM activities a ${scope.jobIds === null && scope.candidateIds === null ? 'INDEXED BY activities_kpi' : ''} ${CANDIDATE_JOIN}
     WHERE ${where.join(' AND ')}`,
  )
    .raw()
    .all(params) as [number, number, number | null, ActivityRecord['direction'], string, string][];
  return rows.map(([id, candidateId, recruiterId, direction, occurredAt, source]) => ({ id, candidateId, recruiterId, direction, occurredAt, source }));
}

/**
 * Survey answers for CSAT and candidate NPS. The surveys work will record them; until a table exists the
 * slots report "no responses".
 */
export function loadSurveyResponses(db: ReadDb, range: Range): SurveyResponse[] {
  const exists = sql(db, `SELECT 1 AS ok FROM sqlite_master WHERE type = 'table' AND name = 'survey_responses'`).get();
  if (!exists) return [];
  return (
    db
      .prepare(`SELECT candidate_id, kind, score, responded_at FROM survey_responses WHERE responded_at >= ? AND responded_at < ?`)
      .raw()
      .all(range.start, range.end) as [number, SurveyResponse['kind'], number, string][]
  ).map(([candidateId, kind, score, at]) => ({ candidateId, kind, score, at }));
}
