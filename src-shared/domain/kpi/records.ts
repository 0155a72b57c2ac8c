import type { JobStatus, StageType } from '../job.js';

/**
 * The plain event records every KPI is computed from. The core extracts them from the vault (SQL); tests
 * write them by hand. Timestamps are ISO-8601 UTC.
 */

export interface JobStatusChange {
  status: JobStatus;
  at: string;
}

export interface JobRecord {
  id: number;
  /** When the job was entered (the brief was taken), draft or not. */
  createdAt: string;
  /** When it was first opened for recruiting; null while it has never been open. */
  openedAt: string | null;
  /** Every status change, any order (sorted where needed). */
  statusHistory: readonly JobStatusChange[];
}

/** Entry into a pipeline stage (stage_history.to_stage_id → job_stages.type, moved_at). */
export interface StageEntry {
  type: StageType;
  at: string;
}

export interface ApplicationRecord {
  id: number;
  candidateId: number;
  jobId: number;
  /** The candidate entered this job's pipeline (applications.created_at). */
  enteredAt: string;
  /** The candidate entered the agency's database (candidates.created_at): the "first contact" start option. */
  candidateCreatedAt: string;
  /** The candidate's source: where they first came from (first-touch attribution). */
  source: string;
  /** The job's owner: the recruiter a placement is credited to. */
  recruiterId: number | null;
  offerExtendedAt: string | null;
  offerAcceptedAt: string | null;
  offerDeclinedAt: string | null;
  /**
   * The hire: the offer's acceptance, or — for an application moved to a Hired stage without a recorded
   * offer — the day it entered that stage. Null when not hired.
   */
  hiredAt: string | null;
  placementFee: number | null;
  /** Currency of the offer and fee (ISO 4217), empty when unknown. */
  currency: string;
  /** Stage entries, any order. */
  stages: readonly StageEntry[];
}

export type Direction = 'inbound' | 'outbound' | 'internal';

/** One touch on the candidate timeline (activities with a candidate). */
export interface ActivityRecord {
  id: number;
  candidateId: number;
  recruiterId: number | null;
  direction: Direction;
  occurredAt: string;
  /** The candidate's source, for the source filter. */
  source: string;
}

/** A survey answer; fed by the surveys work (none exist yet, the KPIs report "no responses"). */
export interface SurveyResponse {
  candidateId: number;
  kind: 'csat' | 'nps';
  /** CSAT: 1–5. NPS: 0–10. */
  score: number;
  at: string;
}
