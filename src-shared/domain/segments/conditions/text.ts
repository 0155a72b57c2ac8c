import { z } from 'zod';
import { expandSkillSynonyms, MAX_QUERY_LENGTH, parseSearchQuery, validateSearchQuery } from '../../search-query.js';
import { defineCondition } from '../define.js';
import { matchesSearchQuery } from '../text-match.js';

/** Free text in the recruiter search syntax, over the same index as Search (name, title, skills, notes, résumé…). */
export const textCondition = defineCondition(
  z
    .object({
      kind: z.literal('text'),
      query: z
        .string()
        .trim()
        .min(1, 'Type something to search for')
        .max(MAX_QUERY_LENGTH)
        .superRefine((q, ctx) => {
          const checked = validateSearchQuery(q);
          if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message });
        }),
    })
    .strict(),
)({
  kind: 'text',
  label: 'Text match',
  category: 'Profile',
  create: () => ({ kind: 'text', query: '' }),
  evaluate: (c, facts, env) =>
    facts.tokens !== null && matchesSearchQuery(env.skillSynonyms ? expandSkillSynonyms(parseSearchQuery(c.query), env.skillSynonyms) : c.query, facts.tokens),
  describe: (c) => `Text matches ${c.query}`,
});
