import { randomUUID } from 'node:crypto';
import type { HandlerContext } from '../ipc/handlers.js';
import { defineHandlers } from '../ipc/handlers.js';
import { getSegment } from '../db/repositories/segments.js';
import { pokeScheduler } from '../services/scheduler/scheduler.js';
import { addMembersToJob, addMembersToList, createFollowUps, exportMembers, tagMembers, type Progress } from '../services/segments/bulk.js';
import { segmentOptions, suggestJobs, suggestPlaces, suggestValues } from '../services/segments/options.js';
import {
  addListMembers,
  countDefinition,
  createList,
  createSegment,
  deleteList,
  deleteSegment,
  freezeSegment,
  listLists,
  listSegments,
  listTargetMembers,
  previewDefinition,
  removeListMembers,
  updateSegment,
} from '../services/segments/segments.js';
import { writeContext } from './write-context.js';

/** "Now" for relative conditions comes from the injected clock, so tests and the evaluator agree on it. */
const env = (ctx: HandlerContext) => ({ now: ctx.clock.now() });

const progress =
  (ctx: HandlerContext, kind: string, id: string | undefined): Progress =>
  (done, total) =>
    ctx.emit('job:progress', { jobId: id ?? randomUUID(), kind, phase: 'members', done, total });

export const segmentHandlers = defineHandlers({
  'segments:count-members': (req, ctx) => countDefinition(ctx.vault.database(), req.definition, env(ctx)),
  'segments:preview-members': (req, ctx) => previewDefinition(ctx.vault.database(), req.definition, req.limit, env(ctx)),
  'segments:list-segments': async (_req, ctx) => ({ items: await listSegments(ctx.vault.database(), env(ctx), writeContext(ctx).at) }),
  'segments:get-segment': (req, ctx) => getSegment(ctx.vault.database(), req.id),
  'segments:create-segment': (req, ctx) => createSegment(ctx.vault.database(), req, env(ctx), writeContext(ctx)),
  'segments:update-segment': (req, ctx) => {
    const { id, version, ...patch } = req;
    return updateSegment(ctx.vault.database(), id, version, patch, env(ctx), writeContext(ctx));
  },
  'segments:delete-segment': (req, ctx) => {
    deleteSegment(ctx.vault.database(), req.id, writeContext(ctx));
    return { id: req.id, deleted: true as const };
  },
  'segments:list-members': (req, ctx) => listTargetMembers(ctx.vault.database(), req.target, req.limit, req.offset, env(ctx)),
  'segments:suggest-values': (req, ctx) => ({ items: suggestValues(ctx.vault.database(), req.field, req.query, req.limit) }),
  'segments:suggest-places': (req, ctx) => ({ items: suggestPlaces(ctx.vault.database(), req.query, req.limit) }),
  'segments:suggest-jobs': (req, ctx) => ({ items: suggestJobs(ctx.vault.database(), req.query, req.limit, req.ids) }),
  'segments:get-options': (_req, ctx) => segmentOptions(ctx.vault.database()),
  'segments:tag-members': (req, ctx) =>
    tagMembers(ctx.vault.database(), req.target, req.tags, env(ctx), writeContext(ctx), progress(ctx, 'segment-tag', req.progressId)),
  'segments:add-members-to-job': (req, ctx) =>
    addMembersToJob(ctx.vault.database(), req.target, { jobId: req.jobId, stageId: req.stageId }, env(ctx), writeContext(ctx), progress(ctx, 'segment-add-to-job', req.progressId)),
  'segments:add-members-to-list': (req, ctx) =>
    addMembersToList(ctx.vault.database(), req.target, { listId: req.listId, poolId: req.poolId }, env(ctx), writeContext(ctx), progress(ctx, 'segment-add-to-list', req.progressId)),
  'segments:export-members': (req, ctx) => exportMembers(ctx.vault.database(), req.target, env(ctx)),
  'segments:create-follow-ups': async (req, ctx) => {
    const { target, progressId, ...reminder } = req;
    const result = await createFollowUps(ctx.vault.database(), target, reminder, env(ctx), writeContext(ctx), progress(ctx, 'segment-follow-ups', progressId));
    pokeScheduler(ctx.vault);
    return result;
  },

  'lists:list-lists': (_req, ctx) => ({ items: listLists(ctx.vault.database()) }),
  'lists:create-list': (req, ctx) => createList(ctx.vault.database(), req, writeContext(ctx)),
  'lists:freeze-segment': (req, ctx) => freezeSegment(ctx.vault.database(), req, env(ctx), writeContext(ctx)),
  'lists:add-members': (req, ctx) => addListMembers(ctx.vault.database(), req.listId, req.candidateIds, writeContext(ctx)),
  'lists:remove-members': (req, ctx) => removeListMembers(ctx.vault.database(), req.listId, req.candidateIds, writeContext(ctx)),
  'lists:delete-list': (req, ctx) => {
    deleteList(ctx.vault.database(), req.id, writeContext(ctx));
    return { id: req.id, deleted: true as const };
  },
});
