import { z } from 'zod';
import { boundEnd, boundStart, dateBound, describeBound } from '../dates.js';
import { defineCondition } from '../define.js';

/** Created / updated within a range: from the start of `from`, up to (not including) the end of `to`. */
export const dateCondition = defineCondition(
  z
    .object({
      kind: z.literal('date'),
      field: z.enum(['created', 'updated']),
      from: dateBound.nullable().default(null),
      to: dateBound.nullable().default(null),
    })
    .strict()
    .refine((c) => c.from !== null || c.to !== null, { message: 'Give a start or an end date', path: ['from'] }),
)({
  kind: 'date',
  label: 'Created or updated',
  category: 'Profile',
  create: () => ({ kind: 'date', field: 'created', from: { type: 'days-ago', days: 30 }, to: null }),
  evaluate: (c, f, env) => {
    const at = c.field === 'created' ? f.createdAt : f.updatedAt;
    return (c.from === null || at >= boundStart(c.from, env)) && (c.to === null || at < boundEnd(c.to, env));
  },
  describe: (c) =>
    `${c.field === 'created' ? 'Created' : 'Updated'}${c.from ? ` from ${describeBound(c.from)}` : ''}${c.to ? ` until ${describeBound(c.to)}` : ''}`,
});
