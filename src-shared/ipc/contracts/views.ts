import { z } from 'zod';
import { candidateFilters, candidateSort } from '../../domain/candidate.js';

/** What a saved view of the candidate list remembers: columns, sort, filters and the search text. */
export const candidateView = z
  .object({
    name: z.string().trim().min(1, 'Give the view a name').max(60),
    columns: z.array(z.string().max(40)).max(20),
    sort: candidateSort,
    direction: z.enum(['asc', 'desc']),
    filters: candidateFilters,
    query: z.string().max(500).default(''),
  })
  .strict();
export type CandidateView = z.infer<typeof candidateView>;

/**
 * Saved views and document rendering for the UI. Views live in the vault's settings table (no browser storage:
 * everything the recruiter keeps stays encrypted with the rest).
 */
export const viewsContract = {
  'views:list-views': { req: z.object({}).strict(), res: z.object({ items: z.array(candidateView) }) },
  /** Saves (or replaces, by name) a view. */
  'views:save-view': { req: candidateView, res: z.object({ items: z.array(candidateView) }) },
  'views:delete-view': { req: z.object({ name: z.string().trim().min(1).max(60) }).strict(), res: z.object({ items: z.array(candidateView) }) },
  /** A DOCX attachment converted to HTML in the core (mammoth). Show it sandboxed: it is the candidate's document. */
  'attachments:render-html': {
    req: z.object({ id: z.number().int().positive() }).strict(),
    res: z.object({ html: z.string(), messages: z.array(z.string()) }),
  },
} as const;
