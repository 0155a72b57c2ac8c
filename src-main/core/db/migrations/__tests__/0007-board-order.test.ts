import { describe, expect, it } from 'vitest';
import { freshDbEachTest } from '../../__tests__/fresh-db.js';
import type { WriteDb } from '../../database.js';
import { migrate, schemaVersion } from '../../migrate.js';
import { migrations } from '../index.js';
import { migration0007 } from '../0007-board-order.js';

let db: WriteDb;
freshDbEachTest((d) => (db = d));

const at = '2026-01-01T00:00:00.000Z';
const run = (text: string, ...params: unknown[]) => db.prepare(text).run(...params);
const ranks = (stageId: number) =>
  (db.prepare('SELECT id, board_rank FROM applications WHERE stage_id = ? ORDER BY board_rank').all(stageId) as { id: number; board_rank: number | null }[]).map(
    (r) => [r.id, r.board_rank],
  );

/** One job, two stages; applications 1..5 as (stage, rating, entered) so the old automatic order is known. */
function seed() {
  run(`INSERT INTO clients (id, name, created_at, updated_at) VALUES (1, 'Acme', ?, ?)`, at, at);
  run(`INSERT INTO jobs (id, client_id, title, created_at, updated_at) VALUES (1, 1, 'Engineer', ?, ?)`, at, at);
  run(`INSERT INTO job_stages (id, job_id, name, type, position) VALUES (1, 1, 'Sourced', 'sourced', 0), (2, 1, 'Interview', 'interview', 1)`);
  for (let i = 1; i <= 5; i++) run(`INSERT INTO candidates (id, first_name, display_name, created_at, updated_at) VALUES (?, 'C', 'C', ?, ?)`, i, at, at);
  const app = `INSERT INTO applications (id, candidate_id, job_id, stage_id, rating, stage_entered_at, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?)`;
  run(app, 1, 1, 1, null, '2026-01-02T00:00:00.000Z', '2025-12-01T00:00:00.000Z', at);
  run(app, 2, 2, 1, 3, '2026-01-05T00:00:00.000Z', '2025-12-02T00:00:00.000Z', at);
  run(app, 3, 3, 1, 5, '2026-01-09T00:00:00.000Z', '2025-12-03T00:00:00.000Z', at);
  run(app, 4, 4, 1, 3, '2026-01-03T00:00:00.000Z', '2025-12-04T00:00:00.000Z', at);
  run(app, 5, 5, 2, null, '2026-01-04T00:00:00.000Z', '2025-12-05T00:00:00.000Z', at);
}

const upToPrevious = () =>
  migrate(
    db,
    migrations.filter((m) => m.version < migration0007.version),
  );

describe('migration 0007: board order', () => {
  it('ranks existing cards in the order the board showed them (best rating, then longest in stage), per column', () => {
    upToPrevious();
    seed();
    run('DELETE FROM kpi_dirty_days');
    run(`INSERT INTO kpi_dirty_days (kind, day) VALUES ('activity', '2025-11-30')`);
    expect(migrate(db)).toEqual({ from: migration0007.version - 1, to: migrations.length });
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(7);
    expect(ranks(1)).toEqual([
      [3, 1],
      [4, 2],
      [2, 3],
      [1, 4],
    ]);
    expect(ranks(2)).toEqual([[5, 1]]);
    // The backfill is not a KPI change: the days marked for re-summarising are the ones marked before.
    expect(db.prepare('SELECT kind, day FROM kpi_dirty_days').all()).toEqual([{ kind: 'activity', day: '2025-11-30' }]);
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'applications' AND name IN ('applications_board', 'applications_job')`).all()).toEqual([
      { name: 'applications_board' },
    ]);
  });

  it('puts a card that enters another stage on top of that column, by any write path', () => {
    upToPrevious();
    seed();
    migrate(db);
    // A stage change that does not set a rank (as removing a stage does): on top of Interview.
    run('UPDATE applications SET stage_id = 2 WHERE id = 2');
    expect(ranks(2)).toEqual([
      [2, 0],
      [5, 1],
    ]);
    // Into an empty column, and with the rank left alone by an update that keeps the stage.
    run(`INSERT INTO job_stages (id, job_id, name, type, position) VALUES (3, 1, 'Offer', 'offer', 2)`);
    run('UPDATE applications SET stage_id = 3 WHERE id = 3');
    run('UPDATE applications SET rating = 1, stage_id = 3 WHERE id = 3');
    expect(ranks(3)).toEqual([[3, 0]]);
  });

  it('accepts cards without a rank (older exports, the sample agency) and keeps ranks REAL', () => {
    migrate(db);
    seed();
    run('UPDATE applications SET board_rank = NULL WHERE id = 1');
    run('UPDATE applications SET board_rank = 1.5 WHERE id = 2');
    expect(db.prepare('SELECT board_rank FROM applications WHERE id IN (1, 2) ORDER BY id').all()).toEqual([{ board_rank: null }, { board_rank: 1.5 }]);
    expect(() => run(`UPDATE applications SET board_rank = 'top' WHERE id = 3`)).toThrow(/cannot store TEXT value in REAL column/);
  });
});
