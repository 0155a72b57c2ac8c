import { z } from 'zod';
import { idRequest } from './common.js';

const id = z.number().int().positive();

export const pool = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  cadenceDays: z.number().int(),
  memberCount: z.number().int(),
  dueCount: z.number().int(),
  createdAt: z.string(),
});
export type PoolDto = z.infer<typeof pool>;

export const poolMember = z.object({
  candidateId: z.number().int(),
  displayName: z.string(),
  currentTitle: z.string(),
  preferredChannel: z.string().nullable(),
  addedAt: z.string(),
  source: z.string(),
  lastTouchAt: z.string().nullable(),
  nextTouchAt: z.string(),
  due: z.boolean(),
});
export type PoolMemberDto = z.infer<typeof poolMember>;

const poolFields = {
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000),
  cadenceDays: z.number().int().min(1).max(365),
};

export const poolsContract = {
  /** Talent pools / communities with their member counts and how many are due for a nurture touch. */
  'pools:list-pools': { req: z.object({}).strict(), res: z.object({ items: z.array(pool) }) },
  'pools:create-pool': {
    req: z.object({ name: poolFields.name, description: poolFields.description.default(''), cadenceDays: poolFields.cadenceDays.default(30) }).strict(),
    res: pool,
  },
  'pools:update-pool': {
    req: z.object({ id, name: poolFields.name.optional(), description: poolFields.description.optional(), cadenceDays: poolFields.cadenceDays.optional() }).strict(),
    res: pool,
  },
  'pools:delete-pool': { req: idRequest, res: z.object({ deleted: z.literal(true) }) },
  /** From a selection, a segment's member ids, or a rejected applicant (source 'rejection'). Idempotent per member. */
  'pools:add-members': {
    req: z
      .object({
        poolId: id,
        candidateIds: z.array(id).min(1).max(10_000),
        source: z.enum(['manual', 'selection', 'segment', 'rejection', 'import']).default('manual'),
        note: z.string().trim().max(2000).default(''),
      })
      .strict(),
    res: z.object({ added: z.number().int(), already: z.number().int() }),
  },
  'pools:remove-members': {
    req: z.object({ poolId: id, candidateIds: z.array(id).min(1).max(10_000) }).strict(),
    res: z.object({ removed: z.number().int() }),
  },
  /** Members with their nurture clock: who is due for a touch, longest overdue first. */
  'pools:list-members': {
    req: z.object({ poolId: id, dueOnly: z.boolean().default(false), limit: z.number().int().min(1).max(5000).default(500) }).strict(),
    res: z.object({ items: z.array(poolMember), total: z.number().int() }),
  },
  'pools:list-candidate-pools': {
    req: z.object({ candidateId: id }).strict(),
    res: z.object({ items: z.array(z.object({ poolId: z.number().int(), name: z.string(), addedAt: z.string() })) }),
  },
} as const;
