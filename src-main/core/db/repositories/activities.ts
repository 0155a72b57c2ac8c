import type { Activity, ActivityFields, TimelineQuery } from '../../../../src-shared/domain/activity.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../database.js';
import { sql } from '../statements.js';

interface ActivityRow {
  id: number;
  channel: Activity['channel'];
  direction: Activity['direction'];
  outcome: string;
  subject: string;
  body: string;
  occurred_at: string;
  duration_min: number | null;
  candidate_id: number | null;
  contact_id: number | null;
  job_id: number | null;
  application_id: number | null;
  recruiter_id: number | null;
  created_at: string;
}

const toActivity = (r: ActivityRow): Activity => ({
  id: r.id,
  channel: r.channel,
  direction: r.direction,
  outcome: r.outcome,
  subject: r.subject,
  body: r.body,
  occurredAt: r.occurred_at,
  durationMin: r.duration_min,
  candidateId: r.candidate_id,
  contactId: r.contact_id,
  jobId: r.job_id,
  applicationId: r.application_id,
  recruiterId: r.recruiter_id,
  createdAt: r.created_at,
});

export function getActivity(db: ReadDb, id: number): Activity {
  const row = sql(db, 'SELECT * FROM activities WHERE id = ?').get(id) as ActivityRow | undefined;
  if (!row) throw new CodedError('not_found', `No activity with id ${id}`);
  return toActivity(row);
}

export function insertActivity(db: WriteDb, a: ActivityFields, at: string): number {
  return Number(
    sql(
      db,
      `INSERT INTO activities (channel, direction, outcome, subject, body, occurred_at, duration_min, candidate_id, contact_id, job_id,
         application_id, recruiter_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      a.channel, a.direction, a.outcome, a.subject, a.body, new Date(a.occurredAt).toISOString(), a.durationMin, a.candidateId,
      a.contactId, a.jobId, a.applicationId, a.recruiterId, at,
    ).lastInsertRowid,
  );
}

/**
 * One subject's timeline, newest first. Subjects and filters are fixed fragments; values are bound.
 * Dates compare as text, which is correct because every stored timestamp is UTC ISO-8601 with a Z.
 */
export function listTimeline(db: ReadDb, q: TimelineQuery): { items: Activity[]; total: number } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (q.candidateId !== undefined) {
    where.push('candidate_id = ?');
    params.push(q.candidateId);
  } else if (q.contactId !== undefined) {
    where.push('contact_id = ?');
    params.push(q.contactId);
  } else if (q.jobId !== undefined) {
    where.push('job_id = ?');
    params.push(q.jobId);
  }
  if (q.channels) {
    where.push(`channel IN (${q.channels.map(() => '?').join(', ')})`);
    params.push(...q.channels);
  }
  if (q.from !== undefined) {
    where.push('occurred_at >= ?');
    params.push(new Date(q.from).toISOString());
  }
  if (q.to !== undefined) {
    where.push('occurred_at <= ?');
    params.push(new Date(q.to).toISOString());
  }
  const whereSql = where.join(' AND ');
  const total = (sql(db, `SELECT count(*) AS n FROM activities WHERE ${whereSql}`).get(...params) as { n: number }).n;
  const rows = sql(db, `SELECT * FROM activities WHERE ${whereSql} ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?`).all(
    ...params,
    q.limit,
    q.offset,
  ) as ActivityRow[];
  return { total, items: rows.map(toActivity) };
}
