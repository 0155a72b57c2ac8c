import { addLocalDays, atLocalTime, localWeekday } from './zoned-time.js';

export const recurrenceUnits = ['day', 'week'] as const;
export type RecurrenceUnit = (typeof recurrenceUnits)[number];
export interface Recurrence {
  every: number;
  unit: RecurrenceUnit;
}

const stepDays = (r: Recurrence): number => r.every * (r.unit === 'week' ? 7 : 1);

/**
 * The next occurrence of a recurring reminder after `dueAt`, at the same local wall-clock time. Occurrences
 * missed while the app was closed are skipped (one catch-up, not a flood): the result is strictly after
 * `notBefore` when given.
 */
export function nextOccurrence(dueAt: Date, recurrence: Recurrence, timeZone: string, notBefore?: Date): Date {
  const step = stepDays(recurrence);
  if (step <= 0) throw new Error('A recurrence needs a positive interval');
  let next = addLocalDays(dueAt, step, timeZone);
  if (notBefore && next.getTime() <= notBefore.getTime()) {
    // Jump close first (a daily reminder untouched for a year), then walk; local days keep the wall time.
    const approx = Math.floor((notBefore.getTime() - dueAt.getTime()) / (step * 86_400_000));
    let n = Math.max(1, approx);
    next = addLocalDays(dueAt, n * step, timeZone);
    while (next.getTime() <= notBefore.getTime()) {
      n += 1;
      next = addLocalDays(dueAt, n * step, timeZone);
    }
  }
  return next;
}

export const snoozePresets = ['15m', '1h', '3h', 'tomorrow', 'next-week'] as const;
export type SnoozePreset = (typeof snoozePresets)[number];

export const snoozePresetLabels: Record<SnoozePreset, string> = {
  '15m': '15 minutes',
  '1h': '1 hour',
  '3h': '3 hours',
  tomorrow: 'Tomorrow 09:00',
  'next-week': 'Next Monday 09:00',
};

/** Where a snooze preset lands, from `now`, in the recruiter's zone ("tomorrow" = tomorrow 09:00 local). */
export function snoozeUntil(preset: SnoozePreset, now: Date, timeZone: string): Date {
  switch (preset) {
    case '15m':
      return new Date(now.getTime() + 15 * 60_000);
    case '1h':
      return new Date(now.getTime() + 3_600_000);
    case '3h':
      return new Date(now.getTime() + 3 * 3_600_000);
    case 'tomorrow':
      return atLocalTime(addLocalDays(now, 1, timeZone), 9, 0, timeZone);
    case 'next-week': {
      const days = 8 - localWeekday(now, timeZone); // Monday → 7, Sunday → 1
      return atLocalTime(addLocalDays(now, days, timeZone), 9, 0, timeZone);
    }
  }
}

export type DueBucket = 'overdue' | 'today' | 'upcoming' | 'done';

/** Which Reminders tab an open reminder belongs in, given the local day's bounds. */
export function dueBucket(dueAt: Date, now: Date, endOfToday: Date, done: boolean): DueBucket {
  if (done) return 'done';
  if (dueAt.getTime() <= now.getTime()) return 'overdue';
  if (dueAt.getTime() < endOfToday.getTime()) return 'today';
  return 'upcoming';
}
