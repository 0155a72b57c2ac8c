import { z } from 'zod';
import { seniorityLevels } from '../../candidate.js';
import { defineCondition, listText } from '../define.js';

export const seniorityValues = [...seniorityLevels, 'unknown'] as const;

/** Job level is one of these ("unknown": not recorded). */
export const seniorityCondition = defineCondition(
  z
    .object({ kind: z.literal('seniority'), values: z.array(z.enum(seniorityValues)).min(1, 'Pick at least one level').max(seniorityValues.length) })
    .strict(),
)({
  kind: 'seniority',
  label: 'Seniority',
  category: 'Profile',
  create: () => ({ kind: 'seniority', values: [] }),
  evaluate: (c, f) => (f.seniority === null ? c.values.includes('unknown') : c.values.includes(f.seniority)),
  describe: (c) => `Seniority: ${listText(c.values)}`,
});
