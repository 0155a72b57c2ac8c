import { z } from 'zod';
import { job, jobInput, jobPatch, jobStatus, jobSummary, stageInput, stageType } from '../../domain/job.js';
import { idRequest } from './common.js';

const id = z.number().int().positive();
/** The job's version: stage edits change the job, so they take part in its optimistic concurrency. */
const version = z.number().int().positive();

export const jobsContract = {
  /** Creates the job with its pipeline (the default template unless `stages` is given). */
  'jobs:create-job': { req: jobInput, res: job },
  'jobs:get-job': { req: idRequest, res: job },
  'jobs:update-job': { req: z.object({ id, version, patch: jobPatch }).strict(), res: job },
  /** Refused (`conflict`) while the job has applications: close it instead. */
  'jobs:delete-job': { req: z.object({ id, version }).strict(), res: z.object({ id: z.number().int(), deleted: z.literal(true) }) },
  'jobs:list-jobs': {
    req: z
      .object({
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
        clientId: id.optional(),
        ownerId: id.optional(),
        status: z.array(jobStatus).min(1).optional(),
        sort: z.enum(['updated', 'opened', 'title']).default('updated'),
      })
      .strict(),
    res: z.object({ items: z.array(jobSummary), total: z.number().int() }),
  },
  /** Inserts a stage at `position` (0-based; default: before the closing stages). */
  'jobs:add-stage': {
    req: z.object({ jobId: id, version, name: stageInput.shape.name, type: stageType, position: z.number().int().min(0).optional() }).strict(),
    res: job,
  },
  'jobs:rename-stage': { req: z.object({ stageId: id, version, name: stageInput.shape.name }).strict(), res: job },
  /** `stageIds` lists every stage of the job in the new order. */
  'jobs:reorder-stages': { req: z.object({ jobId: id, version, stageIds: z.array(id).min(1).max(30) }).strict(), res: job },
  /** Applications in the stage move to `reassignTo` (required when there are any), with a stage-history entry. */
  'jobs:remove-stage': {
    req: z.object({ stageId: id, version, reassignTo: id.optional(), movedBy: id.optional() }).strict(),
    res: job,
  },
} as const;
