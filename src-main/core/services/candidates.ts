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
import { exactDuplicateError, findDuplicates, findDuplicatesOf, flagDuplicates, phoneRegion } from './duplicates.js';
import { deleteMergedInto } from './merge.js';
import { canonicalSkill } from './resumes/skills.js';
import { afterIndexed, flushSearchIndex, searchIndexBacklog } from './search-index.js';
import { sql } from '../db/statements.js';
import { inTransaction, recordAudit, requireRow, type WriteContext } from './write-meta.js';

/**
 * Creates a candidate. An exact duplicate (same e-mail, phone or profile URL as a live candidate) is refused
 * with `conflict` unless `allowDuplicate`; likely duplicates are created and queued for review.
 */
export function createCandidate(db: WriteDb, input: CandidateFields, options: { allowDuplicate: boolean }, w: WriteContext): Candidate {
  requireRow(db, 'recruiter', input.ownerId, 'ownerId');
  requireSalaryRange(input.desiredSalaryMin, input.desiredSalaryMax, 'desiredSalaryMax');
  const fields = { ...input, skills: canonicalSkillList(input.skills) };
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
    recheckWhenIndexed(db, newId, w.at);
    recordAudit(db, w, 'candidate', newId, 'create', undefined, getCandidate(db, newId));
    return newId;
  });
  return getCandidate(db, id);
}

export function editCandidate(db: WriteDb, id: number, version: number, input: CandidatePatch, w: WriteContext): Candidate {
  if (input.ownerId !== undefined) requireRow(db, 'recruiter', input.ownerId, 'patch.ownerId');
  const patch = input.skills === undefined ? input : { ...input, skills: canonicalSkillList(input.skills) };
  inTransaction(db, () => {
    const before = getCandidate(db, id);
    // The range as it will be: a patch may move one end only.
    requireSalaryRange(patch.desiredSalaryMin !== undefined ? patch.desiredSalaryMin : before.desiredSalaryMin, patch.desiredSalaryMax !== undefined ? patch.desiredSalaryMax : before.desiredSalaryMax, 'patch.desiredSalaryMax');
    const region = phoneRegion(db);
    updateCandidate(db, id, version, patch, { at: w.at, defaultRegion: region });
    flushSearchIndex(db);
    // An edit can make two records the same person (an e-mail another candidate has, a name and company
    // that match): it is saved, as the user typed it, and the pair is queued for review as create queues it.
    if (IDENTITY_FIELDS.some((f) => patch[f] !== undefined)) {
      const duplicates = findDuplicatesOf(db, id);
      flagDuplicates(db, id, [...duplicates.exact, ...duplicates.likely], w.at);
      recheckWhenIndexed(db, id, w.at);
    }
    recordAudit(db, w, 'candidate', id, 'update', before, getCandidate(db, id));
  });
  return getCandidate(db, id);
}

/**
 * Likely duplicates come from the search index. While a background pass rebuilds it (after an upgrade), the
 * records it has not reached yet are missed: the check runs again once the index is whole, and queues what
 * it finds then.
 */
function recheckWhenIndexed(db: WriteDb, id: number, at: string): void {
  if (searchIndexBacklog(db) === null) return;
  afterIndexed(db, () =>
    db.transaction(() => {
      const live = sql(db, 'SELECT 1 AS ok FROM candidates WHERE id = ? AND deleted_at IS NULL AND merged_into IS NULL').get(id);
      if (!live) return;
      const duplicates = findDuplicatesOf(db, id);
      flagDuplicates(db, id, [...duplicates.exact, ...duplicates.likely], at);
    })(),
  );
}

/** A desired salary range runs from low to high (as a job's does). */
function requireSalaryRange(min: number | null, max: number | null, field: string): void {
  if (min !== null && max !== null && min > max) {
    throw new CodedError('invalid_input', `The desired salary's minimum (${min}) is above its maximum (${max})`, field);
  }
}

/** The fields duplicate detection looks at (contact points, profile links, names, company, city). */
const IDENTITY_FIELDS = ['emails', 'phones', 'links', 'firstName', 'lastName', 'currentCompany', 'city'] as const satisfies readonly (keyof CandidatePatch)[];

/**
 * Skills as typed by a user → their canonical names (the taxonomy that CSV and resume import use: k8s →
 * Kubernetes, python → Python), one entry per name; a repeat gives the level and years the first lacks.
 */
export function canonicalSkillList(skills: readonly CandidateFields['skills'][number][]): CandidateFields['skills'] {
  const byKey = new Map<string, CandidateFields['skills'][number]>();
  for (const skill of skills) {
    const name = canonicalSkill(skill.name);
    const key = name.toLowerCase();
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...skill, name });
    else byKey.set(key, { ...seen, level: seen.level ?? skill.level, years: seen.years ?? skill.years });
  }
  return [...byKey.values()];
}

export function deleteCandidate(db: WriteDb, id: number, version: number, w: WriteContext): { id: number; deletedAt: string } {
  inTransaction(db, () => {
    const before = getCandidate(db, id);
    softDeleteCandidate(db, id, version, w.at);
    // The records merged into this one are the same person, reachable only through it: they go with it.
    deleteMergedInto(db, id, w);
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
