import { z } from 'zod';
import { applicationStatus } from '../../domain/application.js';
import { job } from '../../domain/job.js';

/** One card on a job's pipeline board: what the card shows plus what a move needs (id, version). */
export const boardCard = z.object({
  id: z.number().int(),
  version: z.number().int(),
  candidateId: z.number().int(),
  candidateName: z.string(),
  currentTitle: z.string(),
  stageId: z.number().int(),
  status: applicationStatus,
  rating: z.number().int().nullable(),
  stageEnteredAt: z.string(),
  /** The candidate's newest activity of any kind (any job), or null. */
  lastContactAt: z.string().nullable(),
  /** The candidate's owner (recruiter), or ''. */
  ownerName: z.string(),
});
export type BoardCard = z.infer<typeof boardCard>;

const cardId = z.number().int().positive();

/**
 * Where a card goes in a column: on top, at the bottom, or just before / after another card of that column (the
 * one it was dropped on). Relative to a neighbour rather than an index, so a drop on a filtered board lands where
 * it was shown, and a concurrent edit elsewhere in the column does not shift it.
 */
export const cardPosition = z.discriminatedUnion(
  'place',
  [
    z.object({ place: z.literal('top') }).strict(),
    z.object({ place: z.literal('bottom') }).strict(),
    z.object({ place: z.literal('before'), cardId }).strict(),
    z.object({ place: z.literal('after'), cardId }).strict(),
  ],
  { error: 'Give place "top", "bottom", "before" or "after" (the last two with the cardId of a card in that column)' },
);
export type CardPosition = z.infer<typeof cardPosition>;

export const boardContract = {
  /**
   * A job with its stages and every card of its pipeline in one read (one SQL query for the cards), for the board.
   * Cards come ordered by stage, then in each column by the recruiter's order (`board:reorder-card`, moves with a
   * position; a card entering a stage goes on top). Cards never placed by hand follow, best rating first, then
   * longest in stage.
   */
  'board:get-board': {
    req: z.object({ jobId: z.number().int().positive() }).strict(),
    res: z.object({ job, cards: z.array(boardCard) }),
  },
  /**
   * Moves a card within its column (the stage does not change; `applications:move-application` with `position`
   * moves to another stage at a place). Version-guarded like every write; answers the card with its new version.
   */
  'board:reorder-card': {
    req: z.object({ id: cardId, version: z.number().int().positive(), position: cardPosition }).strict(),
    res: boardCard,
  },
} as const;
