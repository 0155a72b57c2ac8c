import { z } from 'zod';
import { defineCondition } from '../define.js';

const ids = z.array(z.number().int().positive()).max(50).default([]);

/** Member of any of these static lists (candidate_lists) or talent pools (talent_pools). */
export const listCondition = defineCondition(
  z
    .object({ kind: z.literal('list'), listIds: ids, poolIds: ids })
    .strict()
    .refine((c) => c.listIds.length > 0 || c.poolIds.length > 0, { message: 'Pick at least one list or talent pool', path: ['listIds'] }),
)({
  kind: 'list',
  label: 'In a list or talent pool',
  category: 'Lists',
  create: () => ({ kind: 'list', listIds: [], poolIds: [] }),
  evaluate: (c, f) => c.listIds.some((id) => f.listIds.includes(id)) || c.poolIds.some((id) => f.poolIds.includes(id)),
  describe: (c) => `In ${[...c.listIds.map((id) => `list #${id}`), ...c.poolIds.map((id) => `pool #${id}`)].join(' or ')}`,
});
