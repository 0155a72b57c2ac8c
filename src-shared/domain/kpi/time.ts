/** Dates and periods for the KPI maths. Everything is UTC: a day is `YYYY-MM-DD` of an ISO-8601 UTC timestamp. */

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** A half-open interval [start, end) of ISO-8601 UTC timestamps. */
export interface Range {
  start: string;
  end: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isDate = (s: string): boolean => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00.000Z`));

export const dayOf = (iso: string): string => iso.slice(0, 10);

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), inclusive: 2026-01-01..2026-01-01 is 1 day. */
export const daysInclusive = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS) + 1;

/** The filter's inclusive dates as a half-open timestamp range: from 00:00 on `from` to 00:00 after `to`. */
export const rangeOf = (from: string, to: string): Range => ({ start: `${from}T00:00:00.000Z`, end: `${addDays(to, 1)}T00:00:00.000Z` });

/** The period of the same length that ends the day before `from` (the comparison period). */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = daysInclusive(from, to);
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Whether a timestamp falls in [start, end). Timestamps in the vault's canonical form (toISOString) compare
 * correctly as strings — the fast path for hundreds of thousands of calls; anything else is parsed.
 */
export const inRange = (iso: string | null | undefined, range: Range): boolean => {
  if (!iso) return false;
  if (iso.length === 24 && range.start.length === 24 && range.end.length === 24 && CANONICAL.test(iso) && CANONICAL.test(range.start) && CANONICAL.test(range.end)) {
    return iso >= range.start && iso < range.end;
  }
  const t = Date.parse(iso);
  return t >= Date.parse(range.start) && t < Date.parse(range.end);
};

export const daysBetween = (fromIso: string, toIso: string): number => (Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS;

export type Granularity = 'day' | 'week' | 'month';

export interface Bucket {
  /** First day in the bucket (clipped to the period). */
  from: string;
  /** Last day in the bucket, inclusive (clipped to the period). */
  to: string;
  label: string;
}

/** Day buckets up to a month, weeks (Monday-based) up to half a year, calendar months beyond. */
export const granularityFor = (from: string, to: string): Granularity => {
  const days = daysInclusive(from, to);
  return days <= 31 ? 'day' : days <= 182 ? 'week' : 'month';
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shortDate = (date: string): string => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;

/** Consecutive buckets covering [from, to] exactly. */
export function bucketsOf(from: string, to: string, granularity: Granularity = granularityFor(from, to)): Bucket[] {
  const out: Bucket[] = [];
  let cursor = from;
  while (cursor <= to) {
    let last: string;
    let label: string;
    if (granularity === 'day') {
      last = cursor;
      label = shortDate(cursor);
    } else if (granularity === 'week') {
      // getUTCDay: 0 = Sunday. The week runs Monday..Sunday.
      const weekday = (new Date(`${cursor}T00:00:00.000Z`).getUTCDay() + 6) % 7;
      last = addDays(cursor, 6 - weekday);
      // A week cut short by the period is labelled by its first day, not a Monday outside the period.
      label = weekday === 0 ? `w/c ${shortDate(cursor)}` : `from ${shortDate(cursor)}`;
    } else {
      const [y, m] = [Number(cursor.slice(0, 4)), Number(cursor.slice(5, 7))];
      last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
      label = `${MONTHS[m - 1]} ${y}`;
    }
    if (last > to) last = to;
    out.push({ from: cursor, to: last, label });
    cursor = addDays(last, 1);
  }
  return out;
}

/** Index of the bucket holding `iso`, or -1. Buckets are sorted and contiguous. */
export function bucketIndex(buckets: readonly Bucket[], iso: string): number {
  const day = dayOf(iso);
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = buckets[mid]!;
    if (day < b.from) hi = mid - 1;
    else if (day > b.to) lo = mid + 1;
    else return mid;
  }
  return -1;
}
