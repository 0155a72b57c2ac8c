import type { Channel } from '../../../../src-shared/domain/candidate.js';
import type { Reminder, ReminderInput } from '../../../../src-shared/domain/reminders/reminder.js';
import { nextOccurrence, snoozeUntil, type SnoozePreset } from '../../../../src-shared/domain/reminders/schedule.js';
import { isValidTimeZone, localDayBounds } from '../../../../src-shared/domain/reminders/zoned-time.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../../db/database.js';
import { getSetting, setSetting } from '../../db/repositories/settings.js';
import { sql } from '../../db/statements.js';
import { logActivity } from '../activities.js';
import { inTransaction, recordAudit, requireRow, type WriteContext } from '../write-meta.js';

const TZ_SETTING = 'reminders.time_zone';

/** The recruiter's zone: the vault setting, else the machine's. Recurrence and "tomorrow 09:00" use it. */
export function recruiterTimeZone(db: ReadDb): string {
  const stored = getSetting<string>(db, TZ_SETTING, '');
  if (stored && isValidTimeZone(stored)) return stored;
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function setRecruiterTimeZone(db: WriteDb, timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new CodedError('invalid_input', `Unknown time zone ${timeZone}`, 'timeZone');
  setSetting(db, TZ_SETTING, timeZone);
}

interface Row {
  id: number;
  title: string;
  notes: string;
  priority: Reminder['priority'];
  due_at: string;
  time_zone: string;
  recur_every: number | null;
  recur_unit: 'day' | 'week' | null;
  status: Reminder['status'];
  fired_at: string | null;
  snooze_count: number;
  completed_at: string | null;
  outcome: string | null;
  candidate_id: number | null;
  contact_id: number | null;
  job_id: number | null;
  application_id: number | null;
  candidate_name: string | null;
  contact_name: string | null;
  job_title: string | null;
  source: string;
  created_at: string;
}

export const SELECT_REMINDER = `
  SELECT r.*, c.display_name AS candidate_name, trim(ct.first_name || ' ' || ct.last_name) AS contact_name, j.title AS job_title
  FROM reminders r
  LEFT JOIN candidates c ON c.id = r.candidate_id
  LEFT JOIN contacts ct ON ct.id = r.contact_id
  LEFT JOIN jobs j ON j.id = r.job_id`;

export const toReminder = (r: Row): Reminder => ({
  id: r.id,
  title: r.title,
  notes: r.notes,
  priority: r.priority,
  dueAt: r.due_at,
  timeZone: r.time_zone,
  recurrence: r.recur_every !== null && r.recur_unit !== null ? { every: r.recur_every, unit: r.recur_unit } : null,
  status: r.status,
  firedAt: r.fired_at,
  snoozeCount: r.snooze_count,
  completedAt: r.completed_at,
  outcome: r.outcome,
  candidateId: r.candidate_id,
  contactId: r.contact_id,
  jobId: r.job_id,
  applicationId: r.application_id,
  candidateName: r.candidate_name,
  contactName: r.contact_name,
  jobTitle: r.job_title,
  source: r.source,
  createdAt: r.created_at,
});

export function getReminder(db: ReadDb, id: number): Reminder {
  const row = sql(db, `${SELECT_REMINDER} WHERE r.id = ?`).get(id) as Row | undefined;
  if (!row) throw new CodedError('not_found', `No reminder with id ${id}`);
  return toReminder(row);
}

export interface InsertOptions {
  source?: string;
  ruleKey?: string;
}

/** Inserts; with a rule key an existing reminder for the same key wins (idempotent), returning null. */
export function insertReminder(db: WriteDb, input: ReminderInput, w: WriteContext, options: InsertOptions = {}): number | null {
  let { candidateId, jobId } = input;
  if (input.applicationId !== null) {
    const app = sql(db, 'SELECT candidate_id, job_id FROM applications WHERE id = ?').get(input.applicationId) as
      | { candidate_id: number; job_id: number }
      | undefined;
    if (!app) throw new CodedError('not_found', `No application with id ${input.applicationId}`, 'applicationId');
    candidateId ??= app.candidate_id;
    jobId ??= app.job_id;
  }
  requireRow(db, 'candidate', candidateId, 'candidateId');
  requireRow(db, 'contact', input.contactId, 'contactId');
  requireRow(db, 'job', jobId, 'jobId');
  const tz = input.timeZone ?? recruiterTimeZone(db);
  const result = sql(
    db,
    `INSERT INTO reminders (title, notes, priority, due_at, time_zone, recur_every, recur_unit, candidate_id, contact_id, job_id,
       application_id, source, rule_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (rule_key) DO NOTHING`,
  ).run(
    input.title,
    input.notes,
    input.priority,
    new Date(input.dueAt).toISOString(),
    tz,
    input.recurrence?.every ?? null,
    input.recurrence?.unit ?? null,
    candidateId,
    input.contactId,
    jobId,
    input.applicationId,
    options.source ?? 'manual',
    options.ruleKey ?? null,
    w.at,
    w.at,
  );
  return result.changes === 1 ? Number(result.lastInsertRowid) : null;
}

export function createReminder(db: WriteDb, input: ReminderInput, w: WriteContext): Reminder {
  // A new reminder is for someone on the books: not a deleted record, nor one merged into another (whose
  // reminders moved with it). A recurring reminder's next occurrence is not asked this (see completeReminder).
  if (input.candidateId !== null && input.candidateId !== undefined) {
    const c = sql(db, 'SELECT deleted_at, merged_into FROM candidates WHERE id = ?').get(input.candidateId) as { deleted_at: string | null; merged_into: number | null } | undefined;
    if (!c || c.deleted_at !== null) throw new CodedError('not_found', `No candidate with id ${input.candidateId}`, 'candidateId');
    if (c.merged_into !== null) throw new CodedError('not_found', `Candidate ${input.candidateId} was merged into candidate ${c.merged_into}; add the reminder there`, 'candidateId');
  }
  const id = inTransaction(db, () => {
    const newId = insertReminder(db, input, w)!;
    recordAudit(db, w, 'reminder', newId, 'create', undefined, { title: input.title, dueAt: input.dueAt });
    return newId;
  });
  return getReminder(db, id);
}

export type Bucket = 'overdue' | 'today' | 'upcoming' | 'done';

/** Open reminders by due bucket (local day of the recruiter), or done ones newest first. */
export function listReminders(
  db: ReadDb,
  q: { bucket?: Bucket | undefined; candidateId?: number | undefined; limit: number },
  now: Date,
): { items: Reminder[]; total: number } {
  const { end } = localDayBounds(now, recruiterTimeZone(db));
  const where: string[] = [];
  const params: unknown[] = [];
  const nowIso = now.toISOString();
  switch (q.bucket) {
    case 'overdue':
      where.push(`r.status = 'open' AND r.due_at <= ?`);
      params.push(nowIso);
      break;
    case 'today':
      where.push(`r.status = 'open' AND r.due_at > ? AND r.due_at < ?`);
      params.push(nowIso, end.toISOString());
      break;
    case 'upcoming':
      where.push(`r.status = 'open' AND r.due_at >= ?`);
      params.push(end.toISOString());
      break;
    case 'done':
      where.push(`r.status = 'done'`);
      break;
    default:
      where.push(`r.status = 'open'`);
  }
  if (q.candidateId !== undefined) {
    where.push('r.candidate_id = ?');
    params.push(q.candidateId);
  }
  const clause = where.join(' AND ');
  const order = q.bucket === 'done' ? 'r.completed_at DESC' : `r.due_at ASC, CASE r.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END`;
  const rows = db.prepare(`${SELECT_REMINDER} WHERE ${clause} ORDER BY ${order} LIMIT ?`).all(...params, q.limit) as Row[];
  const total = (db.prepare(`SELECT count(*) AS n FROM reminders r WHERE ${clause}`).get(...params) as { n: number }).n;
  return { items: rows.map(toReminder), total };
}

/** Badge and dashboard figures: overdue (incl. due now), due later today, upcoming. */
export function reminderCounts(db: ReadDb, now: Date): { overdue: number; today: number; upcoming: number } {
  const { end } = localDayBounds(now, recruiterTimeZone(db));
  const row = sql(
    db,
    `SELECT
       sum(due_at <= @now) AS overdue,
       sum(due_at > @now AND due_at < @end) AS today,
       sum(due_at >= @end) AS upcoming
     FROM reminders WHERE status = 'open'`,
  ).get({ now: now.toISOString(), end: end.toISOString() }) as { overdue: number | null; today: number | null; upcoming: number | null };
  return { overdue: row.overdue ?? 0, today: row.today ?? 0, upcoming: row.upcoming ?? 0 };
}

function requireOpen(db: ReadDb, id: number): Reminder {
  const r = getReminder(db, id);
  if (r.status !== 'open') throw new CodedError('conflict', `Reminder ${id} is already ${r.status}`);
  return r;
}

/** Moves the due time; clearing `fired_at` lets the scheduler fire it again at the new time (a new firing key). */
export function snoozeReminder(
  db: WriteDb,
  req: { id: number; preset?: SnoozePreset | undefined; until?: string | undefined },
  now: Date,
  w: WriteContext,
): Reminder {
  const r = requireOpen(db, req.id);
  const until = req.preset ? snoozeUntil(req.preset, now, r.timeZone) : new Date(req.until!);
  if (until.getTime() <= now.getTime()) throw new CodedError('invalid_input', 'Snooze to a time in the future', 'until');
  inTransaction(db, () => {
    sql(db, `UPDATE reminders SET due_at = ?, fired_at = NULL, snooze_count = snooze_count + 1, updated_at = ? WHERE id = ?`).run(
      until.toISOString(),
      w.at,
      r.id,
    );
    recordAudit(db, w, 'reminder', r.id, 'snooze', { dueAt: r.dueAt }, { dueAt: until.toISOString() });
  });
  return getReminder(db, r.id);
}

/**
 * Completes a reminder: the outcome goes on the timeline of what it is linked to, and a recurring one
 * schedules its next occurrence at the same local time (a new row, so "done" keeps the history).
 */
export function completeReminder(
  db: WriteDb,
  req: { id: number; outcome: string; note: string; channel: Channel },
  now: Date,
  w: WriteContext,
): { reminder: Reminder; next: Reminder | null; activityId: number | null } {
  const r = requireOpen(db, req.id);
  return inTransaction(db, () => {
    sql(db, `UPDATE reminders SET status = 'done', completed_at = ?, outcome = ?, updated_at = ? WHERE id = ?`).run(w.at, req.outcome, w.at, r.id);
    let activityId: number | null = null;
    if (r.candidateId !== null || r.contactId !== null || r.jobId !== null || r.applicationId !== null) {
      const activity = logActivity(
        db,
        {
          channel: req.channel,
          direction: req.channel === 'note' ? 'internal' : 'outbound',
          outcome: req.outcome,
          subject: r.title,
          body: req.note,
          occurredAt: now.toISOString(),
          durationMin: null,
          candidateId: r.candidateId,
          contactId: r.contactId,
          jobId: r.applicationId !== null ? null : r.jobId,
          applicationId: r.applicationId,
          recruiterId: null,
        },
        w,
      );
      activityId = activity.id;
    }
    let nextId: number | null = null;
    if (r.recurrence) {
      const next = nextOccurrence(new Date(r.dueAt), r.recurrence, r.timeZone, now);
      nextId = insertReminder(
        db,
        {
          title: r.title,
          notes: r.notes,
          priority: r.priority,
          dueAt: next.toISOString(),
          timeZone: r.timeZone,
          recurrence: r.recurrence,
          candidateId: r.candidateId,
          contactId: r.contactId,
          jobId: r.jobId,
          applicationId: r.applicationId,
        },
        w,
        { source: r.source },
      );
    }
    recordAudit(db, w, 'reminder', r.id, 'complete', undefined, { outcome: req.outcome, activityId, nextId });
    return { reminder: getReminder(db, r.id), next: nextId === null ? null : getReminder(db, nextId), activityId };
  });
}

export function cancelReminder(db: WriteDb, id: number, w: WriteContext): Reminder {
  const r = requireOpen(db, id);
  inTransaction(db, () => {
    sql(db, `UPDATE reminders SET status = 'cancelled', updated_at = ? WHERE id = ?`).run(w.at, id);
    recordAudit(db, w, 'reminder', id, 'cancel', { status: r.status }, { status: 'cancelled' });
  });
  return getReminder(db, id);
}
