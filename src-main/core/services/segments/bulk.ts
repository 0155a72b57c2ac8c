import type { TextFile } from '../../../../src-shared/domain/exchange.js';
import type { SegmentEnv } from '../../../../src-shared/domain/segments/dates.js';
import type { SegmentTarget } from '../../../../src-shared/ipc/contracts/segments.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { WriteDb } from '../../db/database.js';
import { getList, insertListMembers } from '../../db/repositories/segments.js';
import { yieldToLoop } from '../../ipc/ports.js';
import { createApplication } from '../applications.js';
import { retagCandidates } from '../candidates.js';
import { exportCandidatesCsv } from '../export/candidates-csv.js';
import { addMembers as addPoolMembers } from '../pools/pools.js';
import { insertReminder } from '../reminders/reminders.js';
import { inTransaction, recordAudit, type WriteContext } from '../write-meta.js';
import { targetMemberIds } from './segments.js';

/**
 * Bulk actions over a segment's (or list's) members, taken at the moment the action starts. Each reuses the
 * service that does the same to one candidate (tags, pipeline, pools, reminders, CSV export) so the rules and
 * audit entries are the same; members are processed in chunks, each its own transaction, with an event-loop
 * turn between chunks and a progress event after each.
 */

export type Progress = (done: number, total: number) => void;
const CHUNK = 250;

async function inChunks(ids: readonly number[], progress: Progress | undefined, work: (chunk: number[]) => void): Promise<void> {
  for (let start = 0; start < ids.length; start += CHUNK) {
    work(ids.slice(start, start + CHUNK));
    progress?.(Math.min(ids.length, start + CHUNK), ids.length);
    await yieldToLoop();
  }
}

export async function tagMembers(db: WriteDb, target: SegmentTarget, tags: string[], env: SegmentEnv, w: WriteContext, progress?: Progress) {
  const ids = targetMemberIds(db, target, env);
  let updated = 0;
  await inChunks(ids, progress, (chunk) => {
    updated += retagCandidates(db, chunk, tags, 'add', w).updated;
  });
  return { members: ids.length, updated };
}

/** Members already in the job's pipeline are skipped, not moved. */
export async function addMembersToJob(
  db: WriteDb,
  target: SegmentTarget,
  job: { jobId: number; stageId?: number | undefined },
  env: SegmentEnv,
  w: WriteContext,
  progress?: Progress,
) {
  const ids = targetMemberIds(db, target, env);
  let added = 0;
  let skipped = 0;
  await inChunks(ids, progress, (chunk) =>
    inTransaction(db, () => {
      for (const candidateId of chunk) {
        try {
          createApplication(db, { candidateId, jobId: job.jobId, stageId: job.stageId }, w);
          added++;
        } catch (error) {
          if (error instanceof CodedError && error.code === 'conflict') skipped++;
          else throw error;
        }
      }
    }),
  );
  return { members: ids.length, added, skipped };
}

export async function addMembersToList(
  db: WriteDb,
  target: SegmentTarget,
  into: { listId?: number | undefined; poolId?: number | undefined },
  env: SegmentEnv,
  w: WriteContext,
  progress?: Progress,
) {
  if (into.listId !== undefined) getList(db, into.listId);
  const ids = targetMemberIds(db, target, env);
  let added = 0;
  await inChunks(ids, progress, (chunk) => {
    if (into.poolId !== undefined) {
      added += addPoolMembers(db, { poolId: into.poolId, candidateIds: chunk, source: 'segment', note: '' }, w, env.now).added;
    } else {
      inTransaction(db, () => {
        added += insertListMembers(db, into.listId!, chunk, w.at);
      });
    }
  });
  if (into.listId !== undefined) recordAudit(db, w, 'candidate_list', into.listId, 'add-members', undefined, { members: ids.length, added });
  return { members: ids.length, added, already: ids.length - added };
}

export async function exportMembers(db: WriteDb, target: SegmentTarget, env: SegmentEnv): Promise<TextFile> {
  return exportCandidatesCsv(db, targetMemberIds(db, target, env), env.now.toISOString().slice(0, 10));
}

/** One follow-up reminder per member, linked to the candidate (source "segment", so it is told apart from manual ones). */
export async function createFollowUps(
  db: WriteDb,
  target: SegmentTarget,
  input: { title: string; notes: string; priority: 'low' | 'normal' | 'high'; dueAt: string },
  env: SegmentEnv,
  w: WriteContext,
  progress?: Progress,
) {
  const ids = targetMemberIds(db, target, env);
  let created = 0;
  await inChunks(ids, progress, (chunk) =>
    inTransaction(db, () => {
      for (const candidateId of chunk) {
        const id = insertReminder(
          db,
          { ...input, timeZone: undefined, recurrence: null, candidateId, contactId: null, jobId: null, applicationId: null },
          w,
          { source: 'segment' },
        );
        if (id !== null) created++;
      }
    }),
  );
  recordAudit(db, w, 'reminder', null, 'create-for-segment', undefined, { target: target.type === 'definition' ? 'definition' : target, members: ids.length, title: input.title });
  return { members: ids.length, created };
}
