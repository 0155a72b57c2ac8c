import type { Migration } from './types.js';

/**
 * The agency data model: candidates ↔ applications ↔ jobs ↔ clients, one activity timeline, attachments
 * and an audit log. Timestamps are ISO-8601 UTC text (sortable, readable in exports).
 */
export const migration0001: Migration = {
  version: 1,
  name: 'agency-schema',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE recruiters (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE candidates (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL,
        headline TEXT NOT NULL DEFAULT '',
        current_title TEXT NOT NULL DEFAULT '',
        current_company TEXT NOT NULL DEFAULT '',
        seniority TEXT CHECK (seniority IN ('intern','junior','mid','senior','lead','principal','director','executive')),
        city TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        remote_preference TEXT CHECK (remote_preference IN ('onsite','hybrid','remote','flexible')),
        timezone TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        owner_id INTEGER REFERENCES recruiters(id) ON DELETE SET NULL,
        preferred_channel TEXT,
        availability TEXT NOT NULL DEFAULT '',
        notice_period_days INTEGER,
        work_authorization TEXT NOT NULL DEFAULT '',
        desired_role TEXT NOT NULL DEFAULT '',
        desired_salary_min INTEGER,
        desired_salary_max INTEGER,
        salary_currency TEXT NOT NULL DEFAULT '',
        career_goals TEXT NOT NULL DEFAULT '',
        industries TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(industries)),
        languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
        experience TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(experience)),
        education TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(education)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        merged_into INTEGER REFERENCES candidates(id) ON DELETE SET NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX candidates_updated ON candidates(updated_at);
      CREATE INDEX candidates_owner ON candidates(owner_id);
      CREATE INDEX candidates_location ON candidates(country, city);

      CREATE TABLE candidate_emails (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        address TEXT NOT NULL,
        address_norm TEXT NOT NULL,
        is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
        label TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX candidate_emails_norm ON candidate_emails(address_norm);
      CREATE INDEX candidate_emails_candidate ON candidate_emails(candidate_id);

      CREATE TABLE candidate_phones (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        number_norm TEXT NOT NULL,
        is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
        label TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX candidate_phones_norm ON candidate_phones(number_norm);
      CREATE INDEX candidate_phones_candidate ON candidate_phones(candidate_id);

      CREATE TABLE candidate_links (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('linkedin','github','portfolio','website','other')),
        url TEXT NOT NULL,
        url_norm TEXT NOT NULL
      ) STRICT;
      CREATE INDEX candidate_links_norm ON candidate_links(url_norm);
      CREATE INDEX candidate_links_candidate ON candidate_links(candidate_id);

      CREATE TABLE candidate_skills (
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        skill TEXT NOT NULL COLLATE NOCASE,
        level INTEGER CHECK (level BETWEEN 1 AND 5),
        years REAL,
        PRIMARY KEY (candidate_id, skill)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX candidate_skills_skill ON candidate_skills(skill, candidate_id);

      CREATE TABLE candidate_tags (
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        tag TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (candidate_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX candidate_tags_tag ON candidate_tags(tag, candidate_id);

      CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        given_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        expires_at TEXT,
        withdrawn_at TEXT
      ) STRICT;
      CREATE INDEX consents_candidate ON consents(candidate_id);

      CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        industry TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        owner_id INTEGER REFERENCES recruiters(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX contacts_client ON contacts(client_id);

      CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
        contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        requirements TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        remote TEXT CHECK (remote IN ('onsite','hybrid','remote','flexible')),
        salary_min INTEGER,
        salary_max INTEGER,
        salary_currency TEXT NOT NULL DEFAULT '',
        openings INTEGER NOT NULL DEFAULT 1 CHECK (openings >= 1),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('draft','open','on_hold','filled','closed')),
        fee_percent REAL,
        opened_at TEXT,
        filled_at TEXT,
        closed_at TEXT,
        owner_id INTEGER REFERENCES recruiters(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX jobs_client ON jobs(client_id);
      CREATE INDEX jobs_status ON jobs(status);

      -- On-hold time is excluded from time-to-fill, so every status change is kept.
      CREATE TABLE job_status_history (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX job_status_history_job ON job_status_history(job_id, at);

      CREATE TABLE job_stages (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('sourced','screening','interview','offer','hired','rejected','withdrawn')),
        position INTEGER NOT NULL,
        UNIQUE (job_id, position)
      ) STRICT;

      CREATE TABLE applications (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        stage_id INTEGER NOT NULL REFERENCES job_stages(id) ON DELETE RESTRICT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','hired','rejected','withdrawn')),
        rating INTEGER CHECK (rating BETWEEN 1 AND 5),
        rejection_reason TEXT,
        withdrawal_reason TEXT,
        offer_extended_at TEXT,
        offer_amount INTEGER,
        offer_currency TEXT,
        offer_accepted_at TEXT,
        offer_declined_at TEXT,
        placement_fee INTEGER,
        stage_entered_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (candidate_id, job_id)
      ) STRICT;
      CREATE INDEX applications_job ON applications(job_id, stage_id);
      CREATE INDEX applications_stage ON applications(stage_id);

      CREATE TABLE stage_history (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        from_stage_id INTEGER REFERENCES job_stages(id) ON DELETE SET NULL,
        to_stage_id INTEGER NOT NULL REFERENCES job_stages(id) ON DELETE RESTRICT,
        moved_at TEXT NOT NULL,
        moved_by INTEGER REFERENCES recruiters(id) ON DELETE SET NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX stage_history_application ON stage_history(application_id, moved_at);

      CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        channel TEXT NOT NULL CHECK (channel IN ('email','phone','sms','whatsapp','linkedin','video','meeting','event','note')),
        direction TEXT NOT NULL DEFAULT 'outbound' CHECK (direction IN ('inbound','outbound','internal')),
        outcome TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        occurred_at TEXT NOT NULL,
        duration_min INTEGER,
        candidate_id INTEGER REFERENCES candidates(id) ON DELETE CASCADE,
        contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
        job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
        application_id INTEGER REFERENCES applications(id) ON DELETE SET NULL,
        recruiter_id INTEGER REFERENCES recruiters(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX activities_candidate ON activities(candidate_id, occurred_at);
      CREATE INDEX activities_contact ON activities(contact_id, occurred_at);
      CREATE INDEX activities_occurred ON activities(occurred_at);

      CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER REFERENCES candidates(id) ON DELETE CASCADE,
        filename TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        content BLOB NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'document' CHECK (kind IN ('resume','document')),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attachments_candidate ON attachments(candidate_id);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        action TEXT NOT NULL,
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after))
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
    `);
  },
};
