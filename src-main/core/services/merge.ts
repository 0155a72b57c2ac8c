import type { ApplicationStatus } from '../../../src-shared/domain/application.js';
import {
  mergePickFields,
  UNMERGE_WINDOW_DAYS,
  type CandidateFields,
  type MergePicks,
  type MergeRecord,
} from '../../../src-shared/domain/candidate.js';
import type { StageType } from '../../../src-shared/domain/job.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../db/database.js';
import { getApplication } from '../db/repositories/applications.js';
import { candidateWriteRefusal, getCandidate, requireLiveCandidate, updateCandidate } from '../db/repositories/candidates.js';
import { sql } from '../db/statements.js';
import { flushSearchIndex } from './search-index.js';
import { inTransaction, recordAudit, type WriteContext } from './write-meta.js';

/**
 * Merge and unmerge. Rows move by changing candidate_id and are updated in place; the snapshot keeps the
 * full image of every row of both candidates' own lists plus the ids of moved rows. Unmerge puts every row
 * back by id, so the restore is exact (a test compares every related row before the merge and after the
 * unmerge).
 *
 * Where both are in the same job's pipeline, (candidate, job) is unique, so one application is kept and the
 * other folded into it: its stage history, activities and reminders are re-pointed to the kept one, a note
 * records the rest, and the folded row itself stays with the hidden source record (swapped there when the
 * target's application is the one folded). Nothing is deleted, so no id can be reused before an unmerge,
 * which points everything back.
 *
 * What stays on the merged-away source: contact points/skills/tags the target already has, and a folded
 * application. The source record itself is hidden (merged_into) from lists, search, the board, KPIs and
 * duplicate checks.
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

/** An application folded into the other record's application to the same job. */
interface FoldedApplication {
  keptId: number;
  /** The folded application as it was (it stays, parked on the source record). */
  application: Row;
  /** The folded one was the target's: the two swapped records (the kept one moved to the target). */
  swapped: boolean;
  /** Stage history, activities and reminders that pointed at it (re-pointed to the kept one). */
  stageHistory: number[];
  activities: number[];
  reminders: number[];
  /** The note on the kept application that records it. */
  noteId: number;
}

interface MergeSnapshot {
  format: 1;
  target: Row;
  source: Row;
  children: Record<ChildTable, Row[]>;
  moved: Record<MovedTable, number[]>;
  /** Absent in snapshots taken before applications were folded: nothing to point back. */
  folded?: FoldedApplication[];
}

const DAY_MS = 86_400_000;

export interface MergeInput {
  targetId: number;
  targetVersion: number;
  sourceId: number;
  sourceVersion: number;
  picks: MergePicks;
  /** Where both are in a job's pipeline, the application to keep; by default the one further along. */
  keepApplicationIds?: readonly number[] | undefined;
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
    // Before anything moves: afterwards no job has an application from both, so every one the source has moves.
    snapshot.folded = foldSharedApplications(db, target, source, input.keepApplicationIds ?? [], w);

    snapshot.moved.activities = ids(db, 'SELECT id FROM activities WHERE candidate_id = ? ORDER BY id', sourceId);
    snapshot.moved.attachments = ids(db, 'SELECT id FROM attachments WHERE candidate_id = ? ORDER BY id', sourceId);
    // Folded applications stay parked on the source.
    // (Bound, not written into the text: the statement cache keeps one statement per text.)
    const parked = JSON.stringify(snapshot.folded.map((f) => Number(f.application.id)));
    snapshot.moved.applications = (
      sql(db, 'SELECT id FROM applications WHERE candidate_id = ? AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id').all(sourceId, parked) as { id: number }[]
    ).map((r) => r.id);
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
    const folded = snapshot.folded.map((f) => ({ jobId: f.application.job_id, keptId: f.keptId, foldedId: f.application.id, noteId: f.noteId }));
    recordAudit(db, w, 'merge', mergeId, 'merge', { target, source }, { target: after, moved: snapshot.moved, folded, picks: input.picks });
    recordAudit(db, w, 'candidate', targetId, 'merge-in', target, after);
    recordAudit(db, w, 'candidate', sourceId, 'merged-into', source, { mergedInto: targetId });
    return { mergeId };
  });
}

const ids = (db: ReadDb, text: string, ...params: number[]): number[] =>
  (sql(db, text).all(...params) as { id: number }[]).map((r) => r.id);

/** An application to a job both records are in, with what decides which one is kept. */
interface SharedApplication {
  id: number;
  candidate_id: number;
  job_id: number;
  status: ApplicationStatus;
  stage_type: StageType;
  stage_name: string;
  position: number;
  stage_entered_at: string;
}

const STATUS_TIER: Record<ApplicationStatus, number> = { rejected: 0, withdrawn: 0, active: 1, hired: 2 };
const STAGE_RANK: Record<StageType, number> = { rejected: 0, withdrawn: 0, sourced: 1, screening: 2, interview: 3, offer: 4, hired: 5 };

/**
 * Positive when `a` is further along than `b`: a hire beats an open application, which beats a rejected or
 * withdrawn one; then the later stage (by kind, then by its place in the job's pipeline); then the one moved
 * most recently.
 */
const compareProgress = (a: SharedApplication, b: SharedApplication): number =>
  STATUS_TIER[a.status] - STATUS_TIER[b.status] ||
  STAGE_RANK[a.stage_type] - STAGE_RANK[b.stage_type] ||
  a.position - b.position ||
  a.stage_entered_at.localeCompare(b.stage_entered_at);

/**
 * Where both records are in a job's pipeline, (candidate, job) being unique, one application is kept (the
 * one asked for, else the one further along; a tie keeps the target's) and the other folded into it: its
 * stage history, activities and reminders move to the kept one, an internal note on the kept one records
 * what the folded one said (stage, offer, fee, reasons), and the folded row is parked on the source record.
 * Nothing it held is lost, and the board, the job's list and the KPIs count the person once.
 */
function foldSharedApplications(
  db: WriteDb,
  target: { id: number; displayName: string },
  source: { id: number; displayName: string },
  keep: readonly number[],
  w: WriteContext,
): FoldedApplication[] {
  const pairs = sql(
    db,
    `SELECT t.id AS t, s.id AS s FROM applications t JOIN applications s ON s.job_id = t.job_id
     WHERE t.candidate_id = ? AND s.candidate_id = ? ORDER BY t.job_id`,
  ).all(target.id, source.id) as { t: number; s: number }[];
  const chosen = new Set(keep);
  const contested = new Set(pairs.flatMap((p) => [p.t, p.s]));
  for (const id of chosen) {
    if (!contested.has(id)) {
      throw new CodedError(
        'invalid_input',
        `Application ${id} is not one of two applications these candidates have to the same job; only those need a choice`,
        'keepApplicationIds',
      );
    }
  }
  const load = sql(
    db,
    `SELECT a.id, a.candidate_id, a.job_id, a.status, s.type AS stage_type, s.name AS stage_name, s.position, a.stage_entered_at
     FROM applications a JOIN job_stages s ON s.id = a.stage_id WHERE a.id = ?`,
  );
  const folded: FoldedApplication[] = [];
  for (const pair of pairs) {
    if (chosen.has(pair.t) && chosen.has(pair.s)) {
      throw new CodedError('invalid_input', `Applications ${pair.t} and ${pair.s} are to the same job: keep one of them, not both`, 'keepApplicationIds');
    }
    const t = load.get(pair.t) as SharedApplication;
    const s = load.get(pair.s) as SharedApplication;
    const sourceWins = chosen.has(s.id) || (!chosen.has(t.id) && compareProgress(s, t) > 0);
    const [kept, gone] = sourceWins ? [s, t] : [t, s];
    const image = sql(db, 'SELECT * FROM applications WHERE id = ?').get(gone.id) as Row;
    const { history: _history, ...before } = getApplication(db, gone.id);
    const stageHistory = ids(db, 'SELECT id FROM stage_history WHERE application_id = ? ORDER BY id', gone.id);
    const activities = ids(db, 'SELECT id FROM activities WHERE application_id = ? ORDER BY id', gone.id);
    const reminders = ids(db, 'SELECT id FROM reminders WHERE application_id = ? ORDER BY id', gone.id);
    for (const table of ['stage_history', 'activities', 'reminders'] as const) {
      sql(db, `UPDATE ${table} SET application_id = ? WHERE application_id = ?`).run(kept.id, gone.id);
    }
    const whose = gone.candidate_id === source.id ? `of ${source.displayName} (record ${source.id}, merged into this one)` : 'of this record';
    const noteId = Number(
      sql(
        db,
        `INSERT INTO activities (channel, direction, subject, body, occurred_at, candidate_id, job_id, application_id, created_at)
         VALUES ('note', 'internal', ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        'Applications merged',
        [`Application ${gone.id} ${whose} to this job was folded into application ${kept.id} when the records were merged; its stage history and activities are now here.`, ...describeApplication(image, gone.stage_name)].join('\n'),
        w.at,
        target.id,
        gone.job_id,
        kept.id,
        w.at,
      ).lastInsertRowid,
    );
    // The folded row stays, parked on the source record (hidden with it); when it is the target's, the two swap.
    const swapped = gone.candidate_id === target.id;
    if (swapped) swapCandidates(db, gone.id, kept.id);
    recordAudit(db, w, 'application', gone.id, 'merged-into', before, { mergedInto: kept.id, noteId });
    folded.push({ keptId: kept.id, application: image, swapped, stageHistory, activities, reminders, noteId });
  }
  return folded;
}

/** What a folded application said besides its history, one line per fact it has. */
function describeApplication(a: Row, stageName: string): string[] {
  const day = (v: unknown) => String(v).slice(0, 10);
  const lines = [`It was at "${stageName}" (${String(a.status)}) since ${day(a.stage_entered_at)}, created ${day(a.created_at)}.`];
  if (a.rating !== null) lines.push(`Rating: ${String(a.rating)}/5.`);
  if (a.offer_extended_at !== null || a.offer_amount !== null) {
    const amount = a.offer_amount === null ? '' : ` of ${String(a.offer_amount)} ${String(a.offer_currency ?? '')}`.trimEnd();
    const parts = [`Offer${amount}`];
    if (a.offer_extended_at !== null) parts.push(`extended ${day(a.offer_extended_at)}`);
    if (a.offer_accepted_at !== null) parts.push(`accepted ${day(a.offer_accepted_at)}`);
    if (a.offer_declined_at !== null) parts.push(`declined ${day(a.offer_declined_at)}`);
    lines.push(`${parts.join(', ')}.`);
  }
  if (a.placement_fee !== null) lines.push(`Placement fee: ${String(a.placement_fee)}.`);
  if (a.rejection_reason) lines.push(`Rejection reason: ${String(a.rejection_reason)}`);
  if (a.withdrawal_reason) lines.push(`Withdrawal reason: ${String(a.withdrawal_reason)}`);
  return lines;
}

/**
 * Two applications to the same job trade records. (candidate, job) is unique and checked row by row, so one
 * waits on a candidate id no row has (-its id) meanwhile; the foreign key is deferred for that moment only.
 */
function swapCandidates(db: WriteDb, a: number, b: number): void {
  const row = sql(db, 'SELECT id, candidate_id FROM applications WHERE id IN (?, ?)');
  const [x, y] = row.all(a, b) as { id: number; candidate_id: number }[];
  if (!x || !y) throw new Error(`applications ${a} and ${b} must both exist`);
  const deferred = db.pragma('defer_foreign_keys', { simple: true }) as number;
  db.pragma('defer_foreign_keys = ON');
  try {
    const move = sql(db, 'UPDATE applications SET candidate_id = ? WHERE id = ?');
    move.run(-x.id, x.id);
    move.run(x.candidate_id, y.id);
    move.run(y.candidate_id, x.id);
  } finally {
    if (!deferred) db.pragma('defer_foreign_keys = OFF');
  }
}

/**
 * Points a folded application's history, activities and reminders back at it, takes the merge note away and,
 * where the two swapped records, swaps them back. Returns its id.
 */
function unfold(db: WriteDb, f: FoldedApplication, mergedAt: string): number {
  const id = Number(f.application.id);
  if (f.swapped) swapCandidates(db, id, f.keptId);
  const back = (table: 'stage_history' | 'activities' | 'reminders', rows: readonly number[]) => {
    const point = sql(db, `UPDATE ${table} SET application_id = ? WHERE id = ? AND (application_id = ? OR application_id IS NULL)`);
    for (const row of rows) point.run(id, row, f.keptId);
  };
  back('stage_history', f.stageHistory);
  back('activities', f.activities);
  back('reminders', f.reminders);
  sql(db, `DELETE FROM activities WHERE id = ? AND channel = 'note' AND created_at = ?`).run(f.noteId, mergedAt);
  return id;
}

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
 * Why a merge cannot be undone, or null: already undone, either record deleted since (deleting a candidate
 * deletes the records merged into it, and a deleted person is not brought back by an unmerge), or the
 * 30-day window is over (its snapshot is purged).
 */
function unmergeRefusal(m: MergeRow & Deletions, now: string): string | null {
  if (m.unmerged_at) return `Merge ${m.id} was already undone on ${m.unmerged_at}`;
  const deleted = m.target_deleted_at !== null ? { id: m.target_id, at: m.target_deleted_at } : m.source_deleted_at !== null ? { id: m.source_id, at: m.source_deleted_at } : null;
  if (deleted) {
    return `Merge ${m.id} can no longer be undone: candidate ${deleted.id} was deleted on ${deleted.at}, together with the records merged into it`;
  }
  if (now > m.expires_at || m.snapshot === null) {
    return `Merge ${m.id} can no longer be undone: merges can be undone for ${UNMERGE_WINDOW_DAYS} days and this one expired on ${m.expires_at}`;
  }
  return null;
}

interface Deletions {
  target_deleted_at: string | null;
  source_deleted_at: string | null;
}

const MERGE_SELECT = `SELECT m.*, t.display_name AS target_name, s.display_name AS source_name,
    t.deleted_at AS target_deleted_at, s.deleted_at AS source_deleted_at
  FROM candidate_merges m JOIN candidates t ON t.id = m.target_id JOIN candidates s ON s.id = m.source_id`;

/**
 * Puts both candidates back exactly as they were before the merge. Refused after the 30-day window, once
 * either record is deleted, when a later merge built on this one, or (unless `force`) when the target was
 * edited after the merge.
 */
export function unmergeCandidates(db: WriteDb, mergeId: number, options: { force: boolean }, w: WriteContext): { targetId: number; sourceId: number } {
  return inTransaction(db, () => {
    const m = sql(db, `${MERGE_SELECT} WHERE m.id = ?`).get(mergeId) as (MergeRow & Deletions) | undefined;
    if (!m) throw new CodedError('not_found', `No merge with id ${mergeId}`);
    const refusal = unmergeRefusal(m, w.at);
    if (refusal !== null || m.snapshot === null) throw new CodedError('conflict', refusal ?? `Merge ${mergeId} can no longer be undone`);
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
    const restored = [...(snapshot.folded ?? [])].reverse().map((f) => ({ id: unfold(db, f, m.merged_at), keptId: f.keptId }));
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
    for (const r of restored) {
      const { history: _history, ...after } = getApplication(db, r.id);
      recordAudit(db, w, 'application', r.id, 'unmerge', { mergedInto: r.keptId }, after);
    }
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

type MergeListRow = MergeRow & Deletions & { target_name: string; source_name: string };

export function listMerges(db: ReadDb, candidateId: number, now: string): MergeRecord[] {
  const rows = sql(db, `${MERGE_SELECT} WHERE m.target_id = @id OR m.source_id = @id ORDER BY m.merged_at DESC, m.id DESC`).all({ id: candidateId }) as MergeListRow[];
  return rows.map((r) => toMergeRecord(r, now));
}

export function getMerge(db: ReadDb, mergeId: number, now: string): MergeRecord {
  const r = sql(db, `${MERGE_SELECT} WHERE m.id = ?`).get(mergeId) as MergeListRow | undefined;
  if (!r) throw new CodedError('not_found', `No merge with id ${mergeId}`);
  return toMergeRecord(r, now);
}

const toMergeRecord = (r: MergeListRow, now: string): MergeRecord => {
  const refusal = unmergeRefusal(r, now);
  return {
    id: r.id,
    targetId: r.target_id,
    sourceId: r.source_id,
    targetName: r.target_name,
    sourceName: r.source_name,
    mergedAt: r.merged_at,
    expiresAt: r.expires_at,
    unmergedAt: r.unmerged_at,
    canUnmerge: refusal === null,
    cannotUnmergeReason: refusal,
  };
};

/**
 * Deleting a candidate deletes the records merged into it, and those merged into them, in the caller's
 * transaction: they are the same person, reachable only through the deleted one (hidden from lists, not
 * editable, not deletable on their own), so leaving them would keep that person's data with no way to it.
 * Deleted the way the candidate is (soft, like deleteCandidate); their merges can no longer be undone, so
 * the snapshots (copies of both records) are dropped now rather than at the end of the window.
 */
export function deleteMergedInto(db: WriteDb, candidateId: number, w: WriteContext): number[] {
  const merged = sql(
    db,
    `WITH RECURSIVE merged(id) AS (
       SELECT id FROM candidates WHERE merged_into = @id
       UNION SELECT c.id FROM candidates c JOIN merged ON c.merged_into = merged.id)
     SELECT c.id, c.merged_into FROM merged JOIN candidates c ON c.id = merged.id WHERE c.deleted_at IS NULL ORDER BY c.id`,
  ).all({ id: candidateId }) as { id: number; merged_into: number }[];
  const remove = sql(db, 'UPDATE candidates SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NULL');
  for (const { id, merged_into: into } of merged) {
    const before = getCandidate(db, id);
    remove.run(w.at, w.at, id);
    recordAudit(db, w, 'candidate', id, 'delete', before, { deletedAt: w.at, mergedInto: into, deletedWith: candidateId });
  }
  const all = JSON.stringify([candidateId, ...merged.map((m) => m.id)]);
  sql(
    db,
    `UPDATE candidate_merges SET snapshot = NULL
     WHERE snapshot IS NOT NULL AND unmerged_at IS NULL
       AND (target_id IN (SELECT value FROM json_each(@all)) OR source_id IN (SELECT value FROM json_each(@all)))`,
  ).run({ all });
  return merged.map((m) => m.id);
}
