import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import { insertReminder, recruiterTimeZone } from '../reminders/reminders.js';
import type { WriteContext } from '../write-meta.js';

export const ruleKinds = ['no-contact', 'post-meeting', 'pool-checkin', 'stage-stale'] as const;
export type RuleKind = (typeof ruleKinds)[number];

export interface FollowUpRule {
  kind: RuleKind;
  enabled: boolean;
  /** Days for no-contact and stage-stale; hours for post-meeting. Pool check-ins use each pool's own cadence. */
  amount: number;
  unit: 'days' | 'hours';
  label: string;
  lastRunAt: string | null;
}

const META: Record<RuleKind, { unit: 'days' | 'hours'; label: string }> = {
  'no-contact': { unit: 'days', label: 'No contact while in an active stage' },
  'post-meeting': { unit: 'hours', label: 'Follow up after an interview or meeting' },
  'pool-checkin': { unit: 'days', label: 'Check in with talent-pool members on each pool’s cadence' },
  'stage-stale': { unit: 'days', label: 'Status update due: waiting in a stage' },
};

const DAY = 86_400_000;
/** Bounded work per pass: a freshly imported agency must not turn one pass into minutes of inserts. */
const PER_RULE_LIMIT = 500;

export function listRules(db: ReadDb): FollowUpRule[] {
  const rows = sql(db, 'SELECT kind, enabled, amount, last_run_at FROM followup_rules').all() as {
    kind: RuleKind;
    enabled: number;
    amount: number;
    last_run_at: string | null;
  }[];
  return ruleKinds.map((kind) => {
    const r = rows.find((x) => x.kind === kind);
    return { kind, enabled: r ? r.enabled === 1 : false, amount: r?.amount ?? 1, lastRunAt: r?.last_run_at ?? null, ...META[kind] };
  });
}

export function updateRule(db: WriteDb, kind: RuleKind, patch: { enabled?: boolean | undefined; amount?: number | undefined }): FollowUpRule {
  const found = sql(db, 'SELECT kind FROM followup_rules WHERE kind = ?').get(kind);
  if (!found) throw new CodedError('not_found', `No rule ${kind}`);
  if (patch.enabled !== undefined) sql(db, 'UPDATE followup_rules SET enabled = ? WHERE kind = ?').run(patch.enabled ? 1 : 0, kind);
  if (patch.amount !== undefined) sql(db, 'UPDATE followup_rules SET amount = ? WHERE kind = ?').run(patch.amount, kind);
  return listRules(db).find((r) => r.kind === kind)!;
}

/** Last two-way touch (anything but internal notes) with a candidate, as SQL. */
const LAST_TOUCH = `(SELECT max(a.occurred_at) FROM activities a WHERE a.candidate_id = %s AND a.direction <> 'internal')`;

const ACTIVE_APPS = `
  FROM applications ap
  JOIN job_stages s ON s.id = ap.stage_id
  JOIN candidates c ON c.id = ap.candidate_id AND c.deleted_at IS NULL AND c.merged_into IS NULL
  JOIN jobs j ON j.id = ap.job_id
  WHERE ap.status = 'active' AND s.type NOT IN ('hired','rejected','withdrawn')`;

type Created = Record<RuleKind, number>;

/**
 * Runs every enabled rule once. Each candidate reminder has a rule key built from what triggered it (the
 * application and its stage entry, the meeting, the last touch), and `reminders.rule_key` is UNIQUE: running
 * twice, or after the reminder was done, creates nothing new until the trigger itself changes.
 */
export function runRules(db: WriteDb, now: Date, w: WriteContext): { created: Created } {
  const rules = listRules(db);
  const created: Created = { 'no-contact': 0, 'post-meeting': 0, 'pool-checkin': 0, 'stage-stale': 0 };
  const tz = recruiterTimeZone(db);
  const nowMs = now.getTime();
  const base = { notes: '', timeZone: tz, recurrence: null, contactId: null } as const;
  db.transaction(() => {
    for (const rule of rules) {
      if (!rule.enabled) continue;
      const add = (key: string, fields: { title: string; dueAt: number; priority: 'low' | 'normal' | 'high'; candidateId: number; jobId: number | null; applicationId: number | null }) => {
        const id = insertReminder(
          db,
          {
            ...base,
            title: fields.title,
            priority: fields.priority,
            dueAt: new Date(fields.dueAt).toISOString(),
            candidateId: fields.candidateId,
            jobId: fields.jobId,
            applicationId: fields.applicationId,
          },
          w,
          { source: `rule:${rule.kind}`, ruleKey: key },
        );
        if (id !== null) created[rule.kind] += 1;
      };
      switch (rule.kind) {
        case 'no-contact': {
          const cutoff = new Date(nowMs - rule.amount * DAY).toISOString();
          const rows = db
            .prepare(
              `SELECT * FROM (
                 SELECT ap.id AS app_id, ap.candidate_id, ap.job_id, c.display_name, j.title AS job_title,
                   coalesce(max(${LAST_TOUCH.replace('%s', 'ap.candidate_id')}, ap.created_at), ap.created_at) AS anchor
                 ${ACTIVE_APPS}
               ) WHERE anchor <= ? ORDER BY anchor LIMIT ${PER_RULE_LIMIT}`,
            )
            .all(cutoff) as { app_id: number; candidate_id: number; job_id: number; display_name: string; job_title: string; anchor: string }[];
          for (const r of rows) {
            add(`no-contact:${r.app_id}:${r.anchor}`, {
              title: `No contact for ${rule.amount} days: ${r.display_name} (${r.job_title})`,
              dueAt: Date.parse(r.anchor) + rule.amount * DAY,
              priority: 'normal',
              candidateId: r.candidate_id,
              jobId: r.job_id,
              applicationId: r.app_id,
            });
          }
          break;
        }
        case 'post-meeting': {
          // Meetings of the last two weeks with no two-way touch since.
          const since = new Date(nowMs - 14 * DAY).toISOString();
          const rows = db
            .prepare(
              `SELECT a.id, a.candidate_id, a.job_id, a.application_id, a.occurred_at, c.display_name
               FROM activities a JOIN candidates c ON c.id = a.candidate_id AND c.deleted_at IS NULL
               WHERE a.channel IN ('meeting','video') AND a.occurred_at >= ? AND a.occurred_at <= ?
                 AND NOT EXISTS (SELECT 1 FROM activities b WHERE b.candidate_id = a.candidate_id AND b.direction <> 'internal'
                                 AND b.occurred_at > a.occurred_at AND b.channel NOT IN ('meeting','video'))
               ORDER BY a.occurred_at LIMIT ${PER_RULE_LIMIT}`,
            )
            .all(since, now.toISOString()) as {
            id: number;
            candidate_id: number;
            job_id: number | null;
            application_id: number | null;
            occurred_at: string;
            display_name: string;
          }[];
          for (const r of rows) {
            add(`post-meeting:${r.id}`, {
              title: `Follow up after the meeting with ${r.display_name}`,
              dueAt: Date.parse(r.occurred_at) + rule.amount * 3_600_000,
              priority: 'high',
              candidateId: r.candidate_id,
              jobId: r.application_id === null ? r.job_id : null,
              applicationId: r.application_id,
            });
          }
          break;
        }
        case 'pool-checkin': {
          const rows = db
            .prepare(
              `SELECT * FROM (
                 SELECT m.pool_id, p.name AS pool_name, p.cadence_days, m.candidate_id, c.display_name,
                   max(coalesce(${LAST_TOUCH.replace('%s', 'm.candidate_id')}, m.added_at), m.added_at) AS anchor
                 FROM talent_pool_members m
                 JOIN talent_pools p ON p.id = m.pool_id
                 JOIN candidates c ON c.id = m.candidate_id AND c.deleted_at IS NULL AND c.merged_into IS NULL
               ) WHERE julianday(anchor) + cadence_days <= julianday(?) ORDER BY anchor LIMIT ${PER_RULE_LIMIT}`,
            )
            .all(now.toISOString()) as { pool_id: number; pool_name: string; cadence_days: number; candidate_id: number; display_name: string; anchor: string }[];
          for (const r of rows) {
            add(`pool-checkin:${r.pool_id}:${r.candidate_id}:${r.anchor}`, {
              title: `Check in with ${r.display_name} (${r.pool_name})`,
              dueAt: Date.parse(r.anchor) + r.cadence_days * DAY,
              priority: 'low',
              candidateId: r.candidate_id,
              jobId: null,
              applicationId: null,
            });
          }
          break;
        }
        case 'stage-stale': {
          const cutoff = new Date(nowMs - rule.amount * DAY).toISOString();
          const rows = db
            .prepare(
              `SELECT ap.id AS app_id, ap.candidate_id, ap.job_id, ap.stage_entered_at, s.name AS stage, c.display_name
               ${ACTIVE_APPS} AND ap.stage_entered_at <= ? ORDER BY ap.stage_entered_at LIMIT ${PER_RULE_LIMIT}`,
            )
            .all(cutoff) as { app_id: number; candidate_id: number; job_id: number; stage_entered_at: string; stage: string; display_name: string }[];
          for (const r of rows) {
            add(`stage-stale:${r.app_id}:${r.stage_entered_at}`, {
              title: `Status update due: ${r.display_name} has waited ${rule.amount}+ days in ${r.stage}`,
              dueAt: Date.parse(r.stage_entered_at) + rule.amount * DAY,
              priority: 'normal',
              candidateId: r.candidate_id,
              jobId: r.job_id,
              applicationId: r.app_id,
            });
          }
          break;
        }
      }
      sql(db, 'UPDATE followup_rules SET last_run_at = ? WHERE kind = ?').run(now.toISOString(), rule.kind);
    }
  })();
  return { created };
}
