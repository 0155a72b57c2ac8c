import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import { inTransaction, recordAudit, type WriteContext } from '../write-meta.js';

export interface Pool {
  id: number;
  name: string;
  description: string;
  cadenceDays: number;
  memberCount: number;
  dueCount: number;
  createdAt: string;
}

export interface PoolMember {
  candidateId: number;
  displayName: string;
  currentTitle: string;
  preferredChannel: string | null;
  addedAt: string;
  source: string;
  lastTouchAt: string | null;
  /** When the next nurture touch is due: last touch (or joining) + the pool's cadence. */
  nextTouchAt: string;
  due: boolean;
}

const DAY = 86_400_000;
const LAST_TOUCH = `(SELECT max(a.occurred_at) FROM activities a WHERE a.candidate_id = m.candidate_id AND a.direction <> 'internal')`;

/** The nurture clock, pure: the next touch is due `cadence` days after the later of the last touch and joining. */
export function nextTouch(addedAt: string, lastTouchAt: string | null, cadenceDays: number): Date {
  const anchor = Math.max(Date.parse(addedAt), lastTouchAt ? Date.parse(lastTouchAt) : 0);
  return new Date(anchor + cadenceDays * DAY);
}

export function listPools(db: ReadDb, now: Date): Pool[] {
  const rows = sql(
    db,
    `SELECT p.id, p.name, p.description, p.cadence_days, p.created_at,
       (SELECT count(*) FROM talent_pool_members m WHERE m.pool_id = p.id) AS member_count,
       (SELECT count(*) FROM talent_pool_members m WHERE m.pool_id = p.id
          AND julianday(max(m.added_at, coalesce(${LAST_TOUCH}, m.added_at))) + p.cadence_days <= julianday(?)) AS due_count
     FROM talent_pools p ORDER BY p.name`,
  ).all(now.toISOString()) as { id: number; name: string; description: string; cadence_days: number; created_at: string; member_count: number; due_count: number }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    cadenceDays: r.cadence_days,
    memberCount: r.member_count,
    dueCount: r.due_count,
    createdAt: r.created_at,
  }));
}

export function getPool(db: ReadDb, id: number, now: Date): Pool {
  const pool = listPools(db, now).find((p) => p.id === id);
  if (!pool) throw new CodedError('not_found', `No talent pool with id ${id}`);
  return pool;
}

export function createPool(db: WriteDb, input: { name: string; description: string; cadenceDays: number }, w: WriteContext, now: Date): Pool {
  const exists = sql(db, 'SELECT id FROM talent_pools WHERE name = ? COLLATE NOCASE').get(input.name);
  if (exists) throw new CodedError('conflict', `A pool named "${input.name}" already exists`, 'name');
  const id = inTransaction(db, () => {
    const r = sql(db, 'INSERT INTO talent_pools (name, description, cadence_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      input.name,
      input.description,
      input.cadenceDays,
      w.at,
      w.at,
    );
    const newId = Number(r.lastInsertRowid);
    recordAudit(db, w, 'talent_pool', newId, 'create', undefined, input);
    return newId;
  });
  return getPool(db, id, now);
}

export function updatePool(
  db: WriteDb,
  input: { id: number; name?: string | undefined; description?: string | undefined; cadenceDays?: number | undefined },
  w: WriteContext,
  now: Date,
): Pool {
  const before = getPool(db, input.id, now);
  inTransaction(db, () => {
    sql(db, 'UPDATE talent_pools SET name = ?, description = ?, cadence_days = ?, updated_at = ? WHERE id = ?').run(
      input.name ?? before.name,
      input.description ?? before.description,
      input.cadenceDays ?? before.cadenceDays,
      w.at,
      input.id,
    );
    recordAudit(db, w, 'talent_pool', input.id, 'update', before, input);
  });
  return getPool(db, input.id, now);
}

export function deletePool(db: WriteDb, id: number, w: WriteContext, now: Date): void {
  const before = getPool(db, id, now);
  inTransaction(db, () => {
    sql(db, 'DELETE FROM talent_pools WHERE id = ?').run(id);
    recordAudit(db, w, 'talent_pool', id, 'delete', before);
  });
}

/** Adds candidates (a selection, a segment's members, a rejected applicant); those already in stay as they were. */
export function addMembers(
  db: WriteDb,
  input: { poolId: number; candidateIds: number[]; source: string; note: string },
  w: WriteContext,
  now: Date,
): { added: number; already: number } {
  getPool(db, input.poolId, now);
  const live = sql(db, 'SELECT 1 AS ok FROM candidates WHERE id = ? AND deleted_at IS NULL AND merged_into IS NULL');
  const insert = sql(
    db,
    'INSERT INTO talent_pool_members (pool_id, candidate_id, added_at, source, note) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  return inTransaction(db, () => {
    let added = 0;
    for (const id of new Set(input.candidateIds)) {
      if (!live.get(id)) throw new CodedError('not_found', `No candidate with id ${id}`, 'candidateIds');
      added += insert.run(input.poolId, id, w.at, input.source, input.note).changes;
    }
    recordAudit(db, w, 'talent_pool', input.poolId, 'add-members', undefined, { candidateIds: input.candidateIds, source: input.source });
    return { added, already: new Set(input.candidateIds).size - added };
  });
}

export function removeMembers(db: WriteDb, input: { poolId: number; candidateIds: number[] }, w: WriteContext): { removed: number } {
  const del = sql(db, 'DELETE FROM talent_pool_members WHERE pool_id = ? AND candidate_id = ?');
  return inTransaction(db, () => {
    let removed = 0;
    for (const id of input.candidateIds) removed += del.run(input.poolId, id).changes;
    recordAudit(db, w, 'talent_pool', input.poolId, 'remove-members', { candidateIds: input.candidateIds });
    return { removed };
  });
}

/** Members with their nurture clock, due ones first (longest overdue first), then by next touch. */
export function listMembers(db: ReadDb, input: { poolId: number; dueOnly: boolean; limit: number }, now: Date): { items: PoolMember[]; total: number } {
  const pool = getPool(db, input.poolId, now);
  const rows = sql(
    db,
    `SELECT m.candidate_id, c.display_name, c.current_title, c.preferred_channel, m.added_at, m.source, ${LAST_TOUCH} AS last_touch
     FROM talent_pool_members m JOIN candidates c ON c.id = m.candidate_id
     WHERE m.pool_id = ? AND c.deleted_at IS NULL`,
  ).all(input.poolId) as {
    candidate_id: number;
    display_name: string;
    current_title: string;
    preferred_channel: string | null;
    added_at: string;
    source: string;
    last_touch: string | null;
  }[];
  const items = rows
    .map((r): PoolMember => {
      const next = nextTouch(r.added_at, r.last_touch, pool.cadenceDays);
      return {
        candidateId: r.candidate_id,
        displayName: r.display_name,
        currentTitle: r.current_title,
        preferredChannel: r.preferred_channel,
        addedAt: r.added_at,
        source: r.source,
        lastTouchAt: r.last_touch,
        nextTouchAt: next.toISOString(),
        due: next.getTime() <= now.getTime(),
      };
    })
    .filter((m) => !input.dueOnly || m.due)
    .sort((a, b) => a.nextTouchAt.localeCompare(b.nextTouchAt));
  return { items: items.slice(0, input.limit), total: items.length };
}

/** Pools a candidate belongs to (for the profile). */
export function poolsOfCandidate(db: ReadDb, candidateId: number): { poolId: number; name: string; addedAt: string }[] {
  return (
    sql(db, 'SELECT p.id, p.name, m.added_at FROM talent_pool_members m JOIN talent_pools p ON p.id = m.pool_id WHERE m.candidate_id = ? ORDER BY p.name').all(
      candidateId,
    ) as { id: number; name: string; added_at: string }[]
  ).map((r) => ({ poolId: r.id, name: r.name, addedAt: r.added_at }));
}
