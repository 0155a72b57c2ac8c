import { z } from 'zod';
import type { SkillSynonyms } from '../search-query.js';

/**
 * Time in segment conditions. Stored timestamps are UTC ISO-8601 text (`toISOString()`), so a bound is resolved
 * once, here, to the same kind of text and both the SQL compiler and the reference evaluator compare text with
 * it. "Now" is always injected (the core's clock), never read here.
 */

export const DAY_MS = 86_400_000;

const ymd = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00.000Z`)) && new Date(`${s}T00:00:00.000Z`).toISOString().startsWith(s), 'Not a real date');

/** A calendar day (UTC), or a moment N days before now. */
export const dateBound = z.discriminatedUnion('type', [
  z.object({ type: z.literal('date'), date: ymd }).strict(),
  z.object({ type: z.literal('days-ago'), days: z.number().int().min(0).max(36_500) }).strict(),
]);
export type DateBound = z.infer<typeof dateBound>;

export interface SegmentEnv {
  now: Date;
  /**
   * Other names of a skill for `skill:` terms in text conditions, as Search has them (the core passes its
   * taxonomy; without it, terms match as typed).
   */
  skillSynonyms?: SkillSynonyms | undefined;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The first instant a bound covers: the start of the day, or exactly N days before now. */
export function boundStart(bound: DateBound, env: SegmentEnv): string {
  return bound.type === 'date' ? `${bound.date}T00:00:00.000Z` : iso(env.now.getTime() - bound.days * DAY_MS);
}

/** The first instant after a bound (exclusive end): the next day's start, or exactly N days before now. */
export function boundEnd(bound: DateBound, env: SegmentEnv): string {
  return bound.type === 'date' ? iso(Date.parse(`${bound.date}T00:00:00.000Z`) + DAY_MS) : iso(env.now.getTime() - bound.days * DAY_MS);
}

export const nowIso = (env: SegmentEnv): string => env.now.toISOString();

/** Last N days up to now: [now − N days, now]. */
export const windowStart = (days: number, env: SegmentEnv): string => iso(env.now.getTime() - days * DAY_MS);

/**
 * Canonical UTC text for a timestamp that may carry an offset (consents keep what the caller sent), or null when
 * it is not a date. SQL does the same with strftime('%Y-%m-%dT%H:%M:%fZ', x).
 */
export function canonicalTimestamp(value: string): string | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : iso(ms);
}

export function describeBound(bound: DateBound): string {
  if (bound.type === 'date') return bound.date;
  if (bound.days === 0) return 'now';
  return bound.days === 1 ? '1 day ago' : `${bound.days} days ago`;
}
