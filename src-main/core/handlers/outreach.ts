import { defineHandlers } from '../ipc/handlers.js';
import { channelStats, composeMessage, logTouch } from '../services/outreach/outreach.js';
import { writeContext } from './write-context.js';

export const outreachHandlers = defineHandlers({
  'outreach:compose-message': (req, ctx) => composeMessage(ctx.vault.database(), req),
  'outreach:log-touch': (req, ctx) => ({ activityId: logTouch(ctx.vault.database(), req, ctx.clock.now(), writeContext(ctx)).id }),
  'outreach:channel-stats': (req, ctx) => ({ items: channelStats(ctx.vault.database(), req, ctx.clock.now()) }),
});
