import { z } from 'zod';
import { defineCondition, distinctNoCase, listText, sameNoCase } from '../define.js';
import { matchMode, valueList } from './common.js';

/** Tagged with any / all of these tags. */
export const tagsCondition = defineCondition(
  z.object({ kind: z.literal('tags'), mode: matchMode, values: valueList('tag', 50) }).strict(),
)({
  kind: 'tags',
  label: 'Tags',
  category: 'Skills & interests',
  create: () => ({ kind: 'tags', mode: 'any', values: [] }),
  evaluate: (c, f) => {
    const has = (v: string) => f.tags.some((t) => sameNoCase(t, v));
    const values = distinctNoCase(c.values);
    return c.mode === 'any' ? values.some(has) : values.every(has);
  },
  describe: (c) => `Tags: ${c.mode} of ${listText(c.values)}`,
});
