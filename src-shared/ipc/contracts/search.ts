import { z } from 'zod';
import { MAX_QUERY_LENGTH } from '../../domain/search-query.js';

const segments = z.array(z.object({ text: z.string(), match: z.boolean() }));

export const searchResult = z.object({
  id: z.number().int(),
  displayName: z.string(),
  currentTitle: z.string(),
  currentCompany: z.string(),
  city: z.string(),
  region: z.string(),
  country: z.string(),
  /** bm25 with field weights; higher is better (FTS5's rank, negated). */
  score: z.number(),
  /** The display name with matched words marked. */
  nameHighlight: segments,
  /** The best-matching passage from any field, matched words marked. Render as text, never as HTML. */
  snippet: segments,
});
export type SearchResult = z.infer<typeof searchResult>;

export const searchContract = {
  /**
   * Recruiter syntax: words, "phrases", OR, NOT/-term, prefix*, (groups), and field filters
   * skill: title: company: location: tag: source: name: notes: resume:. A malformed query is `invalid_input`
   * with a message saying how to fix it.
   */
  'search:search-candidates': {
    req: z
      .object({
        query: z.string().max(MAX_QUERY_LENGTH),
        limit: z.number().int().min(1).max(200).default(20),
        offset: z.number().int().min(0).max(10_000).default(0),
      })
      .strict(),
    res: z.object({
      items: z.array(searchResult),
      total: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
      ms: z.number(),
      /** While a large backlog is indexed in the background (after an upgrade, during a big import): results may be incomplete. */
      indexing: z.object({ pending: z.number().int(), of: z.number().int() }).nullable(),
    }),
  },
} as const;
