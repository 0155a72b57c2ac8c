import type { TextFile } from '../../../../src-shared/domain/exchange.js';
import type { ReadDb } from '../../db/database.js';
import { csvLine } from '../import/csv.js';
import { exportCandidates, type ExportCandidate } from './candidate-rows.js';

/**
 * Candidates as a spreadsheet: one row per candidate, lists joined with "; ". The headers are ones the generic
 * import preset recognises, so an exported file imports back. UTF-8 with a BOM and CRLF (what Excel expects);
 * cells starting with = + - @ get a leading apostrophe so a spreadsheet does not run them as formulas.
 */
const COLUMNS: [string, (c: ExportCandidate) => string | number | null][] = [
  ['First Name', (c) => c.first_name],
  ['Last Name', (c) => c.last_name],
  ['Email', (c) => c.emails[0]?.address ?? ''],
  ['Email 2', (c) => c.emails.slice(1).map((e) => e.address).join('; ')],
  ['Phone', (c) => c.phones[0]?.number ?? ''],
  ['Phone 2', (c) => c.phones.slice(1).map((p) => p.number).join('; ')],
  ['LinkedIn', (c) => c.links.filter((l) => l.kind === 'linkedin').map((l) => l.url).join('; ')],
  ['GitHub', (c) => c.links.filter((l) => l.kind === 'github').map((l) => l.url).join('; ')],
  ['Website', (c) => c.links.filter((l) => l.kind !== 'linkedin' && l.kind !== 'github').map((l) => l.url).join('; ')],
  ['Headline', (c) => c.headline],
  ['Title', (c) => c.current_title],
  ['Company', (c) => c.current_company],
  ['City', (c) => c.city],
  ['Region', (c) => c.region],
  ['Country', (c) => c.country],
  ['Source', (c) => c.source],
  ['Tags', (c) => c.tags.join('; ')],
  ['Skills', (c) => c.skills.map((s) => s.name).join('; ')],
  ['Languages', (c) => c.languages.join('; ')],
  ['Industries', (c) => c.industries.join('; ')],
  ['Seniority', (c) => c.seniority ?? ''],
  ['Remote Preference', (c) => c.remote_preference ?? ''],
  ['Timezone', (c) => c.timezone],
  ['Availability', (c) => c.availability],
  ['Notice Period Days', (c) => c.notice_period_days],
  ['Work Authorization', (c) => c.work_authorization],
  ['Desired Role', (c) => c.desired_role],
  ['Desired Salary Min', (c) => c.desired_salary_min],
  ['Desired Salary Max', (c) => c.desired_salary_max],
  ['Salary Currency', (c) => c.salary_currency],
  ['Career Goals', (c) => c.career_goals],
  ['Created At', (c) => c.created_at],
  ['Updated At', (c) => c.updated_at],
  ['Rapport ID', (c) => c.id],
];

export const CANDIDATE_CSV_HEADERS = COLUMNS.map(([h]) => h);

export async function exportCandidatesCsv(db: ReadDb, ids: readonly number[] | undefined, date: string): Promise<TextFile> {
  const lines = [csvLine(CANDIDATE_CSV_HEADERS)];
  let count = 0;
  for await (const chunk of exportCandidates(db, ids)) {
    for (const c of chunk) lines.push(csvLine(COLUMNS.map(([, get]) => get(c))));
    count += chunk.length;
  }
  return { filename: `rapport-candidates-${date}.csv`, mime: 'text/csv', content: `\ufeff${lines.join('\r\n')}\r\n`, count };
}
