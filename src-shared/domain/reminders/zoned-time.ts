/**
 * Wall-clock maths in an IANA time zone with nothing but Intl: a reminder "every 7 days at 09:00 Europe/Oslo"
 * stays at 09:00 local across daylight-saving changes, and "tomorrow at 9" means the recruiter's 9.
 */
export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the zone (an unknown zone would throw deep inside the maths). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of `instant` in `timeZone`. */
export function toLocal(instant: Date, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const asUtc = (l: LocalDateTime): number => Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);

/** Offset of the zone from UTC at `ms`, in milliseconds (Oslo in summer: +7 200 000). */
function offsetAt(ms: number, timeZone: string): number {
  const d = new Date(ms);
  return asUtc(toLocal(d, timeZone)) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in `timeZone`. A time that happens twice (autumn overlap) resolves
 * to the first; a time that never happens (spring gap, 02:30 in Oslo on the last Sunday of March) moves forward
 * by the gap (03:30), which is what a person means by "at 02:30".
 */
export function fromLocal(local: LocalDateTime, timeZone: string): Date {
  const t = asUtc(local);
  const before = offsetAt(t - 86_400_000, timeZone);
  const after = offsetAt(t + 86_400_000, timeZone);
  const candidates = [t - before, t - after].filter((c) => asUtc(toLocal(new Date(c), timeZone)) === t);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(t - before);
}

/** Same wall-clock time `days` calendar days later (may be negative). */
export function addLocalDays(instant: Date, days: number, timeZone: string): Date {
  const l = toLocal(instant, timeZone);
  const shifted = new Date(Date.UTC(l.year, l.month - 1, l.day + days));
  return fromLocal(
    { ...l, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() },
    timeZone,
  );
}

/** Start of the local calendar day of `instant` (00:00 local), and of the next day. */
export function localDayBounds(instant: Date, timeZone: string): { start: Date; end: Date } {
  const l = toLocal(instant, timeZone);
  const start = fromLocal({ ...l, hour: 0, minute: 0, second: 0 }, timeZone);
  return { start, end: addLocalDays(start, 1, timeZone) };
}

/** `hh:mm` on the local day of `instant`. */
export function atLocalTime(instant: Date, hour: number, minute: number, timeZone: string): Date {
  return fromLocal({ ...toLocal(instant, timeZone), hour, minute, second: 0 }, timeZone);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of the local date of `instant`. */
export function localWeekday(instant: Date, timeZone: string): number {
  const l = toLocal(instant, timeZone);
  const wd = new Date(Date.UTC(l.year, l.month - 1, l.day)).getUTCDay();
  return wd === 0 ? 7 : wd;
}
