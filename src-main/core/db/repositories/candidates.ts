import type {
  Candidate,
  CandidateFields,
  CandidateFilters,
  CandidatePatch,
  CandidateSummary,
} from '../../../../src-shared/domain/candidate.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import { displayName, normalizeEmail, normalizePhone, normalizeUrl } from '../../services/normalize.js';
import type { ReadDb, WriteDb } from '../database.js';
import { sql } from '../statements.js';

interface CandidateRow {
  id: number;
  first_name: string;
  last_name: string;
  display_name: string;
  headline: string;
  current_title: string;
  current_company: string;
  seniority: Candidate['seniority'];
  city: string;
  region: string;
  country: string;
  remote_preference: Candidate['remotePreference'];
  timezone: string;
  source: string;
  owner_id: number | null;
  preferred_channel: Candidate['preferredChannel'];
  availability: string;
  notice_period_days: number | null;
  work_authorization: string;
  desired_role: string;
  desired_salary_min: number | null;
  desired_salary_max: number | null;
  salary_currency: string;
  career_goals: string;
  industries: string;
  languages: string;
  experience: string;
  education: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface WriteMeta {
  at: string;
  defaultRegion?: string;
}

/** The candidates row's own columns, in the order both INSERT and UPDATE list them (first_name … education). */
function scalarColumnValues(c: CandidateFields): (string | number | null)[] {
  return [
    c.firstName,
    c.lastName,
    displayName(c.firstName, c.lastName),
    c.headline,
    c.currentTitle,
    c.currentCompany,
    c.seniority,
    c.city,
    c.region,
    c.country,
    c.remotePreference,
    c.timezone,
    c.source,
    c.ownerId,
    c.preferredChannel,
    c.availability,
    c.noticePeriodDays,
    c.workAuthorization,
    c.desiredRole,
    c.desiredSalaryMin,
    c.desiredSalaryMax,
    c.salaryCurrency,
    c.careerGoals,
    JSON.stringify(c.industries),
    JSON.stringify(c.languages),
    JSON.stringify(c.experience),
    JSON.stringify(c.education),
  ];
}

/** Inserts a candidate with all contact points in the caller's transaction. */
export function insertCandidate(db: WriteDb, c: CandidateFields, meta: WriteMeta): number {
  const info = sql(db, 
      `INSERT INTO candidates (first_name, last_name, display_name, headline, current_title, current_company, seniority,
         city, region, country, remote_preference, timezone, source, owner_id, preferred_channel, availability,
         notice_period_days, work_authorization, desired_role, desired_salary_min, desired_salary_max, salary_currency,
         career_goals, industries, languages, experience, education, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ...scalarColumnValues(c),
      meta.at,
      meta.at,
    );
  const id = Number(info.lastInsertRowid);
  insertChildren(db, id, c, meta);
  return id;
}

/** The child lists of a candidate, each stored in its own table. */
export const candidateChildLists = ['emails', 'phones', 'links', 'skills', 'tags', 'consents'] as const;
export type CandidateChildList = (typeof candidateChildLists)[number];

function insertChildren(db: WriteDb, id: number, c: CandidateFields, meta: WriteMeta): void {
  for (const list of candidateChildLists) insertChildList(db, id, list, c, meta);
}

/** Writes one child list; the caller has removed the old rows when replacing. */
function insertChildList(db: WriteDb, id: number, list: CandidateChildList, c: Pick<CandidateFields, CandidateChildList>, meta: WriteMeta): void {
  switch (list) {
    case 'emails': {
      const hasPrimaryEmail = c.emails.some((e) => e.primary);
      const email = sql(db, 
        'INSERT INTO candidate_emails (candidate_id, address, address_norm, is_primary, label) VALUES (?, ?, ?, ?, ?)',
      );
      c.emails.forEach((e, i) =>
        email.run(id, e.address.trim(), normalizeEmail(e.address), e.primary || (!hasPrimaryEmail && i === 0) ? 1 : 0, e.label ?? ''),
      );
      return;
    }
    case 'phones': {
      const hasPrimaryPhone = c.phones.some((p) => p.primary);
      const phone = sql(db, 
        'INSERT INTO candidate_phones (candidate_id, number, number_norm, is_primary, label) VALUES (?, ?, ?, ?, ?)',
      );
      c.phones.forEach((p, i) =>
        phone.run(
          id,
          p.number,
          normalizePhone(p.number, meta.defaultRegion),
          p.primary || (!hasPrimaryPhone && i === 0) ? 1 : 0,
          p.label ?? '',
        ),
      );
      return;
    }
    case 'links': {
      const link = sql(db, 'INSERT INTO candidate_links (candidate_id, kind, url, url_norm) VALUES (?, ?, ?, ?)');
      for (const l of c.links) link.run(id, l.kind, l.url, normalizeUrl(l.url));
      return;
    }
    case 'skills': {
      const skill = sql(db, 
        'INSERT INTO candidate_skills (candidate_id, skill, level, years) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      );
      for (const s of c.skills) skill.run(id, s.name, s.level, s.years);
      return;
    }
    case 'tags': {
      const tag = sql(db, 'INSERT INTO candidate_tags (candidate_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING');
      for (const t of c.tags) tag.run(id, t);
      return;
    }
    case 'consents': {
      const consent = sql(db, 
        'INSERT INTO consents (candidate_id, purpose, given_at, source, expires_at, withdrawn_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const k of c.consents) consent.run(id, k.purpose, k.givenAt, k.source, k.expiresAt, k.withdrawnAt);
      return;
    }
  }
}

const childTable: Record<CandidateChildList, string> = {
  emails: 'candidate_emails',
  phones: 'candidate_phones',
  links: 'candidate_links',
  skills: 'candidate_skills',
  tags: 'candidate_tags',
  consents: 'consents',
};

export function getCandidate(db: ReadDb, id: number): Candidate {
  const row = sql(db, 'SELECT * FROM candidates WHERE id = ? AND deleted_at IS NULL').get(id) as CandidateRow | undefined;
  if (!row) throw new CodedError('not_found', `No candidate with id ${id}`);
  const emails = sql(db, 'SELECT address, is_primary, label FROM candidate_emails WHERE candidate_id = ? ORDER BY is_primary DESC, id')
    .all(id) as { address: string; is_primary: number; label: string }[];
  const phones = sql(db, 'SELECT number, is_primary, label FROM candidate_phones WHERE candidate_id = ? ORDER BY is_primary DESC, id')
    .all(id) as { number: string; is_primary: number; label: string }[];
  const links = sql(db, 'SELECT kind, url FROM candidate_links WHERE candidate_id = ? ORDER BY id').all(id) as Candidate['links'];
  const skills = sql(db, 'SELECT skill AS name, level, years FROM candidate_skills WHERE candidate_id = ? ORDER BY skill')
    .all(id) as Candidate['skills'];
  const tags = (sql(db, 'SELECT tag FROM candidate_tags WHERE candidate_id = ? ORDER BY tag').all(id) as { tag: string }[]).map(
    (t) => t.tag,
  );
  const consents = (
    sql(db, 
        'SELECT purpose, given_at, source, expires_at, withdrawn_at FROM consents WHERE candidate_id = ? ORDER BY given_at',
      )
      .all(id) as { purpose: Candidate['consents'][number]['purpose']; given_at: string; source: string; expires_at: string | null; withdrawn_at: string | null }[]
  ).map((k) => ({ purpose: k.purpose, givenAt: k.given_at, source: k.source, expiresAt: k.expires_at, withdrawnAt: k.withdrawn_at }));
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    displayName: row.display_name,
    headline: row.headline,
    currentTitle: row.current_title,
    currentCompany: row.current_company,
    seniority: row.seniority,
    city: row.city,
    region: row.region,
    country: row.country,
    remotePreference: row.remote_preference,
    timezone: row.timezone,
    source: row.source,
    ownerId: row.owner_id,
    preferredChannel: row.preferred_channel,
    availability: row.availability,
    noticePeriodDays: row.notice_period_days,
    workAuthorization: row.work_authorization,
    desiredRole: row.desired_role,
    desiredSalaryMin: row.desired_salary_min,
    desiredSalaryMax: row.desired_salary_max,
    salaryCurrency: row.salary_currency,
    careerGoals: row.career_goals,
    industries: JSON.parse(row.industries) as string[],
    languages: JSON.parse(row.languages) as string[],
    tags,
    emails: emails.map((e) => ({ address: e.address, primary: e.is_primary === 1, label: e.label || undefined })),
    phones: phones.map((p) => ({ number: p.number, primary: p.is_primary === 1, label: p.label || undefined })),
    skills,
    experience: JSON.parse(row.experience) as Candidate['experience'],
    education: JSON.parse(row.education) as Candidate['education'],
    links,
    consents,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function listCandidates(db: ReadDb, limit: number, offset: number): { items: CandidateSummary[]; total: number } {
  const total = (sql(db, 'SELECT count(*) AS n FROM candidates WHERE deleted_at IS NULL AND merged_into IS NULL').get() as { n: number }).n;
  const rows = sql(db, 
      `SELECT c.id, c.display_name, c.current_title, c.current_company, c.city, c.country, c.updated_at,
              (SELECT address FROM candidate_emails e WHERE e.candidate_id = c.id ORDER BY is_primary DESC, id LIMIT 1) AS primary_email
       FROM candidates c WHERE c.deleted_at IS NULL AND c.merged_into IS NULL
       ORDER BY c.updated_at DESC, c.id DESC LIMIT ? OFFSET ?`,
    )
    .all(limit, offset) as {
    id: number;
    display_name: string;
    current_title: string;
    current_company: string;
    city: string;
    country: string;
    updated_at: string;
    primary_email: string | null;
  }[];
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      currentTitle: r.current_title,
      currentCompany: r.current_company,
      city: r.city,
      country: r.country,
      primaryEmail: r.primary_email,
      updatedAt: r.updated_at,
    })),
  };
}

/** The candidate row's own state, for deciding between not_found and conflict after a guarded UPDATE. */
interface CandidateState {
  version: number;
  deleted_at: string | null;
  merged_into: number | null;
}

/**
 * Explains why a guarded write touched no row: gone (not_found), merged away, or a stale version (conflict).
 * Stale writes are refused, never applied over someone else's change.
 */
export function candidateWriteRefusal(db: ReadDb, id: number, version: number): CodedError {
  const row = sql(db, 'SELECT version, deleted_at, merged_into FROM candidates WHERE id = ?').get(id) as CandidateState | undefined;
  if (!row || row.deleted_at !== null) return new CodedError('not_found', `No candidate with id ${id}`);
  if (row.merged_into !== null) {
    return new CodedError('conflict', `Candidate ${id} was merged into candidate ${row.merged_into}; edit that record instead`);
  }
  return new CodedError(
    'conflict',
    `Candidate ${id} was changed by someone else (it is now at version ${row.version}; you edited version ${version}). ` +
      'Reload it and apply your change again.',
    'version',
  );
}

/** A live candidate (not deleted, not merged away) or not_found. */
export function requireLiveCandidate(db: ReadDb, id: number): CandidateState & { display_name: string } {
  const row = sql(db, 'SELECT version, deleted_at, merged_into, display_name FROM candidates WHERE id = ?').get(id) as
    | (CandidateState & { display_name: string })
    | undefined;
  if (!row || row.deleted_at !== null) throw new CodedError('not_found', `No candidate with id ${id}`);
  if (row.merged_into !== null) throw new CodedError('not_found', `Candidate ${id} was merged into candidate ${row.merged_into}`);
  return row;
}

/**
 * Applies a partial update in the caller's transaction, guarded by `version`. Scalar fields are merged onto
 * the stored record and written in one statement; each child list in the patch replaces the stored list.
 */
export function updateCandidate(db: WriteDb, id: number, version: number, patch: CandidatePatch, meta: WriteMeta): void {
  const current = getCandidate(db, id);
  const c: CandidateFields = { ...current, ...definedOnly(patch) };
  const info = sql(
    db,
    `UPDATE candidates SET first_name = ?, last_name = ?, display_name = ?, headline = ?, current_title = ?, current_company = ?,
       seniority = ?, city = ?, region = ?, country = ?, remote_preference = ?, timezone = ?, source = ?, owner_id = ?,
       preferred_channel = ?, availability = ?, notice_period_days = ?, work_authorization = ?, desired_role = ?,
       desired_salary_min = ?, desired_salary_max = ?, salary_currency = ?, career_goals = ?, industries = ?, languages = ?,
       experience = ?, education = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND version = ? AND deleted_at IS NULL AND merged_into IS NULL`,
  ).run(
    ...scalarColumnValues(c),
    meta.at,
    id,
    version,
  );
  if (info.changes === 0) throw candidateWriteRefusal(db, id, version);
  for (const list of candidateChildLists) {
    if (patch[list] === undefined) continue;
    sql(db, `DELETE FROM ${childTable[list]} WHERE candidate_id = ?`).run(id);
    insertChildList(db, id, list, c, meta);
  }
}

const definedOnly = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Soft delete guarded by version; returns the deletion time. */
export function softDeleteCandidate(db: WriteDb, id: number, version: number, at: string): void {
  const info = sql(
    db,
    `UPDATE candidates SET deleted_at = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND version = ? AND deleted_at IS NULL AND merged_into IS NULL`,
  ).run(at, at, id, version);
  if (info.changes === 0) throw candidateWriteRefusal(db, id, version);
}

/** Marks a candidate changed without a field edit (tags via bulk actions): new version, new updated_at. */
export function touchCandidate(db: WriteDb, id: number, at: string): void {
  sql(db, 'UPDATE candidates SET updated_at = ?, version = version + 1 WHERE id = ?').run(at, id);
}

export function candidateTags(db: ReadDb, id: number): string[] {
  return (sql(db, 'SELECT tag FROM candidate_tags WHERE candidate_id = ? ORDER BY tag').all(id) as { tag: string }[]).map((t) => t.tag);
}

/** Adds tags; returns whether anything changed (tags compare case-insensitively). */
export function addCandidateTags(db: WriteDb, id: number, tags: readonly string[]): boolean {
  const insert = sql(db, 'INSERT INTO candidate_tags (candidate_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING');
  let changed = false;
  for (const t of tags) changed = insert.run(id, t).changes > 0 || changed;
  return changed;
}

export function removeCandidateTags(db: WriteDb, id: number, tags: readonly string[]): boolean {
  const remove = sql(db, 'DELETE FROM candidate_tags WHERE candidate_id = ? AND tag = ?');
  let changed = false;
  for (const t of tags) changed = remove.run(id, t).changes > 0 || changed;
  return changed;
}

export interface CandidateQuery extends CandidateFilters {
  limit: number;
  offset: number;
  sort: 'name' | 'updated' | 'created';
  direction?: 'asc' | 'desc' | undefined;
}

/**
 * Filtered, sorted, paged list, all in SQL. The statement text is assembled only from fixed fragments
 * chosen by which filters are present; every value is a bound parameter.
 */
export function findCandidates(db: ReadDb, q: CandidateQuery): { items: CandidateSummary[]; total: number } {
  const where = ['c.deleted_at IS NULL', 'c.merged_into IS NULL'];
  const params: (string | number)[] = [];
  const add = (fragment: string, value: string | number | undefined) => {
    if (value === undefined) return;
    where.push(fragment);
    params.push(value);
  };
  add('c.owner_id = ?', q.ownerId);
  add('c.source = ? COLLATE NOCASE', q.source);
  add('c.id IN (SELECT t.candidate_id FROM candidate_tags t WHERE t.tag = ?)', q.tag);
  add('c.country = ?', q.country);
  add('c.city = ? COLLATE NOCASE', q.city);
  add('c.seniority = ?', q.seniority);
  add('c.id IN (SELECT s.candidate_id FROM candidate_skills s WHERE s.skill = ?)', q.skill);
  const direction = (q.direction ?? (q.sort === 'name' ? 'asc' : 'desc')) === 'asc' ? 'ASC' : 'DESC';
  const order = {
    name: `c.display_name COLLATE NOCASE ${direction}, c.id ${direction}`,
    updated: `c.updated_at ${direction}, c.id ${direction}`,
    created: `c.created_at ${direction}, c.id ${direction}`,
  }[q.sort];
  const whereSql = where.join(' AND ');
  const total = (sql(db, `SELECT count(*) AS n FROM candidates c WHERE ${whereSql}`).get(...params) as { n: number }).n;
  const rows = sql(
    db,
    `SELECT c.id, c.display_name, c.current_title, c.current_company, c.city, c.country, c.updated_at,
            (SELECT address FROM candidate_emails e WHERE e.candidate_id = c.id ORDER BY is_primary DESC, id LIMIT 1) AS primary_email
     FROM candidates c WHERE ${whereSql}
     ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(...params, q.limit, q.offset) as SummaryRow[];
  return { total, items: rows.map(toSummary) };
}

interface SummaryRow {
  id: number;
  display_name: string;
  current_title: string;
  current_company: string;
  city: string;
  country: string;
  updated_at: string;
  primary_email: string | null;
}

const toSummary = (r: SummaryRow): CandidateSummary => ({
  id: r.id,
  displayName: r.display_name,
  currentTitle: r.current_title,
  currentCompany: r.current_company,
  city: r.city,
  country: r.country,
  primaryEmail: r.primary_email,
  updatedAt: r.updated_at,
});
