import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueBucket, nextOccurrence, snoozeUntil } from '../schedule.js';
import { addLocalDays, fromLocal, localDayBounds, toLocal } from '../zoned-time.js';

const OSLO = 'Europe/Oslo';
const NY = 'America/New_York';
const hhmm = (d: Date, tz: string) => {
  const l = toLocal(d, tz);
  return `${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
};

describe('zoned time (Intl only)', () => {
  it('converts wall-clock time to instants on both sides of the EU switch', () => {
    expect(fromLocal({ year: 2026, month: 3, day: 28, hour: 9, minute: 0, second: 0 }, OSLO).toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(fromLocal({ year: 2026, month: 3, day: 30, hour: 9, minute: 0, second: 0 }, OSLO).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('moves a time in the spring gap forward and picks the first of an autumn overlap', () => {
    // 29 March 2026, 02:30 does not exist in Oslo: it becomes 03:30 CEST.
    expect(fromLocal({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, OSLO).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026, 02:30 happens twice: the first (CEST) one.
    expect(fromLocal({ year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }, OSLO).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips any instant through its local reading (outside overlaps)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.constantFrom(OSLO, NY, 'Asia/Kolkata', 'Australia/Sydney', 'UTC'), (ms, tz) => {
        const instant = new Date(Math.floor(ms / 60_000) * 60_000);
        const back = fromLocal(toLocal(instant, tz), tz);
        // In an overlap hour the first occurrence is chosen: at most one hour earlier.
        const diff = instant.getTime() - back.getTime();
        expect(diff === 0 || diff === 3_600_000 || diff === 1_800_000).toBe(true);
        expect(toLocal(back, tz)).toEqual(toLocal(instant, tz));
      }),
      { numRuns: 300 },
    );
  });

  it('gives 23- and 25-hour local days on switch days', () => {
    const spring = localDayBounds(new Date('2026-03-29T12:00:00Z'), OSLO);
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    const autumn = localDayBounds(new Date('2026-10-25T12:00:00Z'), OSLO);
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000);
  });
});

describe('recurrence keeps the local wall-clock time across DST', () => {
  it('every 7 days at 09:00 Europe/Oslo stays at 09:00 over the March and October switches', () => {
    let due = fromLocal({ year: 2026, month: 3, day: 23, hour: 9, minute: 0, second: 0 }, OSLO);
    const seen: string[] = [];
    for (let i = 0; i < 34; i++) {
      due = nextOccurrence(due, { every: 1, unit: 'week' }, OSLO);
      seen.push(hhmm(due, OSLO));
    }
    expect(new Set(seen)).toEqual(new Set(['09:00']));
    // …while the UTC hour changes with the offset.
    expect(nextOccurrence(new Date('2026-03-23T08:00:00Z'), { every: 7, unit: 'day' }, OSLO).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(nextOccurrence(new Date('2026-10-19T07:00:00Z'), { every: 1, unit: 'week' }, OSLO).toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('US switch (second Sunday of March, first of November) in New York', () => {
    expect(nextOccurrence(new Date('2026-03-07T14:00:00Z'), { every: 1, unit: 'day' }, NY).toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(nextOccurrence(new Date('2026-10-31T13:00:00Z'), { every: 1, unit: 'day' }, NY).toISOString()).toBe('2026-11-01T14:00:00.000Z');
  });

  it('skips occurrences missed while closed: the next one is in the future, at the same local time', () => {
    const due = new Date('2026-01-05T08:00:00Z'); // Monday 09:00 Oslo
    const now = new Date('2026-06-10T12:00:00Z');
    const next = nextOccurrence(due, { every: 2, unit: 'week' }, OSLO, now);
    expect(next.getTime()).toBeGreaterThan(now.getTime());
    expect(next.getTime() - now.getTime()).toBeLessThanOrEqual(14 * 86_400_000);
    expect(hhmm(next, OSLO)).toBe('09:00');
  });

  it('property: N local days later is the same wall-clock time (when it exists)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }), fc.integer({ min: 1, max: 400 }), (ms, days) => {
        const start = fromLocal({ ...toLocal(new Date(ms), OSLO), hour: 9, minute: 15, second: 0 }, OSLO);
        expect(hhmm(addLocalDays(start, days, OSLO), OSLO)).toBe('09:15');
      }),
      { numRuns: 200 },
    );
  });
});

describe('snooze presets', () => {
  it('tomorrow means 09:00 local tomorrow, also across the spring switch', () => {
    const now = new Date('2026-03-28T20:00:00Z'); // Saturday 21:00 CET
    expect(snoozeUntil('tomorrow', now, OSLO).toISOString()).toBe('2026-03-29T07:00:00.000Z'); // Sunday 09:00 CEST
  });

  it('next week means next Monday 09:00 local, also across the autumn switch', () => {
    const now = new Date('2026-10-23T10:00:00Z'); // Friday
    expect(snoozeUntil('next-week', now, OSLO).toISOString()).toBe('2026-10-26T08:00:00.000Z'); // Monday 09:00 CET
    const monday = new Date('2026-10-26T10:00:00Z');
    expect(snoozeUntil('next-week', monday, OSLO).toISOString()).toBe('2026-11-02T08:00:00.000Z');
  });

  it('relative presets are plain durations', () => {
    const now = new Date('2026-03-29T00:30:00Z');
    expect(snoozeUntil('1h', now, OSLO).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(snoozeUntil('15m', now, OSLO).toISOString()).toBe('2026-03-29T00:45:00.000Z');
  });

  it('buckets', () => {
    const now = new Date('2026-03-10T10:00:00Z');
    const end = new Date('2026-03-10T23:00:00Z');
    expect(dueBucket(new Date('2026-03-10T09:00:00Z'), now, end, false)).toBe('overdue');
    expect(dueBucket(new Date('2026-03-10T12:00:00Z'), now, end, false)).toBe('today');
    expect(dueBucket(new Date('2026-03-11T12:00:00Z'), now, end, false)).toBe('upcoming');
    expect(dueBucket(new Date('2026-03-11T12:00:00Z'), now, end, true)).toBe('done');
  });
});
