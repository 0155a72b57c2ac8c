import { describe, expect, it } from 'vitest';
import { freshDbEachTest } from '../../__tests__/fresh-db.js';
import type { WriteDb } from '../../database.js';
import { migrate } from '../../migrate.js';
import { migration0001 } from '../0001-agency-schema.js';
import { migration0002 } from '../0002-search-and-merge.js';
import { migration0003 } from '../0003-reminders-outreach.js';
import { migration0004 } from '../0004-kpi-rollups.js';

let db: WriteDb;
freshDbEachTest((d) => (db = d));

const upTo3 = [migration0001, migration0002, migration0003];
const dirty = (kind: string) => (db.prepare('SELECT day FROM kpi_dirty_days WHERE kind = ? ORDER BY day').all(kind) as { day: string }[]).map((r) => r.day);
const clear = () => db.prepare('DELETE FROM kpi_dirty_days').run();

function seed() {
  const at = '2026-01-01T00:00:00.000Z';
  db.prepare(`INSERT INTO recruiters (id, name, created_at) VALUES (1, 'Ana', ?), (2, 'Ben', ?)`).run(at, at);
  db.prepare(`INSERT INTO clients (id, name, created_at, updated_at) VALUES (1, 'Acme', ?, ?)`).run(at, at);
  db.prepare(`INSERT INTO jobs (id, client_id, title, owner_id, created_at, updated_at) VALUES (1, 1, 'Engineer', 1, ?, ?)`).run(at, at);
  db.prepare(`INSERT INTO job_stages (id, job_id, name, type, position) VALUES (1, 1, 'Sourced', 'sourced', 0), (2, 1, 'Interview', 'interview', 1)`).run();
  db.prepare(`INSERT INTO candidates (id, first_name, display_name, source, created_at, updated_at) VALUES (1, 'Zoë', 'Zoë', 'Referral', ?, ?)`).run(at, at);
  db.prepare(`INSERT INTO applications (id, candidate_id, job_id, stage_id, stage_entered_at, created_at, updated_at) VALUES (1, 1, 1, 1, ?, '2026-01-03T10:00:00.000Z', ?)`).run(at, at);
  db.prepare(`INSERT INTO activities (channel, direction, occurred_at, candidate_id, created_at) VALUES ('email', 'outbound', '2026-01-05T09:00:00.000Z', 1, ?), ('email', 'outbound', '2026-01-08T09:00:00.000Z', 1, ?)`).run(at, at);
}

describe('migration 0004: KPI summaries', () => {
  it('upgrades a vault with data, marking every day from the first to the last record for summarising', () => {
    migrate(db, upTo3);
    seed();
    expect(migrate(db, [...upTo3, migration0004])).toEqual({ from: 3, to: 4 });
    expect(dirty('pipeline')).toEqual(['2026-01-03']);
    expect(dirty('activity')).toEqual(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08']);
    const tables = (db.prepare(`SELECT name, sql FROM sqlite_master WHERE name LIKE 'kpi_%' AND type = 'table'`).all() as { name: string; sql: string }[]);
    expect(tables.map((t) => t.name).sort()).toEqual(['kpi_activity_daily', 'kpi_dirty_days', 'kpi_pipeline_daily']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT/);
  });

  it('an empty vault has nothing to summarise', () => {
    migrate(db, [...upTo3, migration0004]);
    expect(dirty('pipeline')).toEqual([]);
    expect(dirty('activity')).toEqual([]);
  });

  it('marks the days each write changes', () => {
    migrate(db, [...upTo3, migration0004]);
    seed();
    const cases: [string, () => void, string[], string[]][] = [
      ['a stage move marks the application’s cohort day', () => db.prepare(`INSERT INTO stage_history (application_id, to_stage_id, moved_at) VALUES (1, 2, '2026-02-01T00:00:00.000Z')`).run(), ['2026-01-03'], []],
      ['an application update marks its day', () => db.prepare(`UPDATE applications SET offer_extended_at = '2026-02-02T00:00:00.000Z' WHERE id = 1`).run(), ['2026-01-03'], []],
      ['an outbound touch marks only its own day', () => db.prepare(`INSERT INTO activities (channel, direction, occurred_at, candidate_id, created_at) VALUES ('phone', 'outbound', '2026-01-20T00:00:00.000Z', 1, 'x')`).run(), [], ['2026-01-20']],
      [
        'an inbound touch also marks the days of that candidate’s outbound touches it may answer (30 days back)',
        () => db.prepare(`INSERT INTO activities (channel, direction, occurred_at, candidate_id, created_at) VALUES ('email', 'inbound', '2026-01-09T00:00:00.000Z', 1, 'x')`).run(),
        [],
        ['2026-01-05', '2026-01-08', '2026-01-09'],
      ],
      ['a note without a candidate marks nothing', () => db.prepare(`INSERT INTO activities (channel, direction, occurred_at, created_at) VALUES ('note', 'internal', '2026-01-10T00:00:00.000Z', 'x')`).run(), [], []],
      ['a source change marks all the candidate’s days', () => db.prepare(`UPDATE candidates SET source = 'LinkedIn' WHERE id = 1`).run(), ['2026-01-03'], ['2026-01-05', '2026-01-08', '2026-01-09', '2026-01-20']],
      ['an unrelated candidate edit marks nothing', () => db.prepare(`UPDATE candidates SET headline = 'x' WHERE id = 1`).run(), [], []],
      ['a new job owner marks the job’s applications', () => db.prepare(`UPDATE jobs SET owner_id = 2 WHERE id = 1`).run(), ['2026-01-03'], []],
      ['deleting a touch marks its day', () => db.prepare(`DELETE FROM activities WHERE occurred_at = '2026-01-08T09:00:00.000Z'`).run(), [], ['2026-01-08']],
    ];
    for (const [name, act, pipeline, activity] of cases) {
      clear();
      act();
      expect({ pipeline: dirty('pipeline'), activity: dirty('activity') }, name).toEqual({ pipeline, activity });
    }
  });
});
