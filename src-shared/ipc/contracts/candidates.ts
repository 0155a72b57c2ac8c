import { z } from 'zod';
import { candidate, candidateInput, candidateSummary } from '../../domain/candidate.js';
import { idRequest } from './common.js';

export const candidatesContract = {
  'candidates:create-candidate': { req: candidateInput, res: candidate },
  'candidates:get-candidate': { req: idRequest, res: candidate },
  'candidates:list-candidates': {
    req: z
      .object({
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    res: z.object({ items: z.array(candidateSummary), total: z.number().int() }),
  },
} as const;
