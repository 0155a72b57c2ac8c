import { z } from 'zod';
import { empty } from './common.js';

export const entityCounts = z.object({
  candidates: z.number().int(),
  clients: z.number().int(),
  contacts: z.number().int(),
  jobs: z.number().int(),
  applications: z.number().int(),
  activities: z.number().int(),
});
export type EntityCounts = z.infer<typeof entityCounts>;

export const appContract = {
  'app:get-info': {
    req: empty,
    res: z.object({
      name: z.string(),
      version: z.string(),
      host: z.enum(['electron', 'node', 'cli']),
      platform: z.string(),
    }),
  },
  'app:get-overview': {
    req: empty,
    res: z.object({ counts: entityCounts, sampleOfferDismissed: z.boolean(), agencyName: z.string() }),
  },
  'app:dismiss-sample-offer': { req: empty, res: z.object({ dismissed: z.literal(true) }) },
  'demo:load-sample': {
    req: z
      .object({
        candidates: z.number().int().min(1).max(200_000).default(400),
        seed: z.number().int().min(0).max(2 ** 31 - 1).default(42),
      })
      .strict(),
    res: z.object({ counts: entityCounts, ms: z.number() }),
  },
} as const;
