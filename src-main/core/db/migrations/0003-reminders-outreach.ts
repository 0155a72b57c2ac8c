import type { Migration } from './types.js';
import { stageTemplateLibrary } from '../../services/templates/library.js';

/**
 * Reminders and the scheduler's firing log, follow-up rule settings, talent pools and message templates.
 * `reminder_firings` is the scheduler's memory: one row per (reminder, due time), written in the same
 * transaction that marks the reminder fired, so a crash or a restart can never fire the same due time twice.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'reminders-outreach',
  up(db) {
    db.exec(`
      CREATE TABLE reminders (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low','normal','high')),
        due_at TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        recur_every INTEGER CHECK (recur_every IS NULL OR recur_every > 0),
        recur_unit TEXT CHECK (recur_unit IN ('day','week')),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
        fired_at TEXT,
        snooze_count INTEGER NOT NULL DEFAULT 0,
        completed_at TEXT,
        outcome TEXT,
        candidate_id INTEGER REFERENCES candidates(id) ON DELETE CASCADE,
        contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
        job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
        application_id INTEGER REFERENCES applications(id) ON DELETE SET NULL,
        source TEXT NOT NULL DEFAULT 'manual',
        rule_key TEXT UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((recur_every IS NULL) = (recur_unit IS NULL))
      ) STRICT;
      CREATE INDEX reminders_status_due ON reminders(status, due_at);
      CREATE INDEX reminders_candidate ON reminders(candidate_id, status);

      CREATE TABLE reminder_firings (
        id INTEGER PRIMARY KEY,
        reminder_id INTEGER NOT NULL REFERENCES reminders(id) ON DELETE CASCADE,
        due_at TEXT NOT NULL,
        fired_at TEXT NOT NULL,
        late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
        UNIQUE (reminder_id, due_at)
      ) STRICT;

      CREATE TABLE followup_rules (
        kind TEXT PRIMARY KEY CHECK (kind IN ('no-contact','post-meeting','pool-checkin','stage-stale')),
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        amount INTEGER NOT NULL CHECK (amount > 0),
        last_run_at TEXT
      ) STRICT;
      INSERT INTO followup_rules (kind, enabled, amount) VALUES
        ('no-contact', 1, 14), ('post-meeting', 1, 24), ('pool-checkin', 1, 30), ('stage-stale', 1, 10);

      CREATE TABLE talent_pools (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        description TEXT NOT NULL DEFAULT '',
        cadence_days INTEGER NOT NULL DEFAULT 30 CHECK (cadence_days BETWEEN 1 AND 365),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE talent_pool_members (
        pool_id INTEGER NOT NULL REFERENCES talent_pools(id) ON DELETE CASCADE,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        added_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'manual',
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (pool_id, candidate_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX talent_pool_members_candidate ON talent_pool_members(candidate_id);

      CREATE TABLE message_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        purpose TEXT NOT NULL DEFAULT 'custom',
        channel TEXT NOT NULL DEFAULT 'email',
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
    const at = new Date().toISOString();
    const insert = db.prepare(
      'INSERT INTO message_templates (name, purpose, channel, subject, body, builtin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)',
    );
    for (const t of stageTemplateLibrary) insert.run(t.name, t.purpose, t.channel, t.subject, t.body, at, at);
  },
};
