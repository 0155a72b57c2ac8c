import { z } from 'zod';
import { boundStart, dateBound, describeBound, nowIso } from '../dates.js';
import { defineCondition } from '../define.js';
import type { SegmentFacts } from '../facts.js';

/** A contact is an inbound or outbound activity up to now; internal notes and future-dated entries are not. */
export const isContact = (a: SegmentFacts['activities'][number], now: string): boolean => a.direction !== 'internal' && a.occurredAt <= now;

/**
 * When we last talked to the candidate: before / on or after a bound, or never. "Before" needs a contact (use
 * an OR with "never" to include people never contacted).
 */
export const lastContactedCondition = defineCondition(
  z
    .object({
      kind: z.literal('last-contacted'),
      op: z.enum(['before', 'after', 'never']),
      when: dateBound.nullable().default(null),
    })
    .strict()
    .refine((c) => c.op === 'never' || c.when !== null, { message: 'Pick a date or a number of days', path: ['when'] }),
)({
  kind: 'last-contacted',
  label: 'Last contacted',
  category: 'Engagement',
  create: () => ({ kind: 'last-contacted', op: 'before', when: { type: 'days-ago', days: 90 } }),
  evaluate: (c, f, env) => {
    const now = nowIso(env);
    let last: string | null = null;
    for (const a of f.activities) if (isContact(a, now) && (last === null || a.occurredAt > last)) last = a.occurredAt;
    if (c.op === 'never') return last === null;
    if (last === null) return false;
    const bound = boundStart(c.when!, env);
    return c.op === 'before' ? last < bound : last >= bound;
  },
  describe: (c) => (c.op === 'never' ? 'Never contacted' : `Last contacted ${c.op === 'before' ? 'before' : 'on or after'} ${describeBound(c.when!)}`),
});
