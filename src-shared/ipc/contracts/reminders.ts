import { z } from 'zod';
import {
  completeRequest,
  reminder,
  reminderCounts,
  reminderInput,
  reminderQuery,
  snoozeRequest,
  timeZone,
} from '../../domain/reminders/reminder.js';
import { empty, idRequest } from './common.js';

const ruleKind = z.enum(['no-contact', 'post-meeting', 'pool-checkin', 'stage-stale']);
export const followUpRule = z.object({
  kind: ruleKind,
  enabled: z.boolean(),
  amount: z.number().int(),
  unit: z.enum(['days', 'hours']),
  label: z.string(),
  lastRunAt: z.string().nullable(),
});
export type FollowUpRuleDto = z.infer<typeof followUpRule>;

export const remindersContract = {
  /** Linked to a candidate, contact, job or application (or none: a plain task). Time zone defaults to the recruiter's. */
  'reminders:create-reminder': { req: reminderInput, res: reminder },
  /** Open reminders by bucket (overdue / today / upcoming, in the recruiter's local day) or done ones. */
  'reminders:list-reminders': { req: reminderQuery, res: z.object({ items: z.array(reminder), total: z.number().int() }) },
  'reminders:get-reminder': { req: idRequest, res: reminder },
  /** For the shell badge and the dashboard's "due today" panel. */
  'reminders:count-reminders': { req: empty, res: reminderCounts },
  /** A preset (15m, 1h, 3h, tomorrow 09:00, next Monday 09:00 — local time) or a custom instant. */
  'reminders:snooze-reminder': { req: snoozeRequest, res: reminder },
  /** Logs the outcome on the timeline; a recurring reminder schedules its next occurrence. */
  'reminders:complete-reminder': {
    req: completeRequest,
    res: z.object({ reminder, next: reminder.nullable(), activityId: z.number().int().nullable() }),
  },
  'reminders:cancel-reminder': { req: idRequest, res: reminder },
  'reminders:get-settings': { req: empty, res: z.object({ timeZone: z.string() }) },
  'reminders:update-settings': { req: z.object({ timeZone }).strict(), res: z.object({ timeZone: z.string() }) },
  /** The automatic follow-up rules, each switchable and with its N. */
  'rules:list-rules': { req: empty, res: z.object({ items: z.array(followUpRule) }) },
  'rules:update-rule': {
    req: z.object({ kind: ruleKind, enabled: z.boolean().optional(), amount: z.number().int().min(1).max(365).optional() }).strict(),
    res: followUpRule,
  },
  /** Runs the enabled rules now (the scheduler also runs them hourly); idempotent. */
  'rules:run-rules': {
    req: empty,
    res: z.object({ created: z.record(z.string(), z.number().int()) }),
  },
} as const;
