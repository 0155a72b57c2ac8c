import { z } from 'zod';
import { application, applicationDetail, applicationStatus, offerInput, reasonText } from '../../domain/application.js';
import { cardPosition } from './board.js';
import { idRequest } from './common.js';

const id = z.number().int().positive();
const version = z.number().int().positive();
/** The recruiter doing it: recorded in stage history ("who moved it"). */
const movedBy = id.optional();
const isoDate = z.iso.datetime({ offset: true });

export const applicationsContract = {
  /** Adds a candidate to a job's pipeline, in its first stage unless `stageId` says otherwise. */
  'applications:create-application': {
    req: z.object({ candidateId: id, jobId: id, stageId: id.optional(), movedBy, note: z.string().trim().max(2000).optional() }).strict(),
    res: applicationDetail,
  },
  'applications:get-application': { req: idRequest, res: applicationDetail },
  'applications:list-applications': {
    req: z
      .object({
        jobId: id.optional(),
        candidateId: id.optional(),
        stageId: id.optional(),
        status: z.array(applicationStatus).min(1).optional(),
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .strict()
      .refine((q) => q.jobId !== undefined || q.candidateId !== undefined, { message: 'Give a jobId or a candidateId', path: ['jobId'] }),
    res: z.object({ items: z.array(application), total: z.number().int() }),
  },
  /**
   * Moves to any stage of the same job. A rejected/withdrawn stage needs `reason`; an offer stage takes `offer`.
   * Status follows the stage type (hired/rejected/withdrawn, else active). `position` places the card in the new
   * stage's board column (where it was dropped); without it the card goes on top of that column.
   */
  'applications:move-application': {
    req: z
      .object({
        id,
        version,
        toStageId: id,
        movedBy,
        note: z.string().trim().max(2000).optional(),
        reason: reasonText.optional(),
        offer: offerInput.optional(),
        position: cardPosition.optional(),
      })
      .strict(),
    res: applicationDetail,
  },
  'applications:reject-application': { req: z.object({ id, version, reason: reasonText, movedBy }).strict(), res: applicationDetail },
  'applications:withdraw-application': { req: z.object({ id, version, reason: reasonText, movedBy }).strict(), res: applicationDetail },
  /** Records the offer and moves the application to the offer stage if it is not there yet. */
  'applications:extend-offer': { req: z.object({ id, version, offer: offerInput, movedBy }).strict(), res: applicationDetail },
  /** Needs an extended offer; moves to the hired stage. */
  'applications:accept-offer': { req: z.object({ id, version, acceptedAt: isoDate.optional(), movedBy }).strict(), res: applicationDetail },
  /** Needs an extended offer; the application is withdrawn with the reason ("Declined offer: …"). */
  'applications:decline-offer': {
    req: z.object({ id, version, declinedAt: isoDate.optional(), reason: reasonText, movedBy }).strict(),
    res: applicationDetail,
  },
  /** Only for hired applications; whole units of the offer currency. null clears it. */
  'applications:set-placement-fee': {
    req: z.object({ id, version, fee: z.number().int().min(0).max(100_000_000).nullable() }).strict(),
    res: applicationDetail,
  },
} as const;
