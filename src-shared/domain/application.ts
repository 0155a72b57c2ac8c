import { z } from 'zod';
import { stageType } from './job.js';

const isoDate = z.iso.datetime({ offset: true });
/** Why an application was rejected or withdrawn; required, kept on the application and in its stage history. */
export const reasonText = z.string().trim().min(1, 'Give a reason').max(2000);

export const applicationStatuses = ['active', 'hired', 'rejected', 'withdrawn'] as const;
export const applicationStatus = z.enum(applicationStatuses);
export type ApplicationStatus = z.infer<typeof applicationStatus>;

/** Offer terms; amounts are whole units of the currency (as salaries are stored). */
export const offerInput = z.object({
  amount: z.number().int().min(0).max(100_000_000),
  currency: z.string().trim().length(3, 'Use a 3-letter currency code').toUpperCase(),
  extendedAt: isoDate.optional(),
});
export type OfferInput = z.infer<typeof offerInput>;

export const stageMove = z.object({
  id: z.number().int(),
  fromStageId: z.number().int().nullable(),
  fromStageName: z.string().nullable(),
  toStageId: z.number().int(),
  toStageName: z.string(),
  movedAt: z.string(),
  movedBy: z.number().int().nullable(),
  note: z.string(),
});
export type StageMove = z.infer<typeof stageMove>;

export const application = z.object({
  id: z.number().int(),
  candidateId: z.number().int(),
  candidateName: z.string(),
  jobId: z.number().int(),
  jobTitle: z.string(),
  stageId: z.number().int(),
  stageName: z.string(),
  stageType,
  status: applicationStatus,
  rating: z.number().int().nullable(),
  rejectionReason: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  offerExtendedAt: z.string().nullable(),
  offerAmount: z.number().int().nullable(),
  offerCurrency: z.string().nullable(),
  offerAcceptedAt: z.string().nullable(),
  offerDeclinedAt: z.string().nullable(),
  placementFee: z.number().int().nullable(),
  stageEnteredAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Application = z.infer<typeof application>;

export const applicationDetail = application.extend({ history: z.array(stageMove) });
export type ApplicationDetail = z.infer<typeof applicationDetail>;
