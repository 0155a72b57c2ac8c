import type { Migration } from './types.js';

/**
 * A recruiter's own order of the cards in each column of a job's pipeline board.
 *
 * - applications.board_rank: a fractional rank within (job_id, stage_id). A card dropped between two others takes
 *   the midpoint of their ranks, so a reorder writes one row; only when the gap runs out of precision does the
 *   core renumber that one column (services/board.ts).
 * - NULL means "not placed by hand": such cards come after the ranked ones, in the board's automatic order (best
 *   rating first, then longest in stage). Rows written without a rank — the sample agency, a vault export from
 *   before this migration — stay readable that way, and the core ranks a column the first time someone reorders it.
 * - Entering another stage puts the card on top of its new column (trigger below), whatever path moved it (a move,
 *   reject, offer, removing a stage): the card a recruiter has just moved is the one they act on next, and on top it
 *   stays in view in a long column. A drop at a given place then sets the rank explicitly.
 * - Existing cards are ranked now in the order the board showed them, so nothing jumps after the upgrade.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'board-order',
  up(db) {
    // The board order is not a KPI input: keep the backfill's UPDATE from marking every pipeline day of the vault
    // for re-summarising (migration 0004's trigger marks a day for any update of an application).
    db.exec(`
      ALTER TABLE applications ADD COLUMN board_rank REAL;

      CREATE TEMP TABLE board_order_kept_dirty AS SELECT kind, day FROM kpi_dirty_days;
      UPDATE applications SET board_rank = ranked.n
        FROM (
          SELECT id, row_number() OVER (
                   PARTITION BY job_id, stage_id ORDER BY rating IS NULL, rating DESC, stage_entered_at, id
                 ) AS n
            FROM applications
        ) AS ranked
       WHERE ranked.id = applications.id;
      DELETE FROM kpi_dirty_days
       WHERE NOT EXISTS (SELECT 1 FROM temp.board_order_kept_dirty k WHERE k.kind = kpi_dirty_days.kind AND k.day = kpi_dirty_days.day);
      DROP TABLE temp.board_order_kept_dirty;

      -- Serves the board read (a job's cards by stage and rank) and the neighbour lookups of a drop; it covers
      -- applications_job's (job_id, stage_id) prefix, which it replaces.
      DROP INDEX applications_job;
      CREATE INDEX applications_board ON applications(job_id, stage_id, board_rank);

      CREATE TRIGGER applications_board_rank_on_move AFTER UPDATE OF stage_id ON applications
        WHEN NEW.stage_id IS NOT OLD.stage_id
      BEGIN
        UPDATE applications
           SET board_rank = coalesce(
                 (SELECT min(board_rank) FROM applications WHERE job_id = NEW.job_id AND stage_id = NEW.stage_id AND id <> NEW.id), 1) - 1
         WHERE id = NEW.id;
      END;
    `);
  },
};
