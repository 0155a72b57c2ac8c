import { z } from 'zod';
import { applicationStatuses } from '../../application.js';
import { defineCondition, listText } from '../define.js';

/** Has (or has no) application: to any job or one job, optionally only with these statuses. */
export const applicationCondition = defineCondition(
  z
    .object({
      kind: z.literal('application'),
      has: z.boolean(),
      jobId: z.number().int().positive().nullable().default(null),
      statuses: z.array(z.enum(applicationStatuses)).max(applicationStatuses.length).default([]),
    })
    .strict(),
)({
  kind: 'application',
  label: 'Has an application',
  category: 'Pipeline',
  create: () => ({ kind: 'application', has: true, jobId: null, statuses: [] }),
  evaluate: (c, f) =>
    c.has ===
    f.applications.some((a) => (c.jobId === null || a.jobId === c.jobId) && (c.statuses.length === 0 || c.statuses.includes(a.status))),
  describe: (c) =>
    `${c.has ? 'Has' : 'Has no'}${c.statuses.length ? ` ${listText(c.statuses)}` : ''} application${c.jobId !== null ? ` for job #${c.jobId}` : ''}`,
});
