import type { Migration } from './types.js';

/** Extra spellings people type for a country besides the English name. */
const countryAliases: Record<string, string> = {
  GB: 'UK Great Britain England Scotland Wales',
  US: 'USA America',
  AE: 'UAE',
  NL: 'Holland',
  CH: 'Schweiz Suisse Svizzera',
  DE: 'Deutschland',
};

/** ISO 3166 code → English name, frozen at migration time so the index does not depend on the runtime's ICU. */
function countryRows(): [string, string][] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const rows: [string, string][] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (!name || name === code) continue;
      rows.push([code, [name, countryAliases[code]].filter(Boolean).join(' ')]);
    }
  }
  return rows;
}

/** Every table/column that feeds a candidate's search document marks that candidate dirty. */
const dirtyTriggers = `
  CREATE TRIGGER candidates_search_ai AFTER INSERT ON candidates BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (NEW.id);
  END;
  CREATE TRIGGER candidates_search_au AFTER UPDATE ON candidates BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (NEW.id);
  END;
  CREATE TRIGGER candidates_search_ad AFTER DELETE ON candidates BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (OLD.id);
  END;

  CREATE TRIGGER candidate_skills_search_ai AFTER INSERT ON candidate_skills BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (NEW.candidate_id);
  END;
  CREATE TRIGGER candidate_skills_search_au AFTER UPDATE ON candidate_skills BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (OLD.candidate_id), (NEW.candidate_id);
  END;
  CREATE TRIGGER candidate_skills_search_ad AFTER DELETE ON candidate_skills BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (OLD.candidate_id);
  END;

  CREATE TRIGGER candidate_tags_search_ai AFTER INSERT ON candidate_tags BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (NEW.candidate_id);
  END;
  CREATE TRIGGER candidate_tags_search_au AFTER UPDATE ON candidate_tags BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (OLD.candidate_id), (NEW.candidate_id);
  END;
  CREATE TRIGGER candidate_tags_search_ad AFTER DELETE ON candidate_tags BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (OLD.candidate_id);
  END;

  CREATE TRIGGER activities_search_ai AFTER INSERT ON activities WHEN NEW.candidate_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (NEW.candidate_id);
  END;
  CREATE TRIGGER activities_search_au AFTER UPDATE OF candidate_id, subject, body ON activities BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id)
      SELECT v FROM (SELECT OLD.candidate_id AS v UNION SELECT NEW.candidate_id) WHERE v IS NOT NULL;
  END;
  CREATE TRIGGER activities_search_ad AFTER DELETE ON activities WHEN OLD.candidate_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (OLD.candidate_id);
  END;

  CREATE TRIGGER attachments_search_ai AFTER INSERT ON attachments WHEN NEW.candidate_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (NEW.candidate_id);
  END;
  CREATE TRIGGER attachments_search_au AFTER UPDATE OF candidate_id, text ON attachments BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id)
      SELECT v FROM (SELECT OLD.candidate_id AS v UNION SELECT NEW.candidate_id) WHERE v IS NOT NULL;
  END;
  CREATE TRIGGER attachments_search_ad AFTER DELETE ON attachments WHEN OLD.candidate_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO search_dirty (candidate_id) VALUES (OLD.candidate_id);
  END;
`;

/**
 * Full-text search over candidates, the merge history that makes merges reversible, the duplicate review
 * queue, soft-removable pipeline stages, and indexes for the list/timeline queries and FK checks.
 *
 * Search index: one FTS5 row per live candidate (rowid = candidate id) holding its own copy of the text, so
 * highlight()/snippet() work and a row can be deleted by rowid. Triggers only record *which* candidates
 * changed (search_dirty); the search service re-derives those rows in the writer's transaction, or lazily
 * before a query. Bulk loads therefore pay a cheap INSERT OR IGNORE per row instead of re-tokenising a
 * candidate once per skill/tag/activity.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'search-and-merge',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE candidate_fts USING fts5(
        name, title, company, skills, location, tags, source, notes, resume,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      -- Column weights: a hit in the name or title outranks one buried in a resume.
      INSERT INTO candidate_fts (candidate_fts, rank) VALUES ('rank', 'bm25(10.0, 6.0, 4.0, 5.0, 3.0, 3.0, 2.0, 1.0, 0.5)');

      CREATE TABLE search_dirty (candidate_id INTEGER PRIMARY KEY) STRICT;

      CREATE TABLE country_names (
        code TEXT PRIMARY KEY,
        names TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      ${dirtyTriggers}

      -- Candidates that existed before this migration are indexed on first use.
      INSERT INTO search_dirty (candidate_id) SELECT id FROM candidates;

      CREATE TABLE candidate_merges (
        id INTEGER PRIMARY KEY,
        target_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        merged_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        -- The target's version right after the merge: a later edit makes unmerge ask before discarding it.
        target_version_after INTEGER NOT NULL,
        -- Both records and every row the merge touched, as they were; NULL once expired and purged.
        snapshot TEXT CHECK (snapshot IS NULL OR json_valid(snapshot)),
        unmerged_at TEXT
      ) STRICT;
      CREATE INDEX candidate_merges_target ON candidate_merges(target_id);
      CREATE INDEX candidate_merges_source ON candidate_merges(source_id);
      CREATE INDEX candidate_merges_expiry ON candidate_merges(expires_at) WHERE snapshot IS NOT NULL;

      CREATE TABLE duplicate_reviews (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        other_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        reasons TEXT NOT NULL CHECK (json_valid(reasons)),
        score REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed')),
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        UNIQUE (candidate_id, other_id)
      ) STRICT;
      CREATE INDEX duplicate_reviews_open ON duplicate_reviews(status, created_at);
      CREATE INDEX duplicate_reviews_other ON duplicate_reviews(other_id);

      -- A removed stage stays for the history that points at it, out of the pipeline (position = -id).
      ALTER TABLE job_stages ADD COLUMN removed_at TEXT;

      CREATE INDEX candidates_name ON candidates(display_name COLLATE NOCASE, id);
      CREATE INDEX candidates_created ON candidates(created_at);
      CREATE INDEX candidates_source ON candidates(source COLLATE NOCASE);
      CREATE INDEX candidates_merged_into ON candidates(merged_into) WHERE merged_into IS NOT NULL;
      CREATE INDEX clients_name ON clients(name COLLATE NOCASE);
      CREATE INDEX jobs_contact ON jobs(contact_id);
      CREATE INDEX activities_job ON activities(job_id, occurred_at);
      CREATE INDEX activities_application ON activities(application_id);
      CREATE INDEX stage_history_to ON stage_history(to_stage_id);
      CREATE INDEX stage_history_from ON stage_history(from_stage_id);
    `);
    const insert = db.prepare('INSERT INTO country_names (code, names) VALUES (?, ?)');
    for (const [code, names] of countryRows()) insert.run(code, names);
  },
};
