import { z } from 'zod';
import { isValidTimeZone } from './zoned-time.js';
import { recurrenceUnits, snoozePresets } from './schedule.js';

const isoDate = z.iso.datetime({ offset: true });
const id = z.number().int().positive();

export const priorities = ['low', 'normal', 'high'] as const;
export const priority = z.enum(priorities);
export const reminderStatuses = ['open', 'done', 'cancelled'] as const;
export const timeZone = z.string().min(1).max(64).refine(isValidTimeZone, { message: 'Unknown time zone' });

export const recurrence = z.object({ every: z.number().int().min(1).max(365), unit: z.enum(recurrenceUnits) }).strict();

export const reminderInput = z
  .object({
    title: z.string().trim().min(1).max(300),
    notes: z.string().trim().max(10_000).default(''),
    priority: priority.default('normal'),
    dueAt: isoDate,
    timeZone: timeZone.optional(),
    recurrence: recurrence.nullable().default(null),
    candidateId: id.nullable().default(null),
    contactId: id.nullable().default(null),
    jobId: id.nullable().default(null),
    applicationId: id.nullable().default(null),
  })
  .strict();
export type ReminderInput = z.output<typeof reminderInput>;

export const reminder = z.object({
  id: z.number().int(),
  title: z.string(),
  notes: z.string(),
  priority,
  dueAt: z.string(),
  timeZone: z.string(),
  recurrence: recurrence.nullable(),
  status: z.enum(reminderStatuses),
  firedAt: z.string().nullable(),
  snoozeCount: z.number().int(),
  completedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  candidateId: z.number().int().nullable(),
  contactId: z.number().int().nullable(),
  jobId: z.number().int().nullable(),
  applicationId: z.number().int().nullable(),
  /** Display names of what it is linked to, for lists and notifications. */
  candidateName: z.string().nullable(),
  contactName: z.string().nullable(),
  jobTitle: z.string().nullable(),
  source: z.string(),
  createdAt: z.string(),
});
export type Reminder = z.infer<typeof reminder>;

export const reminderBuckets = ['overdue', 'today', 'upcoming', 'done'] as const;

export const reminderQuery = z
  .object({
    bucket: z.enum(reminderBuckets).optional(),
    candidateId: id.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const snoozeRequest = z
  .object({
    id,
    preset: z.enum(snoozePresets).optional(),
    until: isoDate.optional(),
  })
  .strict()
  .refine((r) => (r.preset === undefined) !== (r.until === undefined), {
    message: 'Give a preset or a custom time, not both',
    path: ['preset'],
  });

export const completeRequest = z
  .object({
    id,
    outcome: z.string().trim().max(200).default('done'),
    note: z.string().trim().max(10_000).default(''),
    /** Logged on the timeline with this channel (a call, an e-mail…); 'note' when it was just a task. */
    channel: z.enum(['email', 'phone', 'sms', 'whatsapp', 'linkedin', 'video', 'meeting', 'event', 'note']).default('note'),
  })
  .strict();

export const reminderCounts = z.object({ overdue: z.number().int(), today: z.number().int(), upcoming: z.number().int() });

/** Pushed by the core's scheduler when a reminder falls due (once per due time, also after a restart). */
export const reminderDueEvent = z.object({
  reminderId: z.number().int(),
  title: z.string(),
  dueAt: z.string(),
  priority,
  candidateId: z.number().int().nullable(),
  subjectName: z.string().nullable(),
  /** True when it fell due while the app was closed or locked (caught up on start/unlock). */
  late: z.boolean(),
});
export type ReminderDueEvent = z.infer<typeof reminderDueEvent>;
