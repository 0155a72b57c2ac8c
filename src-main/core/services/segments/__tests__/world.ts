// A small random agency for segment tests: written straight into a migrated vault with known ids, so segment
// ASTs can name jobs, stages, lists, pools and owners. Values deliberately include quotes, %, _, backslashes,
// ASCII case variants and non-Latin scripts.
import fc from 'fast-check';
import type { Channel, Seniority } from '../../../../../src-shared/domain/candidate.js';
import type { StageType } from '../../../../../src-shared/domain/job.js';
import type { WriteDb } from '../../../db/database.js';
import { flushSearchIndex } from '../../search-index.js';

export const NOW = new Date('2026-03-01T10:00:00.000Z');
const HOUR = 3_600_000;
export const at = (offsetHours: number): string => new Date(NOW.getTime() + offsetHours * HOUR).toISOString();

export const JOBS = 3;
export const STAGE_TYPES: StageType[] = ['sourced', 'screening', 'interview', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'];
/** Stage ids are predictable after a reset: job j (0-based), stage s → j * 8 + s + 1. */
export const stageId = (job: number, stage: number): number => job * STAGE_TYPES.length + stage + 1;
export const LISTS = 2;
export const POOLS = 2;
export const OWNERS = 3;

// Value pools: the same pools feed data and queries, so conditions hit, and each has case or script twins.
export const SKILLS = ['Java', 'JAVA', 'Kotlin', 'C++', 'SQL', 'Node.js', 'Go', 'Rust', '日本語', 'Русский', "O'Caml", 'snake_case', '100%', 'back\\slash', 'Ärztin'];
export const TAGS = ['vip', 'VIP', 'passive', 'open-to-work', "o'brien", '50%', 'a_b', 'c\\d', 'Ωmega', '東京', 'x"y'];
export const INDUSTRIES = ['Fintech', 'fintech', 'Health', 'Énergie', 'Логистика', 'Q&A', '100%', 'Ed_tech', "Men's wear"];
export const SOURCES = ['LinkedIn', 'linkedin', 'Referral', "O'Reilly list", '50% off', 'a_b', 'c\\d', 'Реферал', ''];
export const COUNTRIES = ['GB', 'DE', 'CH', 'JP', 'RU', ''];
export const REGIONS = ['England', 'ENGLAND', 'Bayern', 'Zürich', 'Tōkyō', 'Москва', ''];
export const CITIES = ['London', 'london', 'München', 'Zürich', 'ZÜRICH', '東京', 'Москва', "O'Fallon", '100%town', 'under_score', 'back\\slash', ''];
export const WORDS = ['java', 'kotlin', 'engineer', 'Zürich', 'zurich', 'São', 'Paulo', 'Москва', 'Ёлка', 'Ἀθῆναι', '東京', "O'Brien", 'naïve', 'ÉCOLE', 'straße', 'data', 'lead'];
const SENIORITIES: (Seniority | null)[] = [null, 'intern', 'junior', 'mid', 'senior', 'lead', 'principal', 'director', 'executive'];
const REMOTES = [null, 'onsite', 'hybrid', 'remote', 'flexible'] as const;
const CHANNELS: Channel[] = ['email', 'phone', 'sms', 'whatsapp', 'linkedin', 'video', 'meeting', 'event', 'note'];
const DIRECTIONS = ['inbound', 'outbound', 'internal'] as const;
const PURPOSES = ['recruitment', 'marketing', 'talent-pool', 'data-sharing'] as const;

/** Offsets in whole hours around NOW; multiples of 24 land exactly on "N days ago" bounds. */
const hours = fc.oneof(
  fc.integer({ min: -24 * 400, max: 24 * 30 }),
  fc.integer({ min: -400, max: 30 }).map((d) => d * 24),
  // Exactly on the bounds segments use most: now, 1/7/30/90/365 days ago, tomorrow.
  fc.constantFrom(0, -24, -168, -720, -2160, -8760, 24),
);

const uniqueNoCase = (pool: readonly string[], max: number) =>
  fc.uniqueArray(fc.constantFrom(...pool), { maxLength: max, selector: (v) => v.replace(/[A-Z]/g, (c) => c.toLowerCase()) });

export interface WorldCandidate {
  firstName: string;
  lastName: string;
  title: string;
  careerGoals: string;
  seniority: Seniority | null;
  remote: (typeof REMOTES)[number];
  country: string;
  region: string;
  city: string;
  source: string;
  owner: number | null;
  industries: string[];
  skills: { name: string; level: number | null; years: number | null }[];
  tags: string[];
  created: number;
  updated: number;
  activities: { channel: Channel; direction: (typeof DIRECTIONS)[number]; offset: number }[];
  applications: { job: number; stage: number }[];
  consents: { purpose: (typeof PURPOSES)[number]; given: number; expires: number | null; withdrawn: number | null; withOffset: boolean }[];
  lists: number[];
  pools: number[];
  state: 'live' | 'deleted' | 'merged';
}

const words = (n: number) => fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: n }).map((w) => w.join(' '));

export const candidateArb: fc.Arbitrary<WorldCandidate> = fc.record({
  firstName: fc.constantFrom('Ada', 'Zoë', 'Ёлка', "O'Brien", '東京', 'Ἀθῆναι', 'São'),
  lastName: fc.constantFrom('Ström', 'naïve', 'ÉCOLE', 'Paulo', 'straße', 'back\\slash', '100%'),
  title: words(3),
  careerGoals: words(4),
  seniority: fc.constantFrom(...SENIORITIES),
  remote: fc.constantFrom(...REMOTES),
  country: fc.constantFrom(...COUNTRIES),
  region: fc.constantFrom(...REGIONS),
  city: fc.constantFrom(...CITIES),
  source: fc.constantFrom(...SOURCES),
  owner: fc.option(fc.integer({ min: 1, max: OWNERS }), { nil: null }),
  industries: fc.array(fc.constantFrom(...INDUSTRIES), { maxLength: 3 }),
  skills: uniqueNoCase(SKILLS, 4).chain((names) =>
    fc.tuple(...names.map((name) =>
      fc.record({
        name: fc.constant(name),
        level: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        years: fc.option(fc.oneof(fc.integer({ min: 0, max: 15 }), fc.constantFrom(0.5, 2.5, 7.25)), { nil: null }),
      }),
    )),
  ),
  tags: uniqueNoCase(TAGS, 3),
  created: hours,
  updated: hours,
  activities: fc.array(fc.record({ channel: fc.constantFrom(...CHANNELS), direction: fc.constantFrom(...DIRECTIONS), offset: hours }), { maxLength: 5 }),
  applications: fc.uniqueArray(fc.record({ job: fc.integer({ min: 0, max: JOBS - 1 }), stage: fc.integer({ min: 0, max: STAGE_TYPES.length - 1 }) }), {
    maxLength: 3,
    selector: (a) => a.job,
  }),
  consents: fc.array(
    fc.record({
      purpose: fc.constantFrom(...PURPOSES),
      // Given, withdrawn or expiring exactly now is where < and <= differ.
      given: fc.oneof(hours, fc.constant(0)),
      expires: fc.option(fc.oneof(hours, fc.constant(0)), { nil: null }),
      withdrawn: fc.option(fc.oneof(hours, fc.constant(0)), { nil: null }),
      withOffset: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
  lists: fc.uniqueArray(fc.integer({ min: 1, max: LISTS }), { maxLength: LISTS }),
  pools: fc.uniqueArray(fc.integer({ min: 1, max: POOLS }), { maxLength: POOLS }),
  state: fc.constantFrom('live', 'live', 'live', 'live', 'live', 'deleted', 'merged'),
});

export const worldArb = fc.array(candidateArb, { minLength: 1, maxLength: 24 });

/** The same instant as `at(h)`, written with a +02:00 offset (consents keep what they were given). */
const withOffset = (h: number): string => {
  const d = new Date(NOW.getTime() + (h + 2) * HOUR).toISOString();
  return `${d.slice(0, 19)}+02:00`;
};

const statusOf = (type: StageType): string => (type === 'hired' || type === 'rejected' || type === 'withdrawn' ? type : 'active');

/** Empties every table the world writes (ids restart at 1), keeping the schema. */
export function resetWorld(db: WriteDb): void {
  db.exec(`
    DELETE FROM candidate_list_members; DELETE FROM candidate_lists; DELETE FROM talent_pool_members; DELETE FROM talent_pools;
    DELETE FROM consents; DELETE FROM activities; DELETE FROM stage_history; DELETE FROM applications; DELETE FROM job_stages;
    DELETE FROM jobs; DELETE FROM clients; DELETE FROM candidate_skills; DELETE FROM candidate_tags;
    UPDATE candidates SET merged_into = NULL; DELETE FROM candidates; DELETE FROM recruiters;
    DELETE FROM candidate_fts; DELETE FROM search_dirty;
  `);
}

export function seedWorld(db: WriteDb, world: readonly WorldCandidate[]): void {
  db.transaction(() => {
    resetWorld(db);
    const t = at(-24 * 500);
    for (let r = 1; r <= OWNERS; r++) db.prepare('INSERT INTO recruiters (id, name, created_at) VALUES (?, ?, ?)').run(r, `Recruiter ${r}`, t);
    db.prepare(`INSERT INTO clients (id, name, created_at, updated_at) VALUES (1, 'Client', ?, ?)`).run(t, t);
    for (let j = 0; j < JOBS; j++) {
      db.prepare(`INSERT INTO jobs (id, client_id, title, created_at, updated_at) VALUES (?, 1, ?, ?, ?)`).run(j + 1, `Job ${j + 1}`, t, t);
      STAGE_TYPES.forEach((type, s) =>
        db.prepare('INSERT INTO job_stages (id, job_id, name, type, position) VALUES (?, ?, ?, ?, ?)').run(stageId(j, s), j + 1, `${type} ${s}`, type, s),
      );
    }
    for (let l = 1; l <= LISTS; l++) db.prepare('INSERT INTO candidate_lists (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(l, `List ${l}`, t, t);
    for (let p = 1; p <= POOLS; p++) db.prepare('INSERT INTO talent_pools (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(p, `Pool ${p}`, t, t);

    const insert = db.prepare(`INSERT INTO candidates (id, first_name, last_name, display_name, current_title, career_goals, seniority,
        remote_preference, country, region, city, source, owner_id, industries, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    world.forEach((c, i) => {
      const id = i + 1;
      insert.run(id, c.firstName, c.lastName, `${c.firstName} ${c.lastName}`, c.title, c.careerGoals, c.seniority, c.remote, c.country, c.region,
        c.city, c.source, c.owner, JSON.stringify(c.industries), at(c.created), at(c.updated));
      for (const s of c.skills) db.prepare('INSERT INTO candidate_skills (candidate_id, skill, level, years) VALUES (?, ?, ?, ?)').run(id, s.name, s.level, s.years);
      for (const tag of c.tags) db.prepare('INSERT INTO candidate_tags (candidate_id, tag) VALUES (?, ?)').run(id, tag);
      for (const a of c.activities) {
        db.prepare('INSERT INTO activities (channel, direction, occurred_at, candidate_id, created_at) VALUES (?, ?, ?, ?, ?)').run(a.channel, a.direction, at(a.offset), id, t);
      }
      for (const a of c.applications) {
        const stage = stageId(a.job, a.stage);
        db.prepare(`INSERT INTO applications (candidate_id, job_id, stage_id, status, stage_entered_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
          id, a.job + 1, stage, statusOf(STAGE_TYPES[a.stage]!), t, t, t,
        );
      }
      for (const k of c.consents) {
        const stamp = (h: number | null) => (h === null ? null : k.withOffset ? withOffset(h) : at(h));
        db.prepare('INSERT INTO consents (candidate_id, purpose, given_at, expires_at, withdrawn_at) VALUES (?, ?, ?, ?, ?)').run(
          id, k.purpose, stamp(k.given), stamp(k.expires), stamp(k.withdrawn),
        );
      }
      for (const l of c.lists) db.prepare('INSERT INTO candidate_list_members (list_id, candidate_id, added_at) VALUES (?, ?, ?)').run(l, id, t);
      for (const p of c.pools) db.prepare('INSERT INTO talent_pool_members (pool_id, candidate_id, added_at) VALUES (?, ?, ?)').run(p, id, t);
    });
    world.forEach((c, i) => {
      if (c.state === 'deleted') db.prepare('UPDATE candidates SET deleted_at = ? WHERE id = ?').run(t, i + 1);
      if (c.state === 'merged' && world.length > 1) db.prepare('UPDATE candidates SET merged_into = ? WHERE id = ?').run(((i + 1) % world.length) + 1, i + 1);
    });
    flushSearchIndex(db);
  })();
}
