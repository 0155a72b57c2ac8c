import type { BoardCard } from '../../../src-shared/ipc/contracts/board.js';
import type { Job } from '../../../src-shared/domain/job.js';
import type { ReadDb } from '../db/database.js';
import { getJob } from '../db/repositories/jobs.js';
import { sql } from '../db/statements.js';

interface CardRow {
  id: number;
  version: number;
  candidate_id: number;
  display_name: string;
  current_title: string;
  stage_id: number;
  status: BoardCard['status'];
  rating: number | null;
  stage_entered_at: string;
  last_contact_at: string | null;
  owner_name: string | null;
}

/**
 * Everything the pipeline board draws, in one read: the job (stages with counts) and one row per card.
 * The last contact is a correlated max over the activities_candidate index, so 500 cards stay one cheap query.
 */
export function getBoard(db: ReadDb, jobId: number): { job: Job; cards: BoardCard[] } {
  const job = getJob(db, jobId);
  const rows = sql(
    db,
    `SELECT a.id, a.version, a.candidate_id, c.display_name, c.current_title, a.stage_id, a.status, a.rating,
            a.stage_entered_at,
            (SELECT max(x.occurred_at) FROM activities x WHERE x.candidate_id = a.candidate_id) AS last_contact_at,
            r.name AS owner_name
       FROM applications a
       JOIN candidates c ON c.id = a.candidate_id
       JOIN job_stages s ON s.id = a.stage_id
       LEFT JOIN recruiters r ON r.id = c.owner_id
      WHERE a.job_id = ? AND c.deleted_at IS NULL AND c.merged_into IS NULL
      ORDER BY s.position, a.rating IS NULL, a.rating DESC, a.stage_entered_at, a.id`,
  ).all(jobId) as CardRow[];
  return {
    job,
    cards: rows.map((r) => ({
      id: r.id,
      version: r.version,
      candidateId: r.candidate_id,
      candidateName: r.display_name,
      currentTitle: r.current_title,
      stageId: r.stage_id,
      status: r.status,
      rating: r.rating,
      stageEnteredAt: r.stage_entered_at,
      lastContactAt: r.last_contact_at,
      ownerName: r.owner_name ?? '',
    })),
  };
}
