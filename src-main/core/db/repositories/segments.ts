import type { PersonaFields, Persona } from '../../../../src-shared/domain/personas.js';
import { segmentDefinition, type SegmentDefinition } from '../../../../src-shared/domain/segments/ast.js';
import type { CandidateList, Segment } from '../../../../src-shared/ipc/contracts/segments.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../database.js';
import { sql } from '../statements.js';

/** Segments, their daily counts, static candidate lists and personas (migration 0005). */

interface SegmentRow {
  id: number;
  name: string;
  description: string;
  definition: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/**
 * A stored definition is parsed on the way out: one written by an older version with a condition this version
 * no longer accepts fails here with a clear error instead of compiling to something unexpected.
 */
function parseDefinition(text: string, segmentId: number): SegmentDefinition {
  const parsed = segmentDefinition.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new CodedError('invalid_input', `Segment ${segmentId} has a definition this version cannot read (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

const toSegment = (r: SegmentRow): Segment => ({
  id: r.id,
  name: r.name,
  description: r.description,
  definition: parseDefinition(r.definition, r.id),
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Turns a unique-name violation into the `conflict` the UI shows beside the name field. */
function uniqueName<T>(what: string, name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new CodedError('conflict', `There is already a ${what} called "${name}"`, 'name');
    }
    throw error;
  }
}

export function getSegment(db: ReadDb, id: number): Segment {
  const row = sql(db, 'SELECT * FROM segments WHERE id = ?').get(id) as SegmentRow | undefined;
  if (!row) throw new CodedError('not_found', `No segment with id ${id}`);
  return toSegment(row);
}

export function listSegmentRows(db: ReadDb): Segment[] {
  return (sql(db, 'SELECT * FROM segments ORDER BY name COLLATE NOCASE, id').all() as SegmentRow[]).map(toSegment);
}

export function insertSegment(db: WriteDb, s: { name: string; description: string; definition: SegmentDefinition }, at: string): number {
  return uniqueName('segment', s.name, () =>
    Number(
      sql(db, 'INSERT INTO segments (name, description, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
        s.name,
        s.description,
        JSON.stringify(s.definition),
        at,
        at,
      ).lastInsertRowid,
    ),
  );
}

/** Version-guarded update; false when the row is missing or was changed since `version`. */
export function updateSegmentRow(
  db: WriteDb,
  id: number,
  version: number,
  s: { name: string; description: string; definition: SegmentDefinition },
  at: string,
): boolean {
  return uniqueName(
    'segment',
    s.name,
    () =>
      sql(db, 'UPDATE segments SET name = ?, description = ?, definition = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?').run(
        s.name,
        s.description,
        JSON.stringify(s.definition),
        at,
        id,
        version,
      ).changes === 1,
  );
}

export function deleteSegmentRow(db: WriteDb, id: number): boolean {
  return sql(db, 'DELETE FROM segments WHERE id = ?').run(id).changes === 1;
}

export function segmentVersion(db: ReadDb, id: number): number | null {
  return (sql(db, 'SELECT version FROM segments WHERE id = ?').get(id) as { version: number } | undefined)?.version ?? null;
}

/** Today's count for a segment: the last count taken on a UTC day replaces earlier ones that day. */
export function recordSegmentCount(db: WriteDb, segmentId: number, day: string, members: number, at: string): void {
  sql(
    db,
    `INSERT INTO segment_counts (segment_id, day, members, counted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (segment_id, day) DO UPDATE SET members = excluded.members, counted_at = excluded.counted_at`,
  ).run(segmentId, day, members, at);
}

/** Daily counts since `fromDay` (inclusive), oldest first, per segment. */
export function segmentCountHistory(db: ReadDb, fromDay: string): Map<number, { day: string; count: number }[]> {
  const rows = sql(db, 'SELECT segment_id, day, members FROM segment_counts WHERE day >= ? ORDER BY segment_id, day').all(fromDay) as {
    segment_id: number;
    day: string;
    members: number;
  }[];
  const out = new Map<number, { day: string; count: number }[]>();
  for (const r of rows) {
    const list = out.get(r.segment_id) ?? [];
    list.push({ day: r.day, count: r.members });
    out.set(r.segment_id, list);
  }
  return out;
}

export function personasPerSegment(db: ReadDb): Map<number, number> {
  const rows = sql(db, 'SELECT segment_id, count(*) AS n FROM personas WHERE segment_id IS NOT NULL GROUP BY segment_id').all() as {
    segment_id: number;
    n: number;
  }[];
  return new Map(rows.map((r) => [r.segment_id, r.n]));
}

export function personaNamesUsing(db: ReadDb, segmentId: number): string[] {
  return sql(db, 'SELECT name FROM personas WHERE segment_id = ? ORDER BY name').pluck().all(segmentId) as string[];
}

// ---------------------------------------------------------------- static lists

interface ListRow {
  id: number;
  name: string;
  description: string;
  source_segment_id: number | null;
  created_at: string;
  count: number;
}

const LIST_SELECT = `
  SELECT l.id, l.name, l.description, l.source_segment_id, l.created_at,
    (SELECT count(*) FROM candidate_list_members m JOIN candidates c ON c.id = m.candidate_id
      WHERE m.list_id = l.id AND c.deleted_at IS NULL AND c.merged_into IS NULL) AS count
  FROM candidate_lists l`;

const toList = (r: ListRow): CandidateList => ({
  id: r.id,
  name: r.name,
  description: r.description,
  count: r.count,
  sourceSegmentId: r.source_segment_id,
  createdAt: r.created_at,
});

export function getList(db: ReadDb, id: number): CandidateList {
  const row = sql(db, `${LIST_SELECT} WHERE l.id = ?`).get(id) as ListRow | undefined;
  if (!row) throw new CodedError('not_found', `No list with id ${id}`);
  return toList(row);
}

export function listLists(db: ReadDb): CandidateList[] {
  return (sql(db, `${LIST_SELECT} ORDER BY l.name COLLATE NOCASE, l.id`).all() as ListRow[]).map(toList);
}

export function insertList(
  db: WriteDb,
  l: { name: string; description: string; sourceSegmentId: number | null; sourceDefinition: SegmentDefinition | null },
  at: string,
): number {
  return uniqueName('list', l.name, () =>
    Number(
      sql(
        db,
        'INSERT INTO candidate_lists (name, description, source_segment_id, source_definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(l.name, l.description, l.sourceSegmentId, l.sourceDefinition ? JSON.stringify(l.sourceDefinition) : null, at, at).lastInsertRowid,
    ),
  );
}

export function deleteListRow(db: WriteDb, id: number): boolean {
  return sql(db, 'DELETE FROM candidate_lists WHERE id = ?').run(id).changes === 1;
}

/** Adds members (ids must be live candidates; the caller checks); returns how many were new. */
export function insertListMembers(db: WriteDb, listId: number, candidateIds: readonly number[], at: string): number {
  const insert = sql(db, 'INSERT INTO candidate_list_members (list_id, candidate_id, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  let added = 0;
  for (const id of candidateIds) added += insert.run(listId, id, at).changes;
  sql(db, 'UPDATE candidate_lists SET updated_at = ? WHERE id = ?').run(at, listId);
  return added;
}

export function deleteListMembers(db: WriteDb, listId: number, candidateIds: readonly number[], at: string): number {
  const del = sql(db, 'DELETE FROM candidate_list_members WHERE list_id = ? AND candidate_id = ?');
  let removed = 0;
  for (const id of candidateIds) removed += del.run(listId, id).changes;
  sql(db, 'UPDATE candidate_lists SET updated_at = ? WHERE id = ?').run(at, listId);
  return removed;
}

// ---------------------------------------------------------------- personas

interface PersonaRow {
  id: number;
  name: string;
  description: string;
  motivations: string;
  career_goals: string;
  skills: string;
  seniority: string;
  industries: string;
  channels: string;
  notes: string;
  segment_id: number | null;
  created_at: string;
  updated_at: string;
  version: number;
}

const toPersona = (r: PersonaRow): Persona => ({
  id: r.id,
  name: r.name,
  description: r.description,
  motivations: r.motivations,
  careerGoals: r.career_goals,
  skills: JSON.parse(r.skills) as Persona['skills'],
  seniority: JSON.parse(r.seniority) as Persona['seniority'],
  industries: JSON.parse(r.industries) as string[],
  channels: JSON.parse(r.channels) as Persona['channels'],
  notes: r.notes,
  segmentId: r.segment_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export function getPersona(db: ReadDb, id: number): Persona {
  const row = sql(db, 'SELECT * FROM personas WHERE id = ?').get(id) as PersonaRow | undefined;
  if (!row) throw new CodedError('not_found', `No persona with id ${id}`);
  return toPersona(row);
}

export function listPersonaRows(db: ReadDb): Persona[] {
  return (sql(db, 'SELECT * FROM personas ORDER BY name COLLATE NOCASE, id').all() as PersonaRow[]).map(toPersona);
}

const personaValues = (p: PersonaFields) => [
  p.name,
  p.description,
  p.motivations,
  p.careerGoals,
  JSON.stringify(p.skills),
  JSON.stringify(p.seniority),
  JSON.stringify(p.industries),
  JSON.stringify(p.channels),
  p.notes,
  p.segmentId,
];

export function insertPersona(db: WriteDb, p: PersonaFields, at: string): number {
  return uniqueName('persona', p.name, () =>
    Number(
      sql(
        db,
        `INSERT INTO personas (name, description, motivations, career_goals, skills, seniority, industries, channels, notes, segment_id,
           created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...personaValues(p), at, at).lastInsertRowid,
    ),
  );
}

export function updatePersonaRow(db: WriteDb, id: number, version: number, p: PersonaFields, at: string): boolean {
  return uniqueName(
    'persona',
    p.name,
    () =>
      sql(
        db,
        `UPDATE personas SET name = ?, description = ?, motivations = ?, career_goals = ?, skills = ?, seniority = ?, industries = ?,
           channels = ?, notes = ?, segment_id = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
      ).run(...personaValues(p), at, id, version).changes === 1,
  );
}

export function deletePersonaRow(db: WriteDb, id: number): boolean {
  return sql(db, 'DELETE FROM personas WHERE id = ?').run(id).changes === 1;
}

export function personaVersion(db: ReadDb, id: number): number | null {
  return (sql(db, 'SELECT version FROM personas WHERE id = ?').get(id) as { version: number } | undefined)?.version ?? null;
}
