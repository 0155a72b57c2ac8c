import { z } from 'zod';
import { defineCondition, distinctNoCase, listText, sameNoCase } from '../define.js';
import { matchMode, valueList } from './common.js';

/** Has any / all of these skills, each at a minimum level and/or years of use. */
export const skillsCondition = defineCondition(
  z
    .object({
      kind: z.literal('skills'),
      mode: matchMode,
      values: valueList('skill', 50),
      minLevel: z.number().int().min(1).max(5).nullable().default(null),
      minYears: z.number().min(0).max(60).nullable().default(null),
    })
    .strict(),
)({
  kind: 'skills',
  label: 'Skills',
  category: 'Skills & interests',
  create: () => ({ kind: 'skills', mode: 'any', values: [], minLevel: null, minYears: null }),
  evaluate: (c, facts) => {
    const ok = (value: string) =>
      facts.skills.some(
        (s) =>
          sameNoCase(s.name, value) &&
          (c.minLevel === null || (s.level !== null && s.level >= c.minLevel)) &&
          (c.minYears === null || (s.years !== null && s.years >= c.minYears)),
      );
    const values = distinctNoCase(c.values);
    return c.mode === 'any' ? values.some(ok) : values.every(ok);
  },
  describe: (c) => {
    const extra = [c.minLevel !== null ? `level ≥ ${c.minLevel}` : '', c.minYears !== null ? `≥ ${c.minYears} years` : ''].filter(Boolean).join(', ');
    return `Skills: ${c.mode} of ${listText(c.values)}${extra ? ` (${extra})` : ''}`;
  },
});
