import { defineHandlers } from '../ipc/handlers.js';
import {
  cancelReminder,
  completeReminder,
  createReminder,
  getReminder,
  listReminders,
  recruiterTimeZone,
  reminderCounts,
  setRecruiterTimeZone,
  snoozeReminder,
} from '../services/reminders/reminders.js';
import { listRules, runRules, updateRule } from '../services/rules/rules.js';
import { pokeScheduler } from '../services/scheduler/scheduler.js';
import { writeContext } from './write-context.js';

export const reminderHandlers = defineHandlers({
  'reminders:create-reminder': (req, ctx) => {
    const r = createReminder(ctx.vault.database(), req, writeContext(ctx));
    pokeScheduler(ctx.vault);
    return r;
  },
  'reminders:list-reminders': (req, ctx) => listReminders(ctx.vault.database(), req, ctx.clock.now()),
  'reminders:get-reminder': (req, ctx) => getReminder(ctx.vault.database(), req.id),
  'reminders:count-reminders': (_req, ctx) => reminderCounts(ctx.vault.database(), ctx.clock.now()),
  'reminders:snooze-reminder': (req, ctx) => {
    const r = snoozeReminder(ctx.vault.database(), req, ctx.clock.now(), writeContext(ctx));
    pokeScheduler(ctx.vault);
    return r;
  },
  'reminders:complete-reminder': (req, ctx) => {
    const r = completeReminder(ctx.vault.database(), req, ctx.clock.now(), writeContext(ctx));
    pokeScheduler(ctx.vault);
    return r;
  },
  'reminders:cancel-reminder': (req, ctx) => cancelReminder(ctx.vault.database(), req.id, writeContext(ctx)),
  'reminders:get-settings': (_req, ctx) => ({ timeZone: recruiterTimeZone(ctx.vault.database()) }),
  'reminders:update-settings': (req, ctx) => {
    setRecruiterTimeZone(ctx.vault.database(), req.timeZone);
    return { timeZone: recruiterTimeZone(ctx.vault.database()) };
  },
  'rules:list-rules': (_req, ctx) => ({ items: listRules(ctx.vault.database()) }),
  'rules:update-rule': (req, ctx) => updateRule(ctx.vault.database(), req.kind, req),
  'rules:run-rules': (_req, ctx) => {
    const result = runRules(ctx.vault.database(), ctx.clock.now(), writeContext(ctx));
    pokeScheduler(ctx.vault);
    return result;
  },
});
