import { z } from 'zod';
import { reminderInput } from '../../domain/reminders/reminder.js';
import { textFile } from '../../domain/exchange.js';
import { stageType } from '../../domain/job.js';
import { segmentDefinition } from '../../domain/segments/ast.js';
import { idRequest } from './common.js';

const id = z.number().int().positive();
const version = z.number().int().positive();
const name = z.string().trim().min(1, 'Give it a name').max(120);
const description = z.string().trim().max(2000);
/** Lets a caller follow a long bulk action on the job:progress event. */
const progressId = z.string().min(1).max(100).optional();

/** What a bulk action or member page works on: a saved segment, a static list, or an unsaved definition. */
export const segmentTarget = z.discriminatedUnion('type', [
  z.object({ type: z.literal('segment'), id }).strict(),
  z.object({ type: z.literal('list'), id }).strict(),
  z.object({ type: z.literal('definition'), definition: segmentDefinition }).strict(),
]);
export type SegmentTarget = z.output<typeof segmentTarget>;
export type SegmentTargetInput = z.input<typeof segmentTarget>;

export const segmentMember = z.object({
  id: z.number().int(),
  displayName: z.string(),
  currentTitle: z.string(),
  currentCompany: z.string(),
  city: z.string(),
  region: z.string(),
  country: z.string(),
});
export type SegmentMember = z.infer<typeof segmentMember>;

export const segment = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  definition: segmentDefinition,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Segment = z.infer<typeof segment>;

export const countPoint = z.object({ day: z.string(), count: z.number().int() });

export const segmentSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  /** Members now. */
  count: z.number().int(),
  /** One count per day it was taken (oldest first), for the sparkline. */
  history: z.array(countPoint),
  /** Personas built on this segment (it cannot be deleted while any are). */
  personas: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type SegmentSummary = z.infer<typeof segmentSummary>;

export const candidateList = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  count: z.number().int(),
  sourceSegmentId: z.number().int().nullable(),
  createdAt: z.string(),
});
export type CandidateList = z.infer<typeof candidateList>;

export const suggestField = z.enum(['skill', 'tag', 'industry', 'source', 'country', 'region', 'city']);
export type SuggestField = z.infer<typeof suggestField>;

const bulkResult = z.object({ members: z.number().int() });

export const segmentsContract = {
  /** The live count for an unsaved definition (the builder calls it as the recruiter edits). */
  'segments:count-members': {
    req: z.object({ definition: segmentDefinition }).strict(),
    res: z.object({ count: z.number().int(), ms: z.number() }),
  },
  /** Count plus the newest members, in one call: what the builder shows beside the conditions. */
  'segments:preview-members': {
    req: z.object({ definition: segmentDefinition, limit: z.number().int().min(1).max(50).default(20) }).strict(),
    res: z.object({ count: z.number().int(), items: z.array(segmentMember), ms: z.number() }),
  },
  /** Every saved segment with its count now; also records today's count (the daily snapshot for the sparkline). */
  'segments:list-segments': { req: z.object({}).strict(), res: z.object({ items: z.array(segmentSummary) }) },
  'segments:get-segment': { req: idRequest, res: segment },
  /** Names are unique (ignoring case): a clash is `conflict` on `name`. */
  'segments:create-segment': {
    req: z.object({ name, description: description.default(''), definition: segmentDefinition }).strict(),
    res: segment,
  },
  'segments:update-segment': {
    req: z
      .object({ id, version, name: name.optional(), description: description.optional(), definition: segmentDefinition.optional() })
      .strict(),
    res: segment,
  },
  /** Refused (`conflict`) while a persona uses the segment. Lists frozen from it keep their members. */
  'segments:delete-segment': { req: z.object({ id }).strict(), res: z.object({ id: z.number().int(), deleted: z.literal(true) }) },
  /** A page of members of a segment, list or definition, newest candidates first. */
  'segments:list-members': {
    req: z.object({ target: segmentTarget, limit: z.number().int().min(1).max(200).default(50), offset: z.number().int().min(0).default(0) }).strict(),
    res: z.object({ items: z.array(segmentMember), total: z.number().int() }),
  },
  /** Autocomplete from the data: values in use, most common first, filtered by what was typed. */
  'segments:suggest-values': {
    req: z.object({ field: suggestField, query: z.string().trim().max(120).default(''), limit: z.number().int().min(1).max(50).default(20) }).strict(),
    res: z.object({ items: z.array(z.object({ value: z.string(), count: z.number().int() })) }),
  },
  /** Places in use (country, region, city), most common first. */
  'segments:suggest-places': {
    req: z.object({ query: z.string().trim().max(120).default(''), limit: z.number().int().min(1).max(50).default(20) }).strict(),
    res: z.object({ items: z.array(z.object({ country: z.string(), region: z.string(), city: z.string(), count: z.number().int() })) }),
  },
  /** Jobs by title or client, with their stages (for the stage and application conditions, and "add to job"). */
  'segments:suggest-jobs': {
    req: z.object({ query: z.string().trim().max(120).default(''), limit: z.number().int().min(1).max(50).default(20), ids: z.array(id).max(50).optional() }).strict(),
    res: z.object({
      items: z.array(
        z.object({
          id: z.number().int(),
          title: z.string(),
          clientName: z.string(),
          status: z.string(),
          stages: z.array(z.object({ id: z.number().int(), name: z.string(), type: stageType })),
        }),
      ),
    }),
  },
  /** The small pick lists: recruiters (owners), static lists and talent pools. */
  'segments:get-options': {
    req: z.object({}).strict(),
    res: z.object({
      owners: z.array(z.object({ id: z.number().int(), name: z.string() })),
      lists: z.array(z.object({ id: z.number().int(), name: z.string(), count: z.number().int() })),
      pools: z.array(z.object({ id: z.number().int(), name: z.string(), count: z.number().int() })),
    }),
  },
  /** Bulk: adds tags to every member. */
  'segments:tag-members': {
    req: z.object({ target: segmentTarget, tags: z.array(z.string().trim().min(1).max(60)).min(1).max(20), progressId }).strict(),
    res: bulkResult.extend({ updated: z.number().int() }),
  },
  /** Bulk: puts every member in a job's pipeline (first active stage unless `stageId`); those already in it are skipped. */
  'segments:add-members-to-job': {
    req: z.object({ target: segmentTarget, jobId: id, stageId: id.optional(), progressId }).strict(),
    res: bulkResult.extend({ added: z.number().int(), skipped: z.number().int() }),
  },
  /** Bulk: adds every member to a static list or a talent pool. */
  'segments:add-members-to-list': {
    req: z
      .object({ target: segmentTarget, listId: id.optional(), poolId: id.optional(), progressId })
      .strict()
      .refine((r) => (r.listId === undefined) !== (r.poolId === undefined), { message: 'Give a list or a talent pool', path: ['listId'] }),
    res: bulkResult.extend({ added: z.number().int(), already: z.number().int() }),
  },
  /** Bulk: the members as a CSV file (the same columns as the candidate export). */
  'segments:export-members': { req: z.object({ target: segmentTarget }).strict(), res: textFile },
  /** Bulk: one follow-up reminder per member, linked to the candidate. */
  'segments:create-follow-ups': {
    req: z
      .object({
        target: segmentTarget,
        title: reminderInput.shape.title,
        notes: reminderInput.shape.notes,
        priority: reminderInput.shape.priority,
        dueAt: reminderInput.shape.dueAt,
        progressId,
      })
      .strict(),
    res: bulkResult.extend({ created: z.number().int() }),
  },
} as const;

export const listsContract = {
  'lists:list-lists': { req: z.object({}).strict(), res: z.object({ items: z.array(candidateList) }) },
  'lists:create-list': {
    req: z.object({ name, description: description.default(''), candidateIds: z.array(id).max(10_000).default([]) }).strict(),
    res: candidateList,
  },
  /** Freezes the members of a segment (or definition) now into a new static list. */
  'lists:freeze-segment': {
    req: z
      .object({
        target: segmentTarget.refine((t) => t.type !== 'list', { message: 'Freeze a segment or a definition' }),
        name,
        description: description.default(''),
      })
      .strict(),
    res: candidateList,
  },
  'lists:add-members': {
    req: z.object({ listId: id, candidateIds: z.array(id).min(1).max(10_000) }).strict(),
    res: z.object({ added: z.number().int(), already: z.number().int() }),
  },
  'lists:remove-members': {
    req: z.object({ listId: id, candidateIds: z.array(id).min(1).max(10_000) }).strict(),
    res: z.object({ removed: z.number().int() }),
  },
  'lists:delete-list': { req: z.object({ id }).strict(), res: z.object({ id: z.number().int(), deleted: z.literal(true) }) },
} as const;
