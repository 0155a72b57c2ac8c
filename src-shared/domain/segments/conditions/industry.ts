import { z } from 'zod';
import { defineCondition, distinctNoCase, listText, sameNoCase } from '../define.js';
import { matchMode, valueList } from './common.js';

/** Has worked in any / all of these industries. */
export const industryCondition = defineCondition(
  z.object({ kind: z.literal('industry'), mode: matchMode, values: valueList('industry', 50) }).strict(),
)({
  kind: 'industry',
  label: 'Industry',
  category: 'Skills & interests',
  create: () => ({ kind: 'industry', mode: 'any', values: [] }),
  evaluate: (c, f) => {
    const has = (v: string) => f.industries.some((i) => sameNoCase(i, v));
    const values = distinctNoCase(c.values);
    return c.mode === 'any' ? values.some(has) : values.every(has);
  },
  describe: (c) => `Industry: ${c.mode} of ${listText(c.values)}`,
});
