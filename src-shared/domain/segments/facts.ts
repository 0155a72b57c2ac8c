import type { ApplicationStatus } from '../application.js';
import type { Channel, Seniority } from '../candidate.js';
import type { StageType } from '../job.js';
import type { SearchDocument, TokenizedDocument } from './text-match.js';

/**
 * Everything a segment condition can look at for one live candidate, as plain data. The reference evaluator
 * runs over these; the core's compiler answers the same questions in SQL over the tables they come from.
 */
export interface SegmentFacts {
  id: number;
  createdAt: string;
  updatedAt: string;
  country: string;
  region: string;
  city: string;
  remotePreference: 'onsite' | 'hybrid' | 'remote' | 'flexible' | null;
  seniority: Seniority | null;
  source: string;
  ownerId: number | null;
  /** Text entries of the candidate's industries JSON array. */
  industries: string[];
  skills: { name: string; level: number | null; years: number | null }[];
  tags: string[];
  activities: { channel: Channel; direction: 'inbound' | 'outbound' | 'internal'; occurredAt: string }[];
  applications: { jobId: number; stageId: number; stageType: StageType; status: ApplicationStatus }[];
  consents: { purpose: string; givenAt: string; expiresAt: string | null; withdrawnAt: string | null }[];
  /** Static lists (candidate_lists) and talent pools (talent_pools) the candidate is in. */
  listIds: number[];
  poolIds: number[];
  /** The candidate's row in the search index (null when it has none). */
  search: SearchDocument | null;
}

/** Facts with the search document tokenised once, so many text conditions do not re-tokenise it. */
export interface PreparedFacts extends SegmentFacts {
  tokens: TokenizedDocument | null;
}
