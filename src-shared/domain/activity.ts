import { z } from 'zod';
import { channel } from './candidate.js';

const isoDate = z.iso.datetime({ offset: true });
const id = z.number().int().positive();

export const directions = ['inbound', 'outbound', 'internal'] as const;
export const direction = z.enum(directions);

/** One entry on the timeline: a call, an e-mail, a meeting, a note… linked to whatever it concerns. */
export const activityInput = z
  .object({
    channel,
    direction: direction.default('outbound'),
    outcome: z.string().trim().max(200).default(''),
    subject: z.string().trim().max(500).default(''),
    body: z.string().trim().max(100_000).default(''),
    occurredAt: isoDate,
    durationMin: z.number().int().min(0).max(24 * 60).nullable().default(null),
    candidateId: id.nullable().default(null),
    contactId: id.nullable().default(null),
    jobId: id.nullable().default(null),
    applicationId: id.nullable().default(null),
    recruiterId: id.nullable().default(null),
  })
  .strict()
  .refine((a) => a.candidateId !== null || a.contactId !== null || a.jobId !== null || a.applicationId !== null, {
    message: 'Link the activity to a candidate, contact, job or application',
    path: ['candidateId'],
  });
export type ActivityFields = z.output<typeof activityInput>;

export const activity = z.object({
  id: z.number().int(),
  channel,
  direction,
  outcome: z.string(),
  subject: z.string(),
  body: z.string(),
  occurredAt: z.string(),
  durationMin: z.number().int().nullable(),
  candidateId: z.number().int().nullable(),
  contactId: z.number().int().nullable(),
  jobId: z.number().int().nullable(),
  applicationId: z.number().int().nullable(),
  recruiterId: z.number().int().nullable(),
  createdAt: z.string(),
});
export type Activity = z.infer<typeof activity>;

/** Exactly one subject; channels and a date range narrow it. Newest first. */
export const timelineQuery = z
  .object({
    candidateId: id.optional(),
    contactId: id.optional(),
    jobId: id.optional(),
    channels: z.array(channel).min(1).max(9).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .refine((q) => [q.candidateId, q.contactId, q.jobId].filter((v) => v !== undefined).length === 1, {
    message: 'Give exactly one of candidateId, contactId or jobId',
    path: ['candidateId'],
  })
  .refine((q) => q.from === undefined || q.to === undefined || Date.parse(q.from) <= Date.parse(q.to), {
    message: '"from" must not be after "to"',
    path: ['from'],
  });
export type TimelineQuery = z.output<typeof timelineQuery>;
