import { describe, expect, it } from 'vitest';
import { freshDbEachTest } from '../../__tests__/fresh-db.js';
import type { WriteDb } from '../../database.js';
import { migrate } from '../../migrate.js';
import { migration0001 } from '../0001-agency-schema.js';
import { migration0002 } from '../0002-search-and-merge.js';
import { migration0003 } from '../0003-reminders-outreach.js';

let db: WriteDb;
freshDbEachTest((d) => (db = d));

describe('migration 0003: reminders and outreach', () => {
  it('upgrades a version-2 vault: tables, default rules and the stage template library', () => {
    migrate(db, [migration0001, migration0002]);
    expect(migrate(db, [migration0001, migration0002, migration0003])).toEqual({ from: 2, to: 3 });
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['reminders', 'reminder_firings', 'followup_rules', 'talent_pools', 'talent_pool_members', 'message_templates']));
    expect(db.prepare('SELECT kind, enabled, amount FROM followup_rules ORDER BY kind').all()).toEqual([
      { kind: 'no-contact', enabled: 1, amount: 14 },
      { kind: 'pool-checkin', enabled: 1, amount: 30 },
      { kind: 'post-meeting', enabled: 1, amount: 24 },
      { kind: 'stage-stale', enabled: 1, amount: 10 },
    ]);
    expect((db.prepare('SELECT count(*) AS n FROM message_templates WHERE builtin = 1').get() as { n: number }).n).toBe(6);
  });

  it('enforces one firing per reminder and due time, STRICT types and recurrence pairs', () => {
    migrate(db, [migration0001, migration0002, migration0003]);
    const at = '2026-01-01T00:00:00.000Z';
    db.prepare(`INSERT INTO reminders (id, title, due_at, time_zone, created_at, updated_at) VALUES (1, 'x', ?, 'UTC', ?, ?)`).run(at, at, at);
    db.prepare(`INSERT INTO reminder_firings (reminder_id, due_at, fired_at) VALUES (1, ?, ?)`).run(at, at);
    expect(() => db.prepare(`INSERT INTO reminder_firings (reminder_id, due_at, fired_at) VALUES (1, ?, ?)`).run(at, at)).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare(`INSERT INTO reminders (title, due_at, time_zone, recur_every, created_at, updated_at) VALUES ('y', ?, 'UTC', 7, ?, ?)`).run(at, at, at),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO talent_pools (name, cadence_days, created_at, updated_at) VALUES ('p', 'often', ?, ?)`).run(at, at)).toThrow();
  });
});
