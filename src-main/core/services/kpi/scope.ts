import { UNKNOWN_SOURCE } from '../../../../src-shared/domain/kpi/calculations.js';
import type { KpiFilter } from '../../../../src-shared/domain/kpi/dashboard.js';

/** The candidate's source as the KPIs name it: trimmed, "Unknown" when empty. `c` is the candidates alias. */
export const SOURCE_SQL = `coalesce(nullif(trim(c.source), ''), '${UNKNOWN_SOURCE}')`;

/** When an application counts as a hire: the accepted offer, else entering a Hired stage without one. */
export const HIRED_AT_SQL = `CASE WHEN a.offer_accepted_at IS NOT NULL THEN a.offer_accepted_at WHEN a.status = 'hired' THEN a.stage_entered_at END`;

export const LIVE_CANDIDATE_SQL = 'c.merged_into IS NULL AND c.deleted_at IS NULL';

/** The candidates join through the narrow covering index (migration 0004): no wide candidate rows are read. */
export const CANDIDATE_JOIN = 'JOIN candidates c INDEXED BY candidates_kpi ON c.id = a.candidate_id';

/** Filters that only the records can answer (the day summaries are keyed by recruiter and source only). */
export const needsDirectPath = (f: KpiFilter): boolean => f.clientId !== null || f.jobId !== null || f.segmentId !== null;

export interface Scope {
  /** SQL conditions on aliases a (applications), j (jobs), c (candidates); joined with AND. */
  where: string[];
  params: Record<string, unknown>;
}

/**
 * The filter as conditions over applications ⋈ jobs ⋈ candidates. `segmentCandidates` is the member list the
 * segments service resolved (a JSON array bound as a parameter), or null when no segment is chosen.
 */
export function applicationScope(f: KpiFilter, segmentCandidates: number[] | null): Scope {
  const where = [LIVE_CANDIDATE_SQL];
  const params: Record<string, unknown> = {};
  if (f.clientId !== null) {
    where.push('j.client_id = @clientId');
    params.clientId = f.clientId;
  }
  if (f.jobId !== null) {
    where.push('j.id = @jobId');
    params.jobId = f.jobId;
  }
  if (f.recruiterId !== null) {
    where.push('j.owner_id = @recruiterId');
    params.recruiterId = f.recruiterId;
  }
  if (f.source !== null) {
    where.push(`${SOURCE_SQL} = @source`);
    params.source = f.source;
  }
  if (segmentCandidates !== null) {
    where.push('a.candidate_id IN (SELECT value FROM json_each(@segment))');
    params.segment = JSON.stringify(segmentCandidates);
  }
  return { where, params };
}
