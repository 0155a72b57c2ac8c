import type { Candidate, CandidateFields, CandidatePatch } from '../../../src-shared/domain/candidate.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { WriteDb } from '../db/database.js';
import {
  addCandidateTags,
  getCandidate,
  insertCandidate,
  removeCandidateTags,
  requireLiveCandidate,
  softDeleteCandidate,
  touchCandidate,
  candidateTags,
  updateCandidate,
} from '../db/repositories/candidates.js';
import { exactDuplicateError, findDuplicates, flagDuplicates, phoneRegion } from './duplicates.js';
import { flushSearchIndex } from './search-index.js';
import { inTransaction, recordAudit, requireRow, type WriteContext } from './write-meta.js';

/**
 * Creates a candidate. An exact duplicate (same e-mail, phone or profile URL as a live candidate) is refused
 * with `conflict` unless `allowDuplicate`; likely duplicates are created and queued for review.
 */
export function createCandidate(db: WriteDb, fields: CandidateFields, options: { allowDuplicate: boolean }, w: WriteContext): Candidate {
  requireRow(db, 'recruiter', fields.ownerId, 'ownerId');
  const region = phoneRegion(db);
  const id = inTransaction(db, () => {
    const duplicates = findDuplicates(db, fields, { defaultRegion: region });
    if (!options.allowDuplicate) {
      const refusal = exactDuplicateError(fields, duplicates.exact, region);
      if (refusal) throw refusal;
    }
    const newId = insertCandidate(db, fields, { at: w.at, defaultRegion: region });
    flagDuplicates(db, newId, [...duplicates.exact, ...duplicates.likely], w.at);
    flushSearchIndex(db);
    recordAudit(db, w, 'candidate', newId, 'create', undefined, getCandidate(db, newId));
    return newId;
  });
  return getCandidate(db, id);
}

export function editCandidate(db: WriteDb, id: number, version: number, patch: CandidatePatch, w: WriteContext): Candidate {
  if (patch.ownerId !== undefined) requireRow(db, 'recruiter', patch.ownerId, 'patch.ownerId');
  inTransaction(db, () => {
    const before = getCandidate(db, id);
    updateCandidate(db, id, version, patch, { at: w.at, defaultRegion: phoneRegion(db) });
    flushSearchIndex(db);
    recordAudit(db, w, 'candidate', id, 'update', before, getCandidate(db, id));
  });
  return getCandidate(db, id);
}

export function deleteCandidate(db: WriteDb, id: number, version: number, w: WriteContext): { id: number; deletedAt: string } {
  inTransaction(db, () => {
    const before = getCandidate(db, id);
    softDeleteCandidate(db, id, version, w.at);
    flushSearchIndex(db);
    recordAudit(db, w, 'candidate', id, 'delete', before, { deletedAt: w.at });
  });
  return { id, deletedAt: w.at };
}

/**
 * Bulk tag edit over a selection: all listed candidates or none (an unknown id fails the whole call). Only
 * candidates whose tags actually change get a new version and an audit entry.
 */
export function retagCandidates(
  db: WriteDb,
  ids: readonly number[],
  tags: readonly string[],
  mode: 'add' | 'remove',
  w: WriteContext,
): { updated: number } {
  const unique = [...new Set(ids)];
  return inTransaction(db, () => {
    let updated = 0;
    for (const id of unique) {
      requireLiveCandidate(db, id);
      const before = candidateTags(db, id);
      const changed = mode === 'add' ? addCandidateTags(db, id, tags) : removeCandidateTags(db, id, tags);
      if (!changed) continue;
      touchCandidate(db, id, w.at);
      recordAudit(db, w, 'candidate', id, mode === 'add' ? 'add-tags' : 'remove-tags', { tags: before }, { tags: candidateTags(db, id) });
      updated++;
    }
    flushSearchIndex(db);
    return { updated };
  });
}

/** For callers holding an id from elsewhere (e.g. an attachment): a live candidate or a clear error. */
export function requireCandidate(db: WriteDb, id: number, field = 'candidateId'): void {
  try {
    requireLiveCandidate(db, id);
  } catch (error) {
    if (error instanceof CodedError) throw new CodedError(error.code, error.message, field);
    throw error;
  }
}
