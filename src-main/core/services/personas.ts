import type { Channel, Seniority } from '../../../src-shared/domain/candidate.js';
import { personaInput, scorePersonaMatch, type Persona, type PersonaFields, type PersonaPatch } from '../../../src-shared/domain/personas.js';
import type { SegmentEnv } from '../../../src-shared/domain/segments/dates.js';
import type { PersonaReport, PersonaSummary } from '../../../src-shared/ipc/contracts/personas.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { WriteDb } from '../db/database.js';
import {
  deletePersonaRow,
  getPersona,
  getSegment,
  insertPersona,
  listPersonaRows,
  personaVersion,
  updatePersonaRow,
} from '../db/repositories/segments.js';
import { yieldToLoop } from '../ipc/ports.js';
import { q } from './segments/sql.js';
import { allRows, countMembers, memberDistribution, prepareSegment, type MemberRow } from './segments/query.js';
import { inTransaction, recordAudit, type WriteContext } from './write-meta.js';

/** Members scored per report: enough for any agency's real personas; a larger segment says how many were scored. */
export const SCORE_CAP = 20_000;

function requireSegment(db: WriteDb, segmentId: number | null): void {
  if (segmentId === null) return;
  try {
    getSegment(db, segmentId);
  } catch (error) {
    if (error instanceof CodedError) throw new CodedError(error.code, error.message, 'segmentId');
    throw error;
  }
}

export async function listPersonas(db: WriteDb, env: SegmentEnv): Promise<PersonaSummary[]> {
  const out: PersonaSummary[] = [];
  for (const p of listPersonaRows(db)) {
    const segment = p.segmentId === null ? null : getSegment(db, p.segmentId);
    out.push({
      id: p.id,
      name: p.name,
      description: p.description,
      segmentId: p.segmentId,
      segmentName: segment?.name ?? null,
      memberCount: segment ? countMembers(db, prepareSegment(db, segment.definition, env)) : null,
      updatedAt: p.updatedAt,
    });
    await yieldToLoop();
  }
  return out;
}

export function createPersona(db: WriteDb, fields: PersonaFields, w: WriteContext): Persona {
  requireSegment(db, fields.segmentId);
  const id = inTransaction(db, () => {
    const newId = insertPersona(db, fields, w.at);
    recordAudit(db, w, 'persona', newId, 'create', undefined, fields);
    return newId;
  });
  return getPersona(db, id);
}

export function updatePersona(db: WriteDb, id: number, version: number, patch: PersonaPatch, w: WriteContext): Persona {
  inTransaction(db, () => {
    const before = getPersona(db, id);
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = before;
    const next = personaInput.parse({ ...fields, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
    requireSegment(db, next.segmentId);
    if (!updatePersonaRow(db, id, version, next, w.at)) {
      throw new CodedError(
        'conflict',
        `This persona was changed elsewhere (it is now at version ${personaVersion(db, id)}; you edited version ${version}). Reload it and apply your change again.`,
        'version',
      );
    }
    recordAudit(db, w, 'persona', id, 'update', before, next);
  });
  return getPersona(db, id);
}

export function deletePersona(db: WriteDb, id: number, w: WriteContext): void {
  inTransaction(db, () => {
    const before = getPersona(db, id);
    deletePersonaRow(db, id);
    recordAudit(db, w, 'persona', id, 'delete', before);
  });
}

interface ScoringRow extends MemberRow {
  seniority: Seniority | null;
  preferredChannel: Channel | null;
  careerGoals: string;
  industries: string;
  skills: string;
}

/**
 * The persona page: members of its segment, how they spread over seniority, country and source, and the best
 * `limit` by match score (ties: newest first). Scoring reads only what the score looks at, one statement.
 */
export function personaReport(db: WriteDb, id: number, limit: number, env: SegmentEnv): PersonaReport {
  const persona = getPersona(db, id);
  const empty = { seniority: [], country: [], source: [] };
  if (persona.segmentId === null) return { persona, segment: null, memberCount: 0, scored: 0, distribution: empty, members: [] };
  const segment = getSegment(db, persona.segmentId);
  const compiled = prepareSegment(db, segment.definition, env);
  const memberCount = countMembers(db, compiled);
  const distribution = {
    seniority: memberDistribution(db, compiled, 'seniority', 10),
    country: memberDistribution(db, compiled, 'country', 10),
    source: memberDistribution(db, compiled, 'source', 10),
  };
  const f = q`SELECT c.id, c.display_name AS displayName, c.current_title AS currentTitle, c.current_company AS currentCompany,
      c.city, c.region, c.country, c.seniority, c.preferred_channel AS preferredChannel, c.career_goals AS careerGoals,
      (SELECT json_group_array(i.value) FROM json_each(c.industries) i WHERE i.type = 'text') AS industries,
      (SELECT json_group_array(json_object('name', s.skill, 'level', s.level, 'years', s.years)) FROM candidate_skills s WHERE s.candidate_id = c.id) AS skills
    FROM candidates c WHERE ${compiled.where} ORDER BY c.id DESC LIMIT ${SCORE_CAP}`;
  const rows = allRows<ScoringRow>(db, f);
  const scored = rows.map((r) => {
    const match = scorePersonaMatch(persona, {
      seniority: r.seniority,
      preferredChannel: r.preferredChannel,
      careerGoals: r.careerGoals,
      industries: JSON.parse(r.industries) as string[],
      skills: JSON.parse(r.skills) as { name: string; level: number | null; years: number | null }[],
    });
    return { row: r, ...match };
  });
  scored.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || b.row.id - a.row.id);
  return {
    persona,
    segment: { id: segment.id, name: segment.name },
    memberCount,
    scored: rows.length,
    distribution,
    members: scored.slice(0, limit).map(({ row, score, reasons }) => ({
      id: row.id,
      displayName: row.displayName,
      currentTitle: row.currentTitle,
      currentCompany: row.currentCompany,
      city: row.city,
      region: row.region,
      country: row.country,
      score,
      reasons,
    })),
  };
}
