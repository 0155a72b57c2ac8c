import { listTimeline } from '../db/repositories/activities.js';
import { defineHandlers } from '../ipc/handlers.js';
import { logActivity } from '../services/activities.js';
import { writeContext } from './write-context.js';

export const activityHandlers = defineHandlers({
  'activities:log-activity': (req, ctx) => logActivity(ctx.vault.database(), req, writeContext(ctx)),
  'activities:list-timeline': (req, ctx) => listTimeline(ctx.vault.database(), req),
});
