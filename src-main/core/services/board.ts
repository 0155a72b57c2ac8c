import type { BoardCard, CardPosition } from '../../../src-shared/ipc/contracts/board.js';
import type { Job } from '../../../src-shared/domain/job.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../db/database.js';
import { getJob } from '../db/repositories/jobs.js';
import { sql } from '../db/statements.js';
import { inTransaction, recordAudit, staleOrMissing, type WriteContext } from './write-meta.js';

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
 * The order of the cards in one column (migration 0007): the recruiter's ranks first, then cards never placed by
 * hand in the automatic order (best rating first, then longest in stage). Ranking a column keeps exactly this order.
 */
const COLUMN_ORDER = 'a.board_rank IS NULL, a.board_rank, a.rating IS NULL, a.rating DESC, a.stage_entered_at, a.id';

const CARD_SELECT = `SELECT a.id, a.version, a.candidate_id, c.display_name, c.current_title, a.stage_id, a.status, a.rating,
            a.stage_entered_at,
            (SELECT max(x.occurred_at) FROM activities x WHERE x.candidate_id = a.candidate_id) AS last_contact_at,
            r.name AS owner_name
       FROM applications a
       JOIN candidates c ON c.id = a.candidate_id
       JOIN job_stages s ON s.id = a.stage_id
       LEFT JOIN recruiters r ON r.id = c.owner_id`;

const toCard = (r: CardRow): BoardCard => ({
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
});

/**
 * Everything the pipeline board draws, in one read: the job (stages with counts) and one row per card.
 * The last contact is a correlated max over the activities_candidate index, so 500 cards stay one cheap query.
 */
export function getBoard(db: ReadDb, jobId: number): { job: Job; cards: BoardCard[] } {
  const job = getJob(db, jobId);
  const rows = sql(
    db,
    `${CARD_SELECT}
      WHERE a.job_id = ? AND c.deleted_at IS NULL AND c.merged_into IS NULL
      ORDER BY s.position, ${COLUMN_ORDER}`,
  ).all(jobId) as CardRow[];
  return { job, cards: rows.map(toCard) };
}

export function getBoardCard(db: ReadDb, id: number): BoardCard {
  const row = sql(db, `${CARD_SELECT} WHERE a.id = ?`).get(id) as CardRow | undefined;
  if (!row) throw new CodedError('not_found', `No application with id ${id}`);
  return toCard(row);
}

/** One board column, less the card being placed. */
interface Column {
  jobId: number;
  stageId: number;
  /** The card being placed: never its own neighbour. */
  cardId: number;
}

/**
 * Ranks a column 1..n in its current order (COLUMN_ORDER): for columns holding cards never placed by hand, and
 * when repeated drops into one gap have used up a double's precision. Order-preserving, so no version changes.
 */
function rankColumn(db: WriteDb, col: Column): void {
  sql(
    db,
    `UPDATE applications SET board_rank = ranked.n
       FROM (SELECT a.id, row_number() OVER (ORDER BY ${COLUMN_ORDER}) AS n
               FROM applications a WHERE a.job_id = ? AND a.stage_id = ? AND a.id <> ?) AS ranked
      WHERE ranked.id = applications.id`,
  ).run(col.jobId, col.stageId, col.cardId);
}

const OTHERS = 'job_id = ? AND stage_id = ? AND id <> ?';

/** The rank for `position`, or null when the column must be ranked first (an unranked card or a tie in the way). */
function tryRank(db: WriteDb, col: Column, position: CardPosition): number | null {
  const args = [col.jobId, col.stageId, col.cardId] as const;
  const one = (text: string, ...extra: number[]) => (sql(db, text).get(...args, ...extra) as { v: number | null }).v;
  if (position.place === 'top') return (one(`SELECT min(board_rank) AS v FROM applications WHERE ${OTHERS}`) ?? 1) - 1;
  if (position.place === 'bottom') {
    // Unplaced cards sit at the bottom: going below them needs them ranked.
    if (one(`SELECT count(*) AS v FROM applications WHERE ${OTHERS} AND board_rank IS NULL`)) return null;
    return (one(`SELECT max(board_rank) AS v FROM applications WHERE ${OTHERS}`) ?? -1) + 1;
  }
  const anchor = sql(db, 'SELECT job_id, stage_id, board_rank FROM applications WHERE id = ?').get(position.cardId) as
    | { job_id: number; stage_id: number; board_rank: number | null }
    | undefined;
  if (!anchor) throw new CodedError('not_found', `No card with id ${position.cardId} to place this card ${position.place}`, 'position.cardId');
  if (position.cardId === col.cardId) throw new CodedError('invalid_input', 'A card cannot be placed before or after itself', 'position.cardId');
  if (anchor.job_id !== col.jobId || anchor.stage_id !== col.stageId) {
    throw new CodedError('invalid_input', `Card ${position.cardId} is not in the column this card is going to`, 'position.cardId');
  }
  const a = anchor.board_rank;
  if (a === null) return null;
  if (one(`SELECT count(*) AS v FROM applications WHERE ${OTHERS} AND board_rank = ?`, a)! > 1) return null;
  if (position.place === 'before') {
    const lo = one(`SELECT max(board_rank) AS v FROM applications WHERE ${OTHERS} AND board_rank < ?`, a);
    if (lo === null) return a - 1;
    const mid = (lo + a) / 2;
    return mid > lo && mid < a ? mid : null;
  }
  // After the last ranked card is still above the unplaced ones, which is where "after" the anchor puts it.
  const hi = one(`SELECT min(board_rank) AS v FROM applications WHERE ${OTHERS} AND board_rank > ?`, a);
  if (hi === null) return a + 1;
  const mid = (a + hi) / 2;
  return mid > a && mid < hi ? mid : null;
}

/** The rank that puts a card at `position` of a column, ranking the column first when needed. */
export function rankFor(db: WriteDb, col: Column, position: CardPosition): number {
  const rank = tryRank(db, col, position);
  if (rank !== null) return rank;
  rankColumn(db, col);
  return tryRank(db, col, position)!;
}

/** Moves a card within its column; a stale version is a conflict, as for every write. */
export function reorderCard(db: WriteDb, input: { id: number; version: number; position: CardPosition }, w: WriteContext): BoardCard {
  inTransaction(db, () => {
    const app = sql(db, 'SELECT job_id, stage_id, board_rank, version FROM applications WHERE id = ?').get(input.id) as
      | { job_id: number; stage_id: number; board_rank: number | null; version: number }
      | undefined;
    if (!app || app.version !== input.version) throw staleOrMissing(db, 'application', input.id, input.version);
    const rank = rankFor(db, { jobId: app.job_id, stageId: app.stage_id, cardId: input.id }, input.position);
    const info = sql(db, 'UPDATE applications SET board_rank = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?').run(
      rank,
      w.at,
      input.id,
      input.version,
    );
    if (info.changes === 0) throw staleOrMissing(db, 'application', input.id, input.version);
    recordAudit(
      db,
      w,
      'application',
      input.id,
      'reorder',
      { stageId: app.stage_id, boardRank: app.board_rank, version: app.version },
      { stageId: app.stage_id, boardRank: rank, version: app.version + 1, position: input.position },
    );
  });
  return getBoardCard(db, input.id);
}
