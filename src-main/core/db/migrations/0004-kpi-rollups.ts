import type { Migration } from './types.js';

/**
 * KPI dashboard support: indexes for the event columns the KPIs read by date, and per-day summaries of the
 * two large event streams (pipeline entries with their stage history; candidate touches) so the dashboard
 * does not scan hundreds of thousands of rows per view.
 *
 * The summaries are derived data. Triggers only record *which days* changed (kpi_dirty_days, the pattern of
 * search_dirty); the KPI service recomputes those days with the same pure functions the unit tests check,
 * before it answers. A summary day is keyed by (day, recruiter, source) because those two filters, and the
 * date range, are what the summaries can answer; narrower filters (client, job, segment) read the records.
 *
 * - pipeline days: the UTC day an application was created (its cohort day). Anything that changes how far
 *   the application got or whom it is credited to marks that day.
 * - activity days: the UTC day of a candidate touch. A reply can answer that candidate's outbound touches up to
 *   the reply window earlier, so an inbound touch also marks the days of those outbound touches.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'kpi-rollups',
  up(db) {
    db.exec(`
      CREATE INDEX applications_created ON applications(created_at);
      CREATE INDEX applications_offer_accepted ON applications(offer_accepted_at) WHERE offer_accepted_at IS NOT NULL;
      CREATE INDEX applications_offer_extended ON applications(offer_extended_at) WHERE offer_extended_at IS NOT NULL;
      -- Hires without a recorded offer (moved straight to a Hired stage) are dated by entering that stage.
      CREATE INDEX applications_hired_no_offer ON applications(stage_entered_at) WHERE status = 'hired' AND offer_accepted_at IS NULL;
      CREATE INDEX applications_candidate ON applications(candidate_id);
      CREATE INDEX jobs_owner ON jobs(owner_id);
      -- What the KPIs need of a candidate without reading the wide candidate row: a covering index, for point
      -- lookups by id and for a sequential pass over everyone when the summaries are rebuilt.
      CREATE INDEX candidates_kpi ON candidates(id, merged_into, deleted_at, source, created_at);
      -- Candidate touches by time, covering what the touch summaries read: recomputing a day reads index pages
      -- only, instead of one table page per activity (activities are stored in the order they were written).
      CREATE INDEX activities_kpi ON activities(occurred_at, candidate_id, direction, recruiter_id) WHERE candidate_id IS NOT NULL;

      CREATE TABLE kpi_dirty_days (
        kind TEXT NOT NULL CHECK (kind IN ('pipeline', 'activity')),
        day TEXT NOT NULL,
        PRIMARY KEY (kind, day)
      ) STRICT, WITHOUT ROWID;

      -- Applications created that day, by furthest stage reached (rank 0 entered … 4 hired), and their completed
      -- stays in each active stage (count and total days).
      CREATE TABLE kpi_pipeline_daily (
        day TEXT NOT NULL,
        recruiter_id INTEGER NOT NULL,
        source TEXT NOT NULL,
        rank0 INTEGER NOT NULL DEFAULT 0,
        rank1 INTEGER NOT NULL DEFAULT 0,
        rank2 INTEGER NOT NULL DEFAULT 0,
        rank3 INTEGER NOT NULL DEFAULT 0,
        rank4 INTEGER NOT NULL DEFAULT 0,
        sourced_stays INTEGER NOT NULL DEFAULT 0,
        sourced_days REAL NOT NULL DEFAULT 0,
        screening_stays INTEGER NOT NULL DEFAULT 0,
        screening_days REAL NOT NULL DEFAULT 0,
        interview_stays INTEGER NOT NULL DEFAULT 0,
        interview_days REAL NOT NULL DEFAULT 0,
        offer_stays INTEGER NOT NULL DEFAULT 0,
        offer_days REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (day, recruiter_id, source)
      ) STRICT, WITHOUT ROWID;

      -- Candidate touches that day (recruiter 0: none recorded), and how many outbound ones were answered within
      -- the reply window, with the total hours to those answers.
      CREATE TABLE kpi_activity_daily (
        day TEXT NOT NULL,
        recruiter_id INTEGER NOT NULL,
        source TEXT NOT NULL,
        outbound INTEGER NOT NULL DEFAULT 0,
        inbound INTEGER NOT NULL DEFAULT 0,
        replied INTEGER NOT NULL DEFAULT 0,
        reply_hours REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (day, recruiter_id, source)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER kpi_applications_ai AFTER INSERT ON applications BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day) VALUES ('pipeline', substr(NEW.created_at, 1, 10));
      END;
      CREATE TRIGGER kpi_applications_au AFTER UPDATE ON applications BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day) VALUES ('pipeline', substr(OLD.created_at, 1, 10)), ('pipeline', substr(NEW.created_at, 1, 10));
      END;
      CREATE TRIGGER kpi_applications_ad AFTER DELETE ON applications BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day) VALUES ('pipeline', substr(OLD.created_at, 1, 10));
      END;

      CREATE TRIGGER kpi_stage_history_ai AFTER INSERT ON stage_history BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day)
          SELECT 'pipeline', substr(created_at, 1, 10) FROM applications WHERE id = NEW.application_id;
      END;
      CREATE TRIGGER kpi_stage_history_au AFTER UPDATE ON stage_history BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day)
          SELECT 'pipeline', substr(created_at, 1, 10) FROM applications WHERE id IN (OLD.application_id, NEW.application_id);
      END;
      CREATE TRIGGER kpi_stage_history_ad AFTER DELETE ON stage_history BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day)
          SELECT 'pipeline', substr(created_at, 1, 10) FROM applications WHERE id = OLD.application_id;
      END;

      -- A touch marks its own day. An inbound touch may also answer the same candidate's outbound touches of the
      -- previous days (up to the longest reply window a setting allows, 30 days): their days are marked too.
      CREATE TRIGGER kpi_activities_ai AFTER INSERT ON activities WHEN NEW.candidate_id IS NOT NULL BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day) VALUES ('activity', substr(NEW.occurred_at, 1, 10));
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day)
          SELECT DISTINCT 'activity', substr(occurred_at, 1, 10) FROM activities
          WHERE NEW.direction = 'inbound' AND candidate_id = NEW.candidate_id AND direction = 'outbound'
            AND occurred_at >= date(NEW.occurred_at, '-30 days') AND occurred_at <= NEW.occurred_at;
      END;
      CREATE TRIGGER kpi_activities_au AFTER UPDATE OF candidate_id, direction, occurred_at, recruiter_id ON activities BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day)
          SELECT 'activity', d FROM (SELECT substr(OLD.occurred_at, 1, 10) AS d WHERE OLD.candidate_id IS NOT NULL
                                     UNION SELECT substr(NEW.occurred_at, 1, 10) WHERE NEW.candidate_id IS NOT NULL);
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day)
          SELECT DISTINCT 'activity', substr(a.occurred_at, 1, 10) FROM activities a
          WHERE a.direction = 'outbound' AND (
            (OLD.direction = 'inbound' AND a.candidate_id = OLD.candidate_id AND a.occurred_at >= date(OLD.occurred_at, '-30 days') AND a.occurred_at <= OLD.occurred_at)
            OR (NEW.direction = 'inbound' AND a.candidate_id = NEW.candidate_id AND a.occurred_at >= date(NEW.occurred_at, '-30 days') AND a.occurred_at <= NEW.occurred_at));
      END;
      CREATE TRIGGER kpi_activities_ad AFTER DELETE ON activities WHEN OLD.candidate_id IS NOT NULL BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day) VALUES ('activity', substr(OLD.occurred_at, 1, 10));
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day)
          SELECT DISTINCT 'activity', substr(occurred_at, 1, 10) FROM activities
          WHERE OLD.direction = 'inbound' AND candidate_id = OLD.candidate_id AND direction = 'outbound'
            AND occurred_at >= date(OLD.occurred_at, '-30 days') AND occurred_at <= OLD.occurred_at;
      END;

      -- A candidate's source and whether they count at all (merged, deleted) shape both summaries.
      CREATE TRIGGER kpi_candidates_au AFTER UPDATE OF source, merged_into, deleted_at ON candidates
        WHEN OLD.source IS NOT NEW.source OR OLD.merged_into IS NOT NEW.merged_into OR OLD.deleted_at IS NOT NEW.deleted_at
      BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day)
          SELECT DISTINCT 'activity', substr(occurred_at, 1, 10) FROM activities WHERE candidate_id = NEW.id;
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day)
          SELECT DISTINCT 'pipeline', substr(created_at, 1, 10) FROM applications WHERE candidate_id = NEW.id;
      END;

      -- Placements and pipelines are credited to the job's owner; a stage's type decides what it counts as.
      CREATE TRIGGER kpi_jobs_au AFTER UPDATE OF owner_id ON jobs WHEN OLD.owner_id IS NOT NEW.owner_id BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day)
          SELECT DISTINCT 'pipeline', substr(created_at, 1, 10) FROM applications WHERE job_id = NEW.id;
      END;
      CREATE TRIGGER kpi_job_stages_au AFTER UPDATE OF type ON job_stages WHEN OLD.type IS NOT NEW.type BEGIN
        INSERT OR IGNORE INTO kpi_dirty_days (kind, day)
          SELECT DISTINCT 'pipeline', substr(created_at, 1, 10) FROM applications WHERE job_id = NEW.job_id;
      END;

      -- Vaults upgraded with data summarise it on the first dashboard view. Every day from the first to the last
      -- record (read off the date indexes) rather than a scan for the distinct days: empty days cost nothing.
      WITH RECURSIVE span(day, last) AS (
        SELECT date(min(created_at)), date(max(created_at)) FROM applications WHERE created_at IS NOT NULL
        UNION ALL SELECT date(day, '+1 day'), last FROM span WHERE day < last
      )
      INSERT OR IGNORE INTO kpi_dirty_days (kind, day) SELECT 'pipeline', day FROM span WHERE day IS NOT NULL;
      WITH RECURSIVE span(day, last) AS (
        SELECT date(min(occurred_at)), date(max(occurred_at)) FROM activities WHERE occurred_at IS NOT NULL
        UNION ALL SELECT date(day, '+1 day'), last FROM span WHERE day < last
      )
      INSERT OR IGNORE INTO kpi_dirty_days (kind, day) SELECT 'activity', day FROM span WHERE day IS NOT NULL;
    `);
  },
};
