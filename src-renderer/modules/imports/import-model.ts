import { csvFields, type CsvField, type CsvRowReport } from '../../../src-shared/domain/import.js';

export const FIELD_LABELS: Record<CsvField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  fullName: 'Full name',
  email: 'E-mail',
  phone: 'Phone',
  linkedin: 'LinkedIn URL',
  github: 'GitHub URL',
  website: 'Website',
  headline: 'Headline',
  currentTitle: 'Current title',
  currentCompany: 'Company',
  city: 'City',
  region: 'Region',
  country: 'Country',
  location: 'Location (City, Country)',
  source: 'Source',
  tags: 'Tags',
  skills: 'Skills',
  languages: 'Languages',
  industries: 'Industries',
  seniority: 'Seniority',
  remotePreference: 'Remote preference',
  timezone: 'Time zone',
  availability: 'Availability',
  noticePeriodDays: 'Notice period (days)',
  workAuthorization: 'Work authorisation',
  desiredRole: 'Desired role',
  desiredSalaryMin: 'Desired salary from',
  desiredSalaryMax: 'Desired salary to',
  salaryCurrency: 'Salary currency',
  careerGoals: 'Career goals',
};
export const FIELD_OPTIONS = csvFields.map((f) => ({ value: f, label: FIELD_LABELS[f] }));

/** Fields mapped from more than one column: the import would have to pick one, so the wizard says so first. */
export function duplicateMappings(mapping: (CsvField | null)[]): CsvField[] {
  const seen = new Set<CsvField>();
  const dup = new Set<CsvField>();
  for (const f of mapping) {
    if (!f) continue;
    if (seen.has(f)) dup.add(f);
    seen.add(f);
  }
  return [...dup];
}

/** Rows worth showing in a report: everything that did not simply land, and rows flagged as likely duplicates. */
export const problemRows = (rows: CsvRowReport[]) => rows.filter((r) => (r.status !== 'created' && r.status !== 'updated') || r.likelyDuplicateOf);

export const newJobId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `job-${Date.now()}-${Math.random().toString(36).slice(2)}`;

export const percent = (done: number, total: number) => (total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0);
