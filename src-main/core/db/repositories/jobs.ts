import type { Job, JobFields, JobStage, JobStatus, JobSummary, StageType } from '../../../../src-shared/domain/job.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../database.js';
import { sql } from '../statements.js';

interface JobRow {
  id: number;
  client_id: number;
  client_name: string;
  contact_id: number | null;
  title: string;
  description: string;
  requirements: string;
  city: string;
  country: string;
  remote: Job['remote'];
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string;
  openings: number;
  status: JobStatus;
  fee_percent: number | null;
  owner_id: number | null;
  opened_at: string | null;
  filled_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface StageRow {
  id: number;
  job_id: number;
  name: string;
  type: StageType;
  position: number;
  removed_at: string | null;
}

/** The job's pipeline in order; removed stages (kept for history) are not part of it. */
export function jobStages(db: ReadDb, jobId: number): StageRow[] {
  return sql(db, 'SELECT * FROM job_stages WHERE job_id = ? AND removed_at IS NULL ORDER BY position').all(jobId) as StageRow[];
}

export function getStage(db: ReadDb, stageId: number): StageRow {
  const row = sql(db, 'SELECT * FROM job_stages WHERE id = ?').get(stageId) as StageRow | undefined;
  if (!row || row.removed_at !== null) throw new CodedError('not_found', `No pipeline stage with id ${stageId}`);
  return row;
}

export function getJob(db: ReadDb, id: number): Job {
  const row = sql(db, 'SELECT j.*, k.name AS client_name FROM jobs j JOIN clients k ON k.id = j.client_id WHERE j.id = ?').get(id) as
    | JobRow
    | undefined;
  if (!row) throw new CodedError('not_found', `No job with id ${id}`);
  const counts = new Map(
    (
      sql(
        db,
        `SELECT a.stage_id, count(*) AS n FROM applications a JOIN candidates c ON c.id = a.candidate_id
         WHERE a.job_id = ? AND c.deleted_at IS NULL AND c.merged_into IS NULL GROUP BY a.stage_id`,
      ).all(id) as { stage_id: number; n: number }[]
    ).map((r) => [r.stage_id, r.n]),
  );
  const stages: JobStage[] = jobStages(db, id).map((s) => ({
    id: s.id,
    name: s.name,
    type: s.type,
    position: s.position,
    applicationCount: counts.get(s.id) ?? 0,
  }));
  return {
    id: row.id,
    clientId: row.client_id,
    clientName: row.client_name,
    contactId: row.contact_id,
    title: row.title,
    description: row.description,
    requirements: row.requirements,
    city: row.city,
    country: row.country,
    remote: row.remote,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    openings: row.openings,
    status: row.status,
    feePercent: row.fee_percent,
    ownerId: row.owner_id,
    openedAt: row.opened_at,
    filledAt: row.filled_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    stages,
  };
}

export type JobColumns = Omit<JobFields, 'stages'> & { openedAt: string | null; filledAt: string | null; closedAt: string | null };

export function insertJob(db: WriteDb, j: JobColumns, at: string): number {
  return Number(
    sql(
      db,
      `INSERT INTO jobs (client_id, contact_id, title, description, requirements, city, country, remote, salary_min, salary_max,
         salary_currency, openings, status, fee_percent, opened_at, filled_at, closed_at, owner_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      j.clientId, j.contactId, j.title, j.description, j.requirements, j.city, j.country, j.remote, j.salaryMin, j.salaryMax,
      j.salaryCurrency, j.openings, j.status, j.feePercent, j.openedAt, j.filledAt, j.closedAt, j.ownerId, at, at,
    ).lastInsertRowid,
  );
}

/** Whole-record write guarded by version; false when stale or gone. */
export function writeJob(db: WriteDb, id: number, version: number, j: Omit<JobColumns, 'clientId'>, at: string): boolean {
  return (
    sql(
      db,
      `UPDATE jobs SET contact_id = ?, title = ?, description = ?, requirements = ?, city = ?, country = ?, remote = ?,
         salary_min = ?, salary_max = ?, salary_currency = ?, openings = ?, status = ?, fee_percent = ?, opened_at = ?,
         filled_at = ?, closed_at = ?, owner_id = ?, updated_at = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    ).run(
      j.contactId, j.title, j.description, j.requirements, j.city, j.country, j.remote, j.salaryMin, j.salaryMax, j.salaryCurrency,
      j.openings, j.status, j.feePercent, j.openedAt, j.filledAt, j.closedAt, j.ownerId, at, id, version,
    ).changes > 0
  );
}

/** Stage edits change the job: its version moves too, so two people editing a pipeline cannot both win. */
export function bumpJobVersion(db: WriteDb, id: number, version: number, at: string): boolean {
  return sql(db, 'UPDATE jobs SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?').run(at, id, version).changes > 0;
}

export function listJobs(
  db: ReadDb,
  q: {
    limit: number;
    offset: number;
    clientId?: number | undefined;
    ownerId?: number | undefined;
    status?: JobStatus[] | undefined;
    sort: 'updated' | 'opened' | 'title';
  },
): { items: JobSummary[]; total: number } {
  const where: string[] = ['1'];
  const params: (string | number)[] = [];
  if (q.clientId !== undefined) {
    where.push('j.client_id = ?');
    params.push(q.clientId);
  }
  if (q.ownerId !== undefined) {
    where.push('j.owner_id = ?');
    params.push(q.ownerId);
  }
  if (q.status !== undefined) {
    // One placeholder per status value; the count is bounded by the enum.
    where.push(`j.status IN (${q.status.map(() => '?').join(', ')})`);
    params.push(...q.status);
  }
  const whereSql = where.join(' AND ');
  const order = { updated: 'j.updated_at DESC, j.id DESC', opened: 'j.opened_at DESC, j.id DESC', title: 'j.title COLLATE NOCASE, j.id' }[q.sort];
  const total = (sql(db, `SELECT count(*) AS n FROM jobs j WHERE ${whereSql}`).get(...params) as { n: number }).n;
  const rows = sql(
    db,
    `SELECT j.id, j.client_id, k.name AS client_name, j.title, j.city, j.country, j.status, j.openings, j.owner_id, j.opened_at, j.updated_at,
            (SELECT count(*) FROM applications a WHERE a.job_id = j.id AND a.status = 'active') AS active_applications
     FROM jobs j JOIN clients k ON k.id = j.client_id WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(...params, q.limit, q.offset) as {
    id: number;
    client_id: number;
    client_name: string;
    title: string;
    city: string;
    country: string;
    status: JobStatus;
    openings: number;
    owner_id: number | null;
    opened_at: string | null;
    updated_at: string;
    active_applications: number;
  }[];
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      clientId: r.client_id,
      clientName: r.client_name,
      title: r.title,
      city: r.city,
      country: r.country,
      status: r.status,
      openings: r.openings,
      ownerId: r.owner_id,
      activeApplications: r.active_applications,
      openedAt: r.opened_at,
      updatedAt: r.updated_at,
    })),
  };
}
