import type { Migration } from './types.js';

/**
 * Segments (saved dynamic definitions), their daily member counts, static candidate lists (a segment frozen
 * at a moment, or hand-picked) and personas.
 *
 * - segments.definition is the segment AST as JSON (src-shared/domain/segments); the core compiles it to SQL
 *   on every use, so a segment always means "who matches now".
 * - segment_counts keeps one count per segment per UTC day (the last one taken that day) for the sparkline.
 * - candidate_lists / candidate_list_members: a generic membership table. Talent pools have their own tables
 *   (talent_pools, migration 0003); the segment "member of" condition covers both.
 * - personas link to the saved segment that finds their members; a segment in use by a persona cannot be
 *   deleted (RESTRICT; the service explains which persona).
 */
/**
 * Indexes the segment compiler's SQL is shaped for (see services/segments/compile.ts). A live count scans
 * candidates_segments — every scalar column a condition filters on, behind the liveness columns — instead of
 * the wide candidate rows, and tests related tables through covering indexes, so a count touches candidate rows
 * only for industry conditions. Exported so the bench can bring a fixture cached before these existed in line.
 */
export const SEGMENT_INDEXES = `
  CREATE INDEX IF NOT EXISTS candidates_segments ON candidates(deleted_at, merged_into, country, region, city, seniority, remote_preference,
    owner_id, source, created_at, updated_at);
  CREATE INDEX IF NOT EXISTS candidate_skills_level ON candidate_skills(skill, level, years);
  CREATE INDEX IF NOT EXISTS applications_stage_candidate ON applications(stage_id, candidate_id);
  CREATE INDEX IF NOT EXISTS applications_status_candidate ON applications(status, job_id, candidate_id);
  CREATE INDEX IF NOT EXISTS activities_candidate_contact ON activities(candidate_id, occurred_at, direction, channel);
`;

export const migration0005: Migration = {
  version: 5,
  name: 'segments',
  up(db) {
    db.exec(`
      CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE UNIQUE INDEX segments_name ON segments(name COLLATE NOCASE);

      CREATE TABLE segment_counts (
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        day TEXT NOT NULL CHECK (length(day) = 10),
        members INTEGER NOT NULL CHECK (members >= 0),
        counted_at TEXT NOT NULL,
        PRIMARY KEY (segment_id, day)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE candidate_lists (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        -- Frozen from this segment (NULL for a hand-made list or once the segment is gone) and the definition
        -- as it was at that moment, so "where did these people come from" survives later edits.
        source_segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
        source_definition TEXT CHECK (source_definition IS NULL OR json_valid(source_definition)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX candidate_lists_name ON candidate_lists(name COLLATE NOCASE);
      CREATE INDEX candidate_lists_segment ON candidate_lists(source_segment_id) WHERE source_segment_id IS NOT NULL;

      CREATE TABLE candidate_list_members (
        list_id INTEGER NOT NULL REFERENCES candidate_lists(id) ON DELETE CASCADE,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        added_at TEXT NOT NULL,
        PRIMARY KEY (list_id, candidate_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX candidate_list_members_candidate ON candidate_list_members(candidate_id, list_id);

      CREATE TABLE personas (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        motivations TEXT NOT NULL DEFAULT '',
        career_goals TEXT NOT NULL DEFAULT '',
        -- [{ "name": "Java", "minLevel": 3 | null }]
        skills TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(skills)),
        seniority TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(seniority)),
        industries TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(industries)),
        channels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels)),
        notes TEXT NOT NULL DEFAULT '',
        segment_id INTEGER REFERENCES segments(id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE UNIQUE INDEX personas_name ON personas(name COLLATE NOCASE);
      CREATE INDEX personas_segment ON personas(segment_id) WHERE segment_id IS NOT NULL;
    `);
    db.exec(SEGMENT_INDEXES);
  },
};
