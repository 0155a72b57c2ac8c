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

export const boardContract = {
  /**
   * A job with its stages and every card of its pipeline in one read (one SQL query for the cards), for the board.
   * Cards come ordered by stage, then rating (best first), then longest in stage: the board has no manual order.
   */
  'board:get-board': {
    req: z.object({ jobId: z.number().int().positive() }).strict(),
    res: z.object({ job, cards: z.array(boardCard) }),
  },
} as const;
