import {
  mergePickFields,
  UNMERGE_WINDOW_DAYS,
  type CandidateFields,
  type MergePicks,
  type MergeRecord,
} from '../../../src-shared/domain/candidate.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../db/database.js';
import { candidateWriteRefusal, getCandidate, requireLiveCandidate, updateCandidate } from '../db/repositories/candidates.js';
import { sql } from '../db/statements.js';
import { flushSearchIndex } from './search-index.js';
import { inTransaction, recordAudit, type WriteContext } from './write-meta.js';

/**
 * Merge and unmerge without deleting a single row. Rows move by changing candidate_id and are updated in
 * place; the snapshot keeps the full image of every row of both candidates' own lists plus the ids of moved
 * rows. Unmerge puts every row back by id. Nothing is deleted, so no id can be reused meanwhile and the
 * restore is exact (a test compares every related row before the merge and after the unmerge).
 *
 * What stays on the merged-away source: contact points/skills/tags the target already has, and an
 * application to a job the target is also in (the target's application is kept). The source record itself
 * is hidden (merged_into) from lists, search and duplicate checks.
 */

type Row = Record<string, unknown>;

/** A candidate's own lists: fully restored on unmerge. Keys say how a row is identified. */
const childTables = [
  { table: 'candidate_emails', key: ['id'] },
  { table: 'candidate_phones', key: ['id'] },
  { table: 'candidate_links', key: ['id'] },
  { table: 'candidate_skills', key: ['candidate_id', 'skill'] },
  { table: 'candidate_tags', key: ['candidate_id', 'tag'] },
  { table: 'consents', key: ['id'] },
  // Static lists and talent pools: the target joins every one the source was in (the earlier date wins).
  { table: 'candidate_list_members', key: ['list_id', 'candidate_id'] },
  { table: 'talent_pool_members', key: ['pool_id', 'candidate_id'] },
] as const;
type ChildTable = (typeof childTables)[number]['table'];

/** Rows that belong to the candidate's history: moved to the target, moved back on unmerge (by id). */
const movedTables = ['activities', 'applications', 'attachments'] as const;
type MovedTable = (typeof movedTables)[number];

interface MergeSnapshot {
  format: 1;
  target: Row;
  source: Row;
  children: Record<ChildTable, Row[]>;
  moved: Record<MovedTable, number[]>;
}

const DAY_MS = 86_400_000;

export interface MergeInput {
  targetId: number;
  targetVersion: number;
  sourceId: number;
  sourceVersion: number;
  picks: MergePicks;
}

const isEmpty = (v: unknown): boolean => v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Union of two string lists, compared case-insensitively, first spelling kept. */
function unionList(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  const seen = new Set(a.map((x) => x.toLowerCase()));
  for (const x of b) {
    if (seen.has(x.toLowerCase())) continue;
    seen.add(x.toLowerCase());
    out.push(x);
  }
  return out;
}

/** Exact column list of a table (from the schema, never from input): the only names put into dynamic SQL. */
function columnsOf(db: ReadDb, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
}

const ROW_ORDER: Record<string, string> = {
  candidate_skills: 'candidate_id, skill',
  candidate_tags: 'candidate_id, tag',
  candidate_list_members: 'candidate_id, list_id',
  talent_pool_members: 'candidate_id, pool_id',
};

function rowsOf(db: ReadDb, table: string, candidateIds: readonly number[]): Row[] {
  const order = ROW_ORDER[table] ?? 'id';
  return sql(db, `SELECT * FROM ${table} WHERE candidate_id IN (?, ?) ORDER BY ${order}`).all(...candidateIds) as Row[];
}

export function mergeCandidates(db: WriteDb, input: MergeInput, w: WriteContext): { mergeId: number } {
  const { targetId, sourceId } = input;
  if (targetId === sourceId) throw new CodedError('invalid_input', 'A candidate cannot be merged into itself', 'sourceId');
  return inTransaction(db, () => {
    for (const [id, version, field] of [
      [targetId, input.targetVersion, 'targetVersion'],
      [sourceId, input.sourceVersion, 'sourceVersion'],
    ] as const) {
      const row = requireLiveCandidate(db, id);
      if (row.version !== version) {
        const refusal = candidateWriteRefusal(db, id, version);
        throw new CodedError(refusal.code, refusal.message, field);
      }
    }
    const target = getCandidate(db, targetId);
    const source = getCandidate(db, sourceId);
    const snapshot: MergeSnapshot = {
      format: 1,
      target: sql(db, 'SELECT * FROM candidates WHERE id = ?').get(targetId) as Row,
      source: sql(db, 'SELECT * FROM candidates WHERE id = ?').get(sourceId) as Row,
      children: Object.fromEntries(childTables.map(({ table }) => [table, rowsOf(db, table, [targetId, sourceId])])) as MergeSnapshot['children'],
      moved: { activities: [], applications: [], attachments: [] },
    };

    // Picked scalar fields; unpicked ones keep the target's value unless it is empty.
    const merged: Partial<CandidateFields> = {};
    for (const field of mergePickFields) {
      const side = input.picks[field] ?? (isEmpty(target[field]) && !isEmpty(source[field]) ? 'source' : 'target');
      (merged as Record<string, unknown>)[field] = (side === 'source' ? source : target)[field];
    }
    merged.industries = unionList(target.industries, source.industries);
    merged.languages = unionList(target.languages, source.languages);
    updateCandidate(db, targetId, input.targetVersion, merged, { at: w.at });

    moveContactPoints(db, targetId, sourceId);
    mergeConsents(db, targetId, sourceId);
    moveMemberships(db, targetId, sourceId);

    snapshot.moved.activities = ids(db, 'SELECT id FROM activities WHERE candidate_id = ? ORDER BY id', sourceId);
    snapshot.moved.attachments = ids(db, 'SELECT id FROM attachments WHERE candidate_id = ? ORDER BY id', sourceId);
    // An application to a job the target is also in stays with the source: (candidate, job) is unique.
    snapshot.moved.applications = ids(
      db,
      `SELECT id FROM applications WHERE candidate_id = ? AND job_id NOT IN (SELECT job_id FROM applications WHERE candidate_id = ?) ORDER BY id`,
      sourceId,
      targetId,
    );
    for (const table of movedTables) {
      const move = sql(db, `UPDATE ${table} SET candidate_id = ? WHERE id = ?`);
      for (const id of snapshot.moved[table]) move.run(targetId, id);
    }

    sql(db, 'UPDATE candidates SET merged_into = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(targetId, w.at, sourceId);
    const targetVersionAfter = (sql(db, 'SELECT version FROM candidates WHERE id = ?').get(targetId) as { version: number }).version;
    const expiresAt = new Date(Date.parse(w.at) + UNMERGE_WINDOW_DAYS * DAY_MS).toISOString();
    const mergeId = Number(
      sql(
        db,
        `INSERT INTO candidate_merges (target_id, source_id, merged_at, expires_at, actor, target_version_after, snapshot)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(targetId, sourceId, w.at, expiresAt, w.actor, targetVersionAfter, JSON.stringify(snapshot)).lastInsertRowid,
    );
    purgeExpiredMergeSnapshots(db, w.at);
    flushSearchIndex(db);
    const after = getCandidate(db, targetId);
    recordAudit(db, w, 'merge', mergeId, 'merge', { target, source }, { target: after, moved: snapshot.moved, picks: input.picks });
    recordAudit(db, w, 'candidate', targetId, 'merge-in', target, after);
    recordAudit(db, w, 'candidate', sourceId, 'merged-into', source, { mergedInto: targetId });
    return { mergeId };
  });
}

const ids = (db: ReadDb, text: string, ...params: number[]): number[] =>
  (sql(db, text).all(...params) as { id: number }[]).map((r) => r.id);

/**
 * Moves the source's rows the target has no equivalent of (same `key` value) over to the target. Table and
 * column names come from this file only, never from input.
 */
function moveMissing(db: WriteDb, table: string, key: string, targetId: number, sourceId: number): void {
  sql(
    db,
    `UPDATE ${table} SET candidate_id = @target
     WHERE candidate_id = @source AND ${key} NOT IN (SELECT ${key} FROM ${table} WHERE candidate_id = @target)`,
  ).run({ target: targetId, source: sourceId });
}

/** Unions e-mails, phones, links (by normalised value), skills (best level/years) and tags into the target. */
function moveContactPoints(db: WriteDb, targetId: number, sourceId: number): void {
  for (const [table, norm] of [
    ['candidate_emails', 'address_norm'],
    ['candidate_phones', 'number_norm'],
  ] as const) {
    // The target's primary stays primary; moved ones become primary only if the target had none.
    sql(
      db,
      `UPDATE ${table} SET candidate_id = @target,
         is_primary = CASE WHEN EXISTS (SELECT 1 FROM ${table} p WHERE p.candidate_id = @target AND p.is_primary = 1) THEN 0 ELSE is_primary END
       WHERE candidate_id = @source AND ${norm} NOT IN (SELECT ${norm} FROM ${table} WHERE candidate_id = @target)`,
    ).run({ target: targetId, source: sourceId });
  }
  moveMissing(db, 'candidate_links', 'url_norm', targetId, sourceId);
  sql(
    db,
    `UPDATE candidate_skills SET
       level = CASE WHEN src.level IS NULL THEN candidate_skills.level WHEN candidate_skills.level IS NULL THEN src.level
                    ELSE max(candidate_skills.level, src.level) END,
       years = CASE WHEN src.years IS NULL THEN candidate_skills.years WHEN candidate_skills.years IS NULL THEN src.years
                    ELSE max(candidate_skills.years, src.years) END
     FROM (SELECT skill, level, years FROM candidate_skills WHERE candidate_id = @source) AS src
     WHERE candidate_skills.candidate_id = @target AND candidate_skills.skill = src.skill`,
  ).run({ target: targetId, source: sourceId });
  moveMissing(db, 'candidate_skills', 'skill', targetId, sourceId);
  moveMissing(db, 'candidate_tags', 'tag', targetId, sourceId);
}

/**
 * The most restrictive consent wins: per purpose, a withdrawal on either record withdraws the target's
 * consent (earliest date), and the earliest expiry applies. A purpose only the source has moves over.
 */
function mergeConsents(db: WriteDb, targetId: number, sourceId: number): void {
  sql(
    db,
    `UPDATE consents SET
       withdrawn_at = CASE WHEN src.w IS NULL THEN consents.withdrawn_at WHEN consents.withdrawn_at IS NULL THEN src.w
                           ELSE min(consents.withdrawn_at, src.w) END,
       expires_at = CASE WHEN src.e IS NULL THEN consents.expires_at WHEN consents.expires_at IS NULL THEN src.e
                         ELSE min(consents.expires_at, src.e) END
     FROM (SELECT purpose, min(withdrawn_at) AS w, min(expires_at) AS e FROM consents WHERE candidate_id = @source GROUP BY purpose) AS src
     WHERE consents.candidate_id = @target AND consents.purpose = src.purpose`,
  ).run({ target: targetId, source: sourceId });
  moveMissing(db, 'consents', 'purpose', targetId, sourceId);
}

/**
 * Lists and pools the source was in now hold the target: a merged-away record is never a member of anything,
 * so leaving them behind would silently drop the person from a shortlist or a nurture cadence. Where both
 * were in, the earlier membership (its date, and for pools how we got them) is kept.
 */
function moveMemberships(db: WriteDb, targetId: number, sourceId: number): void {
  sql(
    db,
    `UPDATE candidate_list_members SET added_at = min(candidate_list_members.added_at, src.added_at)
     FROM (SELECT list_id, added_at FROM candidate_list_members WHERE candidate_id = @source) AS src
     WHERE candidate_list_members.candidate_id = @target AND candidate_list_members.list_id = src.list_id`,
  ).run({ target: targetId, source: sourceId });
  moveMissing(db, 'candidate_list_members', 'list_id', targetId, sourceId);
  sql(
    db,
    `UPDATE talent_pool_members SET added_at = src.added_at, source = src.source, note = src.note
     FROM (SELECT pool_id, added_at, source, note FROM talent_pool_members WHERE candidate_id = @source) AS src
     WHERE talent_pool_members.candidate_id = @target AND talent_pool_members.pool_id = src.pool_id
       AND src.added_at < talent_pool_members.added_at`,
  ).run({ target: targetId, source: sourceId });
  moveMissing(db, 'talent_pool_members', 'pool_id', targetId, sourceId);
}

interface MergeRow {
  id: number;
  target_id: number;
  source_id: number;
  merged_at: string;
  expires_at: string;
  target_version_after: number;
  snapshot: string | null;
  unmerged_at: string | null;
}

/**
 * Puts both candidates back exactly as they were before the merge. Refused after the 30-day window, when
 * a later merge built on this one, or (unless `force`) when the target was edited after the merge.
 */
export function unmergeCandidates(db: WriteDb, mergeId: number, options: { force: boolean }, w: WriteContext): { targetId: number; sourceId: number } {
  return inTransaction(db, () => {
    const m = sql(db, 'SELECT * FROM candidate_merges WHERE id = ?').get(mergeId) as MergeRow | undefined;
    if (!m) throw new CodedError('not_found', `No merge with id ${mergeId}`);
    if (m.unmerged_at) throw new CodedError('conflict', `Merge ${mergeId} was already undone on ${m.unmerged_at}`);
    if (w.at > m.expires_at || m.snapshot === null) {
      throw new CodedError(
        'conflict',
        `Merge ${mergeId} can no longer be undone: merges can be undone for ${UNMERGE_WINDOW_DAYS} days and this one expired on ${m.expires_at}`,
      );
    }
    const later = sql(
      db,
      `SELECT id FROM candidate_merges
       WHERE unmerged_at IS NULL AND id > @merge AND (target_id IN (@target, @source) OR source_id = @target) ORDER BY id DESC LIMIT 1`,
    ).get({ merge: mergeId, target: m.target_id, source: m.source_id }) as { id: number } | undefined;
    if (later) throw new CodedError('conflict', `Undo the later merge ${later.id} first: it builds on merge ${mergeId}`);
    const target = sql(db, 'SELECT version, deleted_at, merged_into FROM candidates WHERE id = ?').get(m.target_id) as
      | { version: number; deleted_at: string | null; merged_into: number | null }
      | undefined;
    if (!target) throw new CodedError('not_found', `Candidate ${m.target_id} no longer exists`);
    if (!options.force && target.version !== m.target_version_after) {
      throw new CodedError(
        'conflict',
        `Candidate ${m.target_id} was edited after the merge (version ${m.target_version_after} → ${target.version}). ` +
          'Unmerging restores the record as it was before the merge and discards those edits; confirm with force.',
        'force',
      );
    }
    const snapshot = JSON.parse(m.snapshot) as MergeSnapshot;
    const before = { target: getCandidate(db, m.target_id) };

    for (const table of movedTables) {
      const back = sql(db, `UPDATE ${table} SET candidate_id = ? WHERE id = ? AND candidate_id = ?`);
      for (const id of snapshot.moved[table]) back.run(m.source_id, id, m.target_id);
    }
    for (const { table, key } of childTables) {
      // Snapshots taken before memberships moved with a merge have no images for them: nothing moved to undo.
      const images = snapshot.children[table] as Row[] | undefined;
      if (images) restoreRows(db, table, key, [m.target_id, m.source_id], images);
    }
    const sourceVersion = (sql(db, 'SELECT version FROM candidates WHERE id = ?').get(m.source_id) as { version: number }).version;
    restoreRow(db, 'candidates', ['id'], snapshot.target);
    restoreRow(db, 'candidates', ['id'], snapshot.source);
    // The content goes back; the versions go forward. Restoring the old numbers would let a client still showing
    // the merged record (or an edit made before the merge) write over the restored one without a conflict.
    const bump = sql(db, 'UPDATE candidates SET version = ? WHERE id = ?');
    bump.run(target.version + 1, m.target_id);
    bump.run(sourceVersion + 1, m.source_id);
    // An earlier merge into either record compares its target's version with the one it left: the record is
    // back as that merge left it, so that merge follows the new number (or it would see an edit that is not one).
    const follow = sql(db, 'UPDATE candidate_merges SET target_version_after = ? WHERE unmerged_at IS NULL AND id <> ? AND target_id = ? AND target_version_after = ?');
    follow.run(target.version + 1, mergeId, m.target_id, Number(snapshot.target.version));
    follow.run(sourceVersion + 1, mergeId, m.source_id, Number(snapshot.source.version));

    sql(db, 'UPDATE candidate_merges SET unmerged_at = ?, snapshot = NULL WHERE id = ?').run(w.at, mergeId);
    flushSearchIndex(db);
    recordAudit(db, w, 'merge', mergeId, 'unmerge', before, { target: getCandidate(db, m.target_id), source: getCandidate(db, m.source_id) });
    recordAudit(db, w, 'candidate', m.target_id, 'unmerge', before.target, getCandidate(db, m.target_id));
    recordAudit(db, w, 'candidate', m.source_id, 'unmerge', { mergedInto: m.target_id }, getCandidate(db, m.source_id));
    return { targetId: m.target_id, sourceId: m.source_id };
  });
}

/**
 * Makes a table's rows for these candidates exactly the snapshot: rows added since are removed (only
 * possible after a forced unmerge of an edited target), every snapshot row is written back by key.
 */
function restoreRows(db: WriteDb, table: ChildTable, key: readonly string[], candidateIds: readonly number[], images: Row[]): void {
  const keyOf = (r: Row) => JSON.stringify(key.map((k) => r[k]));
  const wanted = new Set(images.map(keyOf));
  if (key.length === 1) {
    // Rowid tables: rows keep their ids; drop only rows the snapshot does not know.
    for (const current of rowsOf(db, table, candidateIds)) {
      if (!wanted.has(keyOf(current))) sql(db, `DELETE FROM ${table} WHERE id = ?`).run(current.id);
    }
  } else {
    // Natural-key tables (skill/tag per candidate): the key moves with the row, so rewrite the set.
    sql(db, `DELETE FROM ${table} WHERE candidate_id IN (?, ?)`).run(...candidateIds);
  }
  for (const image of images) restoreRow(db, table, key, image);
}

/** Writes one row image back: update by key, or insert it if the row is gone. */
function restoreRow(db: WriteDb, table: string, key: readonly string[], image: Row): void {
  const columns = columnsOf(db, table).filter((c) => c in image);
  const settable = columns.filter((c) => !key.includes(c) || key.length > 1);
  const where = key.map((k) => `${k} = ?`).join(' AND ');
  if (key.length === 1) {
    const updated = sql(db, `UPDATE ${table} SET ${settable.map((c) => `${c} = ?`).join(', ')} WHERE ${where}`).run(
      ...settable.map((c) => image[c]),
      ...key.map((k) => image[k]),
    );
    if (updated.changes > 0) return;
  }
  sql(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((c) => image[c]));
}

/** Snapshots hold personal data: once the undo window has passed they are dropped. */
export function purgeExpiredMergeSnapshots(db: WriteDb, now: string): number {
  return sql(db, 'UPDATE candidate_merges SET snapshot = NULL WHERE snapshot IS NOT NULL AND expires_at < ?').run(now).changes;
}

export function listMerges(db: ReadDb, candidateId: number, now: string): MergeRecord[] {
  const rows = sql(
    db,
    `SELECT m.*, t.display_name AS target_name, s.display_name AS source_name
     FROM candidate_merges m JOIN candidates t ON t.id = m.target_id JOIN candidates s ON s.id = m.source_id
     WHERE m.target_id = @id OR m.source_id = @id ORDER BY m.merged_at DESC, m.id DESC`,
  ).all({ id: candidateId }) as (MergeRow & { target_name: string; source_name: string })[];
  return rows.map((r) => toMergeRecord(r, now));
}

export function getMerge(db: ReadDb, mergeId: number, now: string): MergeRecord {
  const r = sql(
    db,
    `SELECT m.*, t.display_name AS target_name, s.display_name AS source_name
     FROM candidate_merges m JOIN candidates t ON t.id = m.target_id JOIN candidates s ON s.id = m.source_id WHERE m.id = ?`,
  ).get(mergeId) as (MergeRow & { target_name: string; source_name: string }) | undefined;
  if (!r) throw new CodedError('not_found', `No merge with id ${mergeId}`);
  return toMergeRecord(r, now);
}

const toMergeRecord = (r: MergeRow & { target_name: string; source_name: string }, now: string): MergeRecord => ({
  id: r.id,
  targetId: r.target_id,
  sourceId: r.source_id,
  targetName: r.target_name,
  sourceName: r.source_name,
  mergedAt: r.merged_at,
  expiresAt: r.expires_at,
  unmergedAt: r.unmerged_at,
  canUnmerge: r.unmerged_at === null && r.snapshot !== null && now <= r.expires_at,
});
