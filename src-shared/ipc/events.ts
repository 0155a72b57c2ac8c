import { z } from 'zod';
import { reminderDueEvent } from '../domain/reminders/reminder.js';
import { vaultStatus } from '../domain/vault.js';

/** Server-pushed events: name → payload schema. */
export const events = {
  'vault:status-changed': vaultStatus,
  'job:progress': z.object({
    jobId: z.string(),
    kind: z.string(),
    phase: z.string(),
    done: z.number(),
    total: z.number(),
  }),
  /** A reminder fell due (once per due time; `late` when caught up after a restart or unlock). */
  'reminder:due': reminderDueEvent,
  /**
   * From the desktop shell, not the core: open this screen (e.g. after a click on an OS notification). Only a
   * route of screen names and ids, `/reminders/12`; the renderer ignores anything else.
   */
  'app:open-route': z.object({ route: z.string().max(200).regex(/^\/[a-z]+(\/[A-Za-z0-9_-]+)*$/) }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
