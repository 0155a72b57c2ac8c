import { z } from 'zod';
import { activity, activityInput, timelineQuery } from '../../domain/activity.js';

export const activitiesContract = {
  /** Any channel and direction; linking an application fills in its candidate and job. */
  'activities:log-activity': { req: activityInput, res: activity },
  /** Newest first, for one candidate, contact or job, optionally narrowed by channel and date range. */
  'activities:list-timeline': { req: timelineQuery, res: z.object({ items: z.array(activity), total: z.number().int() }) },
} as const;
