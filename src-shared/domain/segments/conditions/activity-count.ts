import { z } from 'zod';
import { channels } from '../../candidate.js';
import { nowIso, windowStart } from '../dates.js';
import { defineCondition, listText } from '../define.js';

/** How many activities (any direction) on these channels in the last N days, up to now. */
export const activityCountCondition = defineCondition(
  z
    .object({
      kind: z.literal('activity-count'),
      /** Empty: every channel. */
      channels: z.array(z.enum(channels)).max(channels.length).default([]),
      days: z.number().int().min(1, 'At least 1 day').max(3650),
      min: z.number().int().min(0).max(100_000).nullable().default(null),
      max: z.number().int().min(0).max(100_000).nullable().default(null),
    })
    .strict()
    .refine((c) => c.min !== null || c.max !== null, { message: 'Give a minimum or a maximum', path: ['min'] })
    .refine((c) => c.min === null || c.max === null || c.min <= c.max, { message: 'The minimum is above the maximum', path: ['max'] }),
)({
  kind: 'activity-count',
  label: 'Activity in the last N days',
  category: 'Engagement',
  create: () => ({ kind: 'activity-count', channels: [], days: 30, min: 1, max: null }),
  evaluate: (c, f, env) => {
    const from = windowStart(c.days, env);
    const now = nowIso(env);
    let n = 0;
    for (const a of f.activities) if (a.occurredAt >= from && a.occurredAt <= now && (c.channels.length === 0 || c.channels.includes(a.channel))) n++;
    return (c.min === null || n >= c.min) && (c.max === null || n <= c.max);
  },
  describe: (c) => {
    const range = c.min !== null && c.max !== null ? `${c.min}–${c.max}` : c.min !== null ? `at least ${c.min}` : `at most ${c.max}`;
    return `${range} ${c.channels.length ? listText(c.channels) : ''} activities in the last ${c.days} days`.replace(/\s+/g, ' ');
  },
});
