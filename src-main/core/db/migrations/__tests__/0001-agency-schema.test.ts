import { describe, expect, it } from 'vitest';
import { freshDbEachTest } from '../../__tests__/fresh-db.js';
import type { WriteDb } from '../../database.js';
import { migrate } from '../../migrate.js';
import { migration0001 } from '../0001-agency-schema.js';

let db: WriteDb;
freshDbEachTest((d) => {
  db = d;
  migrate(db, [migration0001]);
});

const now = '2026-01-01T00:00:00.000Z';

describe('0001 agency schema', () => {
  it('creates every table as STRICT', () => {
    const rows = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as {
      name: string;
      sql: string;
    }[];
    expect(rows.map((r) => r.name).sort()).toEqual(
      [
        'activities', 'applications', 'attachments', 'audit_log', 'candidate_emails', 'candidate_links', 'candidate_phones',
        'candidate_skills', 'candidate_tags', 'candidates', 'clients', 'consents', 'contacts', 'job_stages',
        'job_status_history', 'jobs', 'recruiters', 'settings', 'stage_history',
      ].sort(),
    );
    for (const row of rows) expect(row.sql, row.name).toMatch(/\)\s*STRICT/);
  });

  it('STRICT rejects a wrongly typed value', () => {
    expect(() =>
      db.prepare(`INSERT INTO candidates (first_name, display_name, created_at, updated_at, notice_period_days) VALUES ('A','A',?,?,'soon')`).run(now, now),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('enforces foreign keys and cascades candidate children', () => {
    expect(() => db.prepare(`INSERT INTO candidate_emails (candidate_id, address, address_norm) VALUES (999, 'a@b.c', 'a@b.c')`).run()).toThrow(
      /FOREIGN KEY/,
    );
    const id = db.prepare(`INSERT INTO candidates (first_name, display_name, created_at, updated_at) VALUES ('A','A',?,?)`).run(now, now).lastInsertRowid;
    db.prepare(`INSERT INTO candidate_emails (candidate_id, address, address_norm) VALUES (?, 'a@b.c', 'a@b.c')`).run(id);
    db.prepare('DELETE FROM candidates WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM candidate_emails').get()).toEqual({ n: 0 });
  });

  it('checks enumerations and JSON columns', () => {
    expect(() =>
      db.prepare(`INSERT INTO candidates (first_name, display_name, created_at, updated_at, seniority) VALUES ('A','A',?,?,'wizard')`).run(now, now),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO candidates (first_name, display_name, created_at, updated_at, industries) VALUES ('A','A',?,?,'not json')`).run(now, now),
    ).toThrow(/CHECK/);
  });

  it('keeps one application per candidate and job', () => {
    const c = db.prepare(`INSERT INTO candidates (first_name, display_name, created_at, updated_at) VALUES ('A','A',?,?)`).run(now, now).lastInsertRowid;
    const cl = db.prepare(`INSERT INTO clients (name, created_at, updated_at) VALUES ('C',?,?)`).run(now, now).lastInsertRowid;
    const j = db.prepare(`INSERT INTO jobs (client_id, title, created_at, updated_at) VALUES (?, 'T', ?, ?)`).run(cl, now, now).lastInsertRowid;
    const s = db.prepare(`INSERT INTO job_stages (job_id, name, type, position) VALUES (?, 'Sourced', 'sourced', 0)`).run(j).lastInsertRowid;
    const add = db.prepare(
      `INSERT INTO applications (candidate_id, job_id, stage_id, stage_entered_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    add.run(c, j, s, now, now, now);
    expect(() => add.run(c, j, s, now, now, now)).toThrow(/UNIQUE/);
  });
});
