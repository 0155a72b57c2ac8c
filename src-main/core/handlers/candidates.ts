import { findCandidates, getCandidate, requireLiveCandidate } from '../db/repositories/candidates.js';
import { defineHandlers } from '../ipc/handlers.js';
import { createCandidate, deleteCandidate, editCandidate, retagCandidates } from '../services/candidates.js';
import { dismissDuplicateReview, findDuplicates, findDuplicatesOf, listDuplicateReviews } from '../services/duplicates.js';
import { getMerge, listMerges, mergeCandidates, unmergeCandidates } from '../services/merge.js';
import { writeContext } from './write-context.js';

export const candidateHandlers = defineHandlers({
  'candidates:create-candidate': (req, ctx) => {
    const { allowDuplicate, ...fields } = req;
    return createCandidate(ctx.vault.database(), fields, { allowDuplicate }, writeContext(ctx));
  },
  'candidates:get-candidate': (req, ctx) => {
    const db = ctx.vault.database();
    // A merged-away record is hidden like a deleted one; the error names where it went.
    requireLiveCandidate(db, req.id);
    return getCandidate(db, req.id);
  },
  'candidates:list-candidates': (req, ctx) => findCandidates(ctx.vault.database(), req),
  'candidates:update-candidate': (req, ctx) => editCandidate(ctx.vault.database(), req.id, req.version, req.patch, writeContext(ctx)),
  'candidates:delete-candidate': (req, ctx) => deleteCandidate(ctx.vault.database(), req.id, req.version, writeContext(ctx)),
  'candidates:add-tags': (req, ctx) => retagCandidates(ctx.vault.database(), req.candidateIds, req.tags, 'add', writeContext(ctx)),
  'candidates:remove-tags': (req, ctx) => retagCandidates(ctx.vault.database(), req.candidateIds, req.tags, 'remove', writeContext(ctx)),
  'candidates:check-duplicates': (req, ctx) => {
    const db = ctx.vault.database();
    return 'candidateId' in req ? findDuplicatesOf(db, req.candidateId) : findDuplicates(db, req.candidate);
  },
  'candidates:list-duplicate-reviews': (req, ctx) => listDuplicateReviews(ctx.vault.database(), req.limit, req.offset),
  'candidates:dismiss-duplicate-review': (req, ctx) => {
    dismissDuplicateReview(ctx.vault.database(), req.id, writeContext(ctx));
    return { id: req.id, dismissed: true as const };
  },
  'candidates:merge-candidates': (req, ctx) => {
    const db = ctx.vault.database();
    const w = writeContext(ctx);
    const { mergeId } = mergeCandidates(db, req, w);
    return { merge: getMerge(db, mergeId, w.at), candidate: getCandidate(db, req.targetId) };
  },
  'candidates:unmerge-candidates': (req, ctx) => {
    const db = ctx.vault.database();
    const w = writeContext(ctx);
    const { targetId, sourceId } = unmergeCandidates(db, req.mergeId, { force: req.force }, w);
    return { merge: getMerge(db, req.mergeId, w.at), target: getCandidate(db, targetId), source: getCandidate(db, sourceId) };
  },
  'candidates:list-merges': (req, ctx) => ({ items: listMerges(ctx.vault.database(), req.candidateId, writeContext(ctx).at) }),
});
