import { type SegmentDefinition } from '../../../../src-shared/domain/segments/ast.js';
import { DAY_MS, type SegmentEnv } from '../../../../src-shared/domain/segments/dates.js';
import type { CandidateList, Segment, SegmentMember, SegmentSummary, SegmentTarget } from '../../../../src-shared/ipc/contracts/segments.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { WriteDb } from '../../db/database.js';
import {
  deleteListMembers,
  deleteListRow,
  deleteSegmentRow,
  getList,
  getSegment,
  insertList,
  insertListMembers,
  insertSegment,
  listLists,
  listSegmentRows,
  personaNamesUsing,
  personasPerSegment,
  recordSegmentCount,
  segmentCountHistory,
  segmentVersion,
  updateSegmentRow,
} from '../../db/repositories/segments.js';
import { sql } from '../../db/statements.js';
import { yieldToLoop } from '../../ipc/ports.js';
import { searchIndexBacklog } from '../search-index.js';
import { inTransaction, recordAudit, type WriteContext } from '../write-meta.js';
import { countMembers, memberIds, memberPage, prepareSegment } from './query.js';
import type { CompiledSegment } from './compile.js';

/** Days of history the segment list returns for its sparklines. */
export const HISTORY_DAYS = 30;

const elapsed = (started: number): number => Math.round((performance.now() - started) * 100) / 100;

/** A static list as a definition ("member of list N"), so lists and segments share one query path. */
const listDefinition = (listId: number): SegmentDefinition => ({
  kind: 'group',
  op: 'and',
  negate: false,
  children: [{ kind: 'list', listIds: [listId], poolIds: [] }],
});

/** Any target as a definition; a missing segment or list is `not_found`. */
export function targetDefinition(db: WriteDb, target: SegmentTarget): SegmentDefinition {
  switch (target.type) {
    case 'segment':
      return getSegment(db, target.id).definition;
    case 'list':
      getList(db, target.id);
      return listDefinition(target.id);
    case 'definition':
      return target.definition;
  }
}

export function compileTarget(db: WriteDb, target: SegmentTarget, env: SegmentEnv): CompiledSegment {
  return prepareSegment(db, targetDefinition(db, target), env);
}

export function targetMemberIds(db: WriteDb, target: SegmentTarget, env: SegmentEnv): number[] {
  return memberIds(db, compileTarget(db, target, env));
}

export function countDefinition(db: WriteDb, definition: SegmentDefinition, env: SegmentEnv): { count: number; ms: number } {
  const started = performance.now();
  const count = countMembers(db, prepareSegment(db, definition, env));
  return { count, ms: elapsed(started) };
}

export function previewDefinition(db: WriteDb, definition: SegmentDefinition, limit: number, env: SegmentEnv): { count: number; items: SegmentMember[]; ms: number } {
  const started = performance.now();
  const compiled = prepareSegment(db, definition, env);
  const items = memberPage(db, compiled, limit, 0);
  // A first page that is not full already knows the count.
  const count = items.length < limit ? items.length : countMembers(db, compiled);
  return { count, items, ms: elapsed(started) };
}

export function listTargetMembers(db: WriteDb, target: SegmentTarget, limit: number, offset: number, env: SegmentEnv): { items: SegmentMember[]; total: number } {
  const compiled = compileTarget(db, target, env);
  const items = memberPage(db, compiled, limit, offset);
  const total = offset === 0 && items.length < limit ? items.length : countMembers(db, compiled);
  return { items, total };
}

const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * A text condition reads the search index; while a background pass rebuilds it (after an upgrade) a count is
 * short, and is not kept as the day's point of the sparkline (a later count that day is).
 */
const countIsPartial = (db: WriteDb, compiled: CompiledSegment): boolean => compiled.usesSearch && searchIndexBacklog(db) !== null;

function recordCount(db: WriteDb, id: number, compiled: CompiledSegment, env: SegmentEnv, at: string): void {
  if (!countIsPartial(db, compiled)) recordSegmentCount(db, id, utcDay(env.now), countMembers(db, compiled), at);
}

/**
 * Every segment with its count now and the last 30 days of daily counts. Counting records today's snapshot
 * (the last count of a day wins), so the sparkline grows on each day the recruiter opens Rapport. Segments are
 * counted one at a time with an event-loop turn between them.
 */
export async function listSegments(db: WriteDb, env: SegmentEnv, at: string): Promise<SegmentSummary[]> {
  const segments = listSegmentRows(db);
  const today = utcDay(env.now);
  const counts = new Map<number, number>();
  const partial = new Set<number>();
  for (const s of segments) {
    const compiled = prepareSegment(db, s.definition, env);
    counts.set(s.id, countMembers(db, compiled));
    if (countIsPartial(db, compiled)) partial.add(s.id);
    await yieldToLoop();
  }
  inTransaction(db, () => {
    for (const [id, n] of counts) if (!partial.has(id)) recordSegmentCount(db, id, today, n, at);
  });
  const history = segmentCountHistory(db, utcDay(new Date(env.now.getTime() - (HISTORY_DAYS - 1) * DAY_MS)));
  const personas = personasPerSegment(db);
  return segments.map((s) => ({
    id: s.id,
    name: s.name,
    description: s.description,
    count: counts.get(s.id) ?? 0,
    history: history.get(s.id) ?? [],
    personas: personas.get(s.id) ?? 0,
    version: s.version,
    updatedAt: s.updatedAt,
  }));
}

/** Saves a definition; its count is recorded for today straight away (the first sparkline point). */
export function createSegment(db: WriteDb, input: { name: string; description: string; definition: SegmentDefinition }, env: SegmentEnv, w: WriteContext): Segment {
  const id = inTransaction(db, () => {
    const newId = insertSegment(db, input, w.at);
    recordCount(db, newId, prepareSegment(db, input.definition, env), env, w.at);
    recordAudit(db, w, 'segment', newId, 'create', undefined, input);
    return newId;
  });
  return getSegment(db, id);
}

export function updateSegment(
  db: WriteDb,
  id: number,
  version: number,
  patch: { name?: string | undefined; description?: string | undefined; definition?: SegmentDefinition | undefined },
  env: SegmentEnv,
  w: WriteContext,
): Segment {
  inTransaction(db, () => {
    const before = getSegment(db, id);
    const next = {
      name: patch.name ?? before.name,
      description: patch.description ?? before.description,
      definition: patch.definition ?? before.definition,
    };
    if (!updateSegmentRow(db, id, version, next, w.at)) {
      const current = segmentVersion(db, id);
      throw new CodedError(
        'conflict',
        `This segment was changed elsewhere (it is now at version ${current}; you edited version ${version}). Reload it and apply your change again.`,
        'version',
      );
    }
    if (patch.definition) recordCount(db, id, prepareSegment(db, next.definition, env), env, w.at);
    recordAudit(db, w, 'segment', id, 'update', before, next);
  });
  return getSegment(db, id);
}

export function deleteSegment(db: WriteDb, id: number, w: WriteContext): void {
  inTransaction(db, () => {
    const before = getSegment(db, id);
    const personas = personaNamesUsing(db, id);
    if (personas.length > 0) {
      throw new CodedError('conflict', `The persona${personas.length > 1 ? 's' : ''} ${personas.map((p) => `"${p}"`).join(', ')} use${personas.length > 1 ? '' : 's'} this segment; link ${personas.length > 1 ? 'them' : 'it'} to another segment first`);
    }
    deleteSegmentRow(db, id);
    recordAudit(db, w, 'segment', id, 'delete', before);
  });
}

// ---------------------------------------------------------------- static lists

const liveCheck = (db: WriteDb) => sql(db, 'SELECT 1 AS ok FROM candidates WHERE id = ? AND deleted_at IS NULL AND merged_into IS NULL');

function requireLive(db: WriteDb, ids: readonly number[]): number[] {
  const unique = [...new Set(ids)];
  const live = liveCheck(db);
  for (const id of unique) if (!live.get(id)) throw new CodedError('not_found', `No candidate with id ${id}`, 'candidateIds');
  return unique;
}

export { listLists };

export function createList(db: WriteDb, input: { name: string; description: string; candidateIds: number[] }, w: WriteContext): CandidateList {
  const id = inTransaction(db, () => {
    const ids = requireLive(db, input.candidateIds);
    const newId = insertList(db, { name: input.name, description: input.description, sourceSegmentId: null, sourceDefinition: null }, w.at);
    insertListMembers(db, newId, ids, w.at);
    recordAudit(db, w, 'candidate_list', newId, 'create', undefined, { name: input.name, members: ids.length });
    return newId;
  });
  return getList(db, id);
}

/** A static list holding the segment's members at this moment; the definition is kept with it for the record. */
export function freezeSegment(
  db: WriteDb,
  input: { target: SegmentTarget; name: string; description: string },
  env: SegmentEnv,
  w: WriteContext,
): CandidateList {
  const definition = targetDefinition(db, input.target);
  const id = inTransaction(db, () => {
    const ids = memberIds(db, prepareSegment(db, definition, env));
    const newId = insertList(
      db,
      { name: input.name, description: input.description, sourceSegmentId: input.target.type === 'segment' ? input.target.id : null, sourceDefinition: definition },
      w.at,
    );
    insertListMembers(db, newId, ids, w.at);
    recordAudit(db, w, 'candidate_list', newId, 'freeze', undefined, { name: input.name, members: ids.length, definition });
    return newId;
  });
  return getList(db, id);
}

export function addListMembers(db: WriteDb, listId: number, candidateIds: readonly number[], w: WriteContext): { added: number; already: number } {
  getList(db, listId);
  return inTransaction(db, () => {
    const ids = requireLive(db, candidateIds);
    const added = insertListMembers(db, listId, ids, w.at);
    recordAudit(db, w, 'candidate_list', listId, 'add-members', undefined, { candidateIds: ids });
    return { added, already: ids.length - added };
  });
}

export function removeListMembers(db: WriteDb, listId: number, candidateIds: readonly number[], w: WriteContext): { removed: number } {
  getList(db, listId);
  return inTransaction(db, () => {
    const removed = deleteListMembers(db, listId, [...new Set(candidateIds)], w.at);
    recordAudit(db, w, 'candidate_list', listId, 'remove-members', { candidateIds }, undefined);
    return { removed };
  });
}

export function deleteList(db: WriteDb, id: number, w: WriteContext): void {
  inTransaction(db, () => {
    const before = getList(db, id);
    deleteListRow(db, id);
    recordAudit(db, w, 'candidate_list', id, 'delete', before);
  });
}
