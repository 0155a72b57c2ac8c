import { describe, expect, it } from 'vitest';
import { freshDbEachTest } from '../../__tests__/fresh-db.js';
import type { WriteDb } from '../../database.js';
import { migrate } from '../../migrate.js';
import { migrations } from '../index.js';
import { migration0006, refreshStageTypes } from '../0006-application-stage-type.js';

let db: WriteDb;
freshDbEachTest((d) => (db = d));

const at = '2026-01-03T10:00:00.000Z';
const run = (text: string, ...params: unknown[]) => db.prepare(text).run(...params);
const typeOf = (applicationId: number) =>
  (db.prepare('SELECT stage_type AS t FROM applications WHERE id = ?').get(applicationId) as { t: string | null }).t;

/** One job with a screening (1), an interview (2) and an offer (3) stage; two candidates. */
function seed(): void {
  run(`INSERT INTO clients (id, name, created_at, updated_at) VALUES (1, 'Acme', ?, ?)`, at, at);
  run(`INSERT INTO jobs (id, client_id, title, created_at, updated_at) VALUES (1, 1, 'Engineer', ?, ?)`, at, at);
  run(`INSERT INTO job_stages (id, job_id, name, type, position) VALUES (1, 1, 'Screen', 'screening', 0), (2, 1, 'Onsite', 'interview', 1), (3, 1, 'Offer', 'offer', 2)`);
  run(`INSERT INTO candidates (id, first_name, display_name, created_at, updated_at) VALUES (1, 'Ada', 'Ada', ?, ?), (2, 'Bo', 'Bo', ?, ?)`, at, at, at, at);
}
const apply = (candidate: number, stage: number) =>
  Number(
    run(
      `INSERT INTO applications (candidate_id, job_id, stage_id, stage_entered_at, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?)`,
      candidate,
      stage,
      at,
      at,
      at,
    ).lastInsertRowid,
  );

describe('migration 0006: stage type on applications', () => {
  it('backfills the applications of a vault at the previous version', () => {
    migrate(db, migrations.filter((m) => m.version < migration0006.version));
    seed();
    const a = apply(1, 1);
    const b = apply(2, 2);
    expect(migrate(db)).toEqual({ from: migration0006.version - 1, to: migrations.length });
    expect([typeOf(a), typeOf(b)]).toEqual(['screening', 'interview']);
  });

  it('keeps the copy right on insert, on a move, on a stray write and when a stage changes type', () => {
    migrate(db);
    seed();
    const a = apply(1, 1);
    expect(typeOf(a)).toBe('screening');
    run('UPDATE applications SET stage_id = 3 WHERE id = ?', a);
    expect(typeOf(a)).toBe('offer');
    // A write that sets the copy directly cannot make it disagree with the stage.
    run(`UPDATE applications SET stage_type = 'hired' WHERE id = ?`, a);
    expect(typeOf(a)).toBe('offer');
    run(`UPDATE job_stages SET type = 'interview' WHERE id = 3`);
    expect(typeOf(a)).toBe('interview');
    expect(() => run(`UPDATE applications SET stage_type = 'nonsense' WHERE id = ?`, a)).toThrow(/CHECK/);
  });

  it('refreshStageTypes repairs rows loaded with triggers off and reports how many it changed', () => {
    migrate(db);
    seed();
    const a = apply(1, 2);
    db.exec('DROP TRIGGER applications_stage_type_au');
    run('UPDATE applications SET stage_type = NULL WHERE id = ?', a);
    expect(typeOf(a)).toBeNull();
    expect(refreshStageTypes(db)).toBe(1);
    expect(typeOf(a)).toBe('interview');
    expect(refreshStageTypes(db)).toBe(0);
  });
});
