import { z } from 'zod';
import { defineCondition, listText, sameNoCase } from '../define.js';
import { valueList } from './common.js';

/** Came from one of these sources (LinkedIn, Referral, …). */
export const sourceCondition = defineCondition(
  z.object({ kind: z.literal('source'), values: valueList('source', 50) }).strict(),
)({
  kind: 'source',
  label: 'Source',
  category: 'Profile',
  create: () => ({ kind: 'source', values: [] }),
  evaluate: (c, f) => c.values.some((v) => sameNoCase(f.source, v)),
  describe: (c) => `Source: ${listText(c.values)}`,
});
