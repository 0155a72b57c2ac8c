import type { Application, ApplicationDetail, ApplicationStatus, StageMove } from '../../../../src-shared/domain/application.js';
import type { StageType } from '../../../../src-shared/domain/job.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb } from '../database.js';
import { sql } from '../statements.js';

export interface ApplicationRow {
  id: number;
  candidate_id: number;
  candidate_name: string;
  job_id: number;
  job_title: string;
  stage_id: number;
  stage_name: string;
  stage_type: StageType;
  status: ApplicationStatus;
  rating: number | null;
  rejection_reason: string | null;
  withdrawal_reason: string | null;
  offer_extended_at: string | null;
  offer_amount: number | null;
  offer_currency: string | null;
  offer_accepted_at: string | null;
  offer_declined_at: string | null;
  placement_fee: number | null;
  stage_entered_at: string;
  created_at: string;
  updated_at: string;
  version: number;
}

const SELECT = `SELECT a.*, c.display_name AS candidate_name, j.title AS job_title, s.name AS stage_name, s.type AS stage_type
  FROM applications a
  JOIN candidates c ON c.id = a.candidate_id
  JOIN jobs j ON j.id = a.job_id
  JOIN job_stages s ON s.id = a.stage_id`;

const toApplication = (r: ApplicationRow): Application => ({
  id: r.id,
  candidateId: r.candidate_id,
  candidateName: r.candidate_name,
  jobId: r.job_id,
  jobTitle: r.job_title,
  stageId: r.stage_id,
  stageName: r.stage_name,
  stageType: r.stage_type,
  status: r.status,
  rating: r.rating,
  rejectionReason: r.rejection_reason,
  withdrawalReason: r.withdrawal_reason,
  offerExtendedAt: r.offer_extended_at,
  offerAmount: r.offer_amount,
  offerCurrency: r.offer_currency,
  offerAcceptedAt: r.offer_accepted_at,
  offerDeclinedAt: r.offer_declined_at,
  placementFee: r.placement_fee,
  stageEnteredAt: r.stage_entered_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export function applicationRow(db: ReadDb, id: number): ApplicationRow {
  const row = sql(db, `${SELECT} WHERE a.id = ?`).get(id) as ApplicationRow | undefined;
  if (!row) throw new CodedError('not_found', `No application with id ${id}`);
  return row;
}

export function getApplication(db: ReadDb, id: number): ApplicationDetail {
  const row = applicationRow(db, id);
  const history = sql(
    db,
    `SELECT h.id, h.from_stage_id, f.name AS from_name, h.to_stage_id, t.name AS to_name, h.moved_at, h.moved_by, h.note
     FROM stage_history h LEFT JOIN job_stages f ON f.id = h.from_stage_id JOIN job_stages t ON t.id = h.to_stage_id
     WHERE h.application_id = ? ORDER BY h.moved_at, h.id`,
  ).all(id) as {
    id: number;
    from_stage_id: number | null;
    from_name: string | null;
    to_stage_id: number;
    to_name: string;
    moved_at: string;
    moved_by: number | null;
    note: string;
  }[];
  return {
    ...toApplication(row),
    history: history.map(
      (h): StageMove => ({
        id: h.id,
        fromStageId: h.from_stage_id,
        fromStageName: h.from_name,
        toStageId: h.to_stage_id,
        toStageName: h.to_name,
        movedAt: h.moved_at,
        movedBy: h.moved_by,
        note: h.note,
      }),
    ),
  };
}

/** Applications of live candidates only: a merged-away or deleted record does not sit in a pipeline. */
export function listApplications(
  db: ReadDb,
  q: {
    jobId?: number | undefined;
    candidateId?: number | undefined;
    stageId?: number | undefined;
    status?: ApplicationStatus[] | undefined;
    limit: number;
    offset: number;
  },
): { items: Application[]; total: number } {
  const where = ['c.deleted_at IS NULL', 'c.merged_into IS NULL'];
  const params: (string | number)[] = [];
  for (const [fragment, value] of [
    ['a.job_id = ?', q.jobId],
    ['a.candidate_id = ?', q.candidateId],
    ['a.stage_id = ?', q.stageId],
  ] as const) {
    if (value === undefined) continue;
    where.push(fragment);
    params.push(value);
  }
  if (q.status) {
    where.push(`a.status IN (${q.status.map(() => '?').join(', ')})`);
    params.push(...q.status);
  }
  const whereSql = where.join(' AND ');
  const total = (
    sql(db, `SELECT count(*) AS n FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE ${whereSql}`).get(...params) as { n: number }
  ).n;
  const rows = sql(db, `${SELECT} WHERE ${whereSql} ORDER BY s.position, a.stage_entered_at DESC, a.id LIMIT ? OFFSET ?`).all(
    ...params,
    q.limit,
    q.offset,
  ) as ApplicationRow[];
  return { total, items: rows.map(toApplication) };
}
