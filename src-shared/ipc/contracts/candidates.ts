import { z } from 'zod';
import {
  candidate,
  candidateFilters,
  candidateInput,
  candidatePatch,
  candidateSort,
  candidateSummary,
  duplicateMatch,
  duplicateProbe,
  duplicateReason,
  duplicateResult,
  mergePicks,
  mergeRecord,
} from '../../domain/candidate.js';
import { idRequest } from './common.js';

const id = z.number().int().positive();
const version = z.number().int().positive();
const tagList = z.array(z.string().trim().min(1).max(60)).min(1).max(50);

export const candidatesContract = {
  /** Refused with `conflict` (field names the matching contact point) when an exact duplicate exists, unless allowDuplicate. */
  'candidates:create-candidate': {
    req: candidateInput.extend({ allowDuplicate: z.boolean().default(false) }).strict(),
    res: candidate,
  },
  'candidates:get-candidate': { req: idRequest, res: candidate },
  'candidates:list-candidates': {
    req: z
      .object({
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
        sort: candidateSort.default('updated'),
        /** Defaults: ascending for name, newest first for dates. */
        direction: z.enum(['asc', 'desc']).optional(),
      })
      .extend(candidateFilters.shape)
      .strict(),
    res: z.object({ items: z.array(candidateSummary), total: z.number().int() }),
  },
  /** Partial update; `version` is the one the caller read. A stale version is refused with `conflict`. */
  'candidates:update-candidate': {
    req: z.object({ id, version, patch: candidatePatch }).strict(),
    res: candidate,
  },
  /** Soft delete: the record leaves lists, search and duplicate checks; the audit log keeps it. */
  'candidates:delete-candidate': {
    req: z.object({ id, version }).strict(),
    res: z.object({ id: z.number().int(), deletedAt: z.string() }),
  },
  'candidates:add-tags': {
    req: z.object({ candidateIds: z.array(id).min(1).max(1000), tags: tagList }).strict(),
    res: z.object({ updated: z.number().int() }),
  },
  'candidates:remove-tags': {
    req: z.object({ candidateIds: z.array(id).min(1).max(1000), tags: tagList }).strict(),
    res: z.object({ updated: z.number().int() }),
  },
  /** Exact (e-mail, phone, LinkedIn/GitHub) and likely (similar name + same company or city) duplicates. */
  'candidates:check-duplicates': {
    req: z.union([
      z.object({ candidateId: id }).strict(),
      z.object({ candidate: duplicateProbe }).strict(),
    ]),
    res: duplicateResult,
  },
  /** Likely duplicates flagged when candidates were created, waiting for a merge or a dismissal. */
  'candidates:list-duplicate-reviews': {
    req: z
      .object({ limit: z.number().int().min(1).max(200).default(50), offset: z.number().int().min(0).default(0) })
      .strict(),
    res: z.object({
      items: z.array(
        z.object({
          id: z.number().int(),
          candidate: duplicateMatch.omit({ reasons: true, score: true }),
          other: duplicateMatch.omit({ reasons: true, score: true }),
          reasons: z.array(duplicateReason),
          score: z.number(),
          createdAt: z.string(),
        }),
      ),
      total: z.number().int(),
    }),
  },
  'candidates:dismiss-duplicate-review': {
    req: idRequest,
    res: z.object({ id: z.number().int(), dismissed: z.literal(true) }),
  },
  /**
   * Merges source into target: picked fields from either, contact points/skills/tags unioned, activities,
   * applications, attachments and consents moved (the most restrictive consent wins). Reversible for 30 days.
   * Where both are in the same job's pipeline one application is kept (`keepApplicationIds`, else the one
   * further along) and the other is folded into it: its stage history and activities join it, and a note
   * on it records the rest (stage, offer, fee, reasons).
   */
  'candidates:merge-candidates': {
    req: z
      .object({
        targetId: id,
        targetVersion: version,
        sourceId: id,
        sourceVersion: version,
        picks: mergePicks.default({}),
        keepApplicationIds: z.array(id).max(200).default([]),
      })
      .strict()
      .refine((r) => r.targetId !== r.sourceId, { message: 'A candidate cannot be merged into itself', path: ['sourceId'] }),
    res: z.object({ merge: mergeRecord, candidate }),
  },
  /** Restores both records exactly as they were before the merge. `force` discards edits made to the target since. */
  'candidates:unmerge-candidates': {
    req: z.object({ mergeId: id, force: z.boolean().default(false) }).strict(),
    res: z.object({ merge: mergeRecord, target: candidate, source: candidate }),
  },
  'candidates:list-merges': {
    req: z.object({ candidateId: id }).strict(),
    res: z.object({ items: z.array(mergeRecord) }),
  },
} as const;
