import { defineHandlers } from '../ipc/handlers.js';
import { addMembers, createPool, deletePool, listMembers, listPools, poolsOfCandidate, removeMembers, updatePool } from '../services/pools/pools.js';
import { writeContext } from './write-context.js';

export const poolHandlers = defineHandlers({
  'pools:list-pools': (_req, ctx) => ({ items: listPools(ctx.vault.database(), ctx.clock.now()) }),
  'pools:create-pool': (req, ctx) => createPool(ctx.vault.database(), req, writeContext(ctx), ctx.clock.now()),
  'pools:update-pool': (req, ctx) => updatePool(ctx.vault.database(), req, writeContext(ctx), ctx.clock.now()),
  'pools:delete-pool': (req, ctx) => {
    deletePool(ctx.vault.database(), req.id, writeContext(ctx), ctx.clock.now());
    return { deleted: true as const };
  },
  'pools:add-members': (req, ctx) => addMembers(ctx.vault.database(), req, writeContext(ctx), ctx.clock.now()),
  'pools:remove-members': (req, ctx) => removeMembers(ctx.vault.database(), req, writeContext(ctx)),
  'pools:list-members': (req, ctx) => listMembers(ctx.vault.database(), req, ctx.clock.now()),
  'pools:list-candidate-pools': (req, ctx) => ({ items: poolsOfCandidate(ctx.vault.database(), req.candidateId) }),
});
