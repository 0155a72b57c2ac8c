import type { ReadDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import { yieldToLoop } from '../../ipc/ports.js';

/** A candidate with its contact points, read in bulk for exports (no per-candidate round trips). */
export interface ExportCandidate {
  id: number;
  first_name: string;
  last_name: string;
  display_name: string;
  headline: string;
  current_title: string;
  current_company: string;
  seniority: string | null;
  city: string;
  region: string;
  country: string;
  remote_preference: string | null;
  timezone: string;
  source: string;
  availability: string;
  notice_period_days: number | null;
  work_authorization: string;
  desired_role: string;
  desired_salary_min: number | null;
  desired_salary_max: number | null;
  salary_currency: string;
  career_goals: string;
  industries: string[];
  languages: string[];
  experience: { title: string; company: string; start?: string; end?: string; summary?: string }[];
  education: { institution: string; degree?: string; field?: string; end?: string }[];
  created_at: string;
  updated_at: string;
  emails: { address: string; label: string; primary: boolean }[];
  phones: { number: string; norm: string; label: string; primary: boolean }[];
  links: { kind: string; url: string }[];
  skills: { name: string; level: number | null; years: number | null }[];
  tags: string[];
}

const CHUNK = 1000;

const SELECT = `
  SELECT c.id, c.first_name, c.last_name, c.display_name, c.headline, c.current_title, c.current_company, c.seniority,
    c.city, c.region, c.country, c.remote_preference, c.timezone, c.source, c.availability, c.notice_period_days,
    c.work_authorization, c.desired_role, c.desired_salary_min, c.desired_salary_max, c.salary_currency, c.career_goals,
    c.industries, c.languages, c.experience, c.education, c.created_at, c.updated_at,
    (SELECT json_group_array(json_object('address', address, 'label', label, 'primary', json(CASE is_primary WHEN 1 THEN 'true' ELSE 'false' END)))
       FROM (SELECT * FROM candidate_emails WHERE candidate_id = c.id ORDER BY is_primary DESC, id)) AS emails,
    (SELECT json_group_array(json_object('number', number, 'norm', number_norm, 'label', label, 'primary', json(CASE is_primary WHEN 1 THEN 'true' ELSE 'false' END)))
       FROM (SELECT * FROM candidate_phones WHERE candidate_id = c.id ORDER BY is_primary DESC, id)) AS phones,
    (SELECT json_group_array(json_object('kind', kind, 'url', url)) FROM (SELECT * FROM candidate_links WHERE candidate_id = c.id ORDER BY id)) AS links,
    (SELECT json_group_array(json_object('name', skill, 'level', level, 'years', years)) FROM (SELECT * FROM candidate_skills WHERE candidate_id = c.id ORDER BY skill)) AS skills,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM candidate_tags WHERE candidate_id = c.id ORDER BY tag)) AS tags
  FROM candidates c
  WHERE c.deleted_at IS NULL AND c.merged_into IS NULL AND c.id > ?`;

const JSON_COLUMNS = ['industries', 'languages', 'experience', 'education', 'emails', 'phones', 'links', 'skills', 'tags'] as const;

/** Live candidates in id order, CHUNK at a time, with an event-loop turn between chunks. */
export async function* exportCandidates(db: ReadDb, ids?: readonly number[]): AsyncGenerator<ExportCandidate[]> {
  const filter = ids ? ' AND c.id IN (SELECT value FROM json_each(?))' : '';
  const statement = sql(db, `${SELECT}${filter} ORDER BY c.id LIMIT ${CHUNK}`);
  const idList = ids ? JSON.stringify(ids) : null;
  let after = 0;
  for (;;) {
    const rows = (idList === null ? statement.all(after) : statement.all(after, idList)) as Record<string, unknown>[];
    if (rows.length === 0) return;
    for (const row of rows) for (const col of JSON_COLUMNS) row[col] = JSON.parse(row[col] as string);
    after = rows[rows.length - 1]!.id as number;
    yield rows as unknown as ExportCandidate[];
    if (rows.length < CHUNK) return;
    await yieldToLoop();
  }
}
