import { csvFields, type CsvField } from '../../../src-shared/domain/import.js';
import type { JobProgress } from './progress-store.js';

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

export { problemRows, rowStatusLabel } from '../../../src-shared/domain/import.js';

/** The report table stays responsive with this many rows; the rest are counted, and the error file has every invalid one. */
export const REPORT_ROW_LIMIT = 500;

export const newJobId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `job-${Date.now()}-${Math.random().toString(36).slice(2)}`;

export const percent = (done: number, total: number) => (total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0);

const number = new Intl.NumberFormat();

/**
 * The CSV import's phases as the user sees them, in order. The core's 'writing' and 'saving' interleave in skip
 * mode (a commit every few thousand rows), so they are one step.
 */
export const CSV_IMPORT_STEPS = ['Reading the file…', 'Checking rows', 'Looking for duplicates', 'Saving candidates', 'Updating the search index'] as const;
/** Past the last step: committing, checkpointing, building the result. */
export const CSV_FINISHING = CSV_IMPORT_STEPS.length;
const CSV_PHASE_STEP: Record<string, number> = { reading: 0, checking: 1, 'checking duplicates': 2, writing: 3, saving: 3, indexing: 4, done: CSV_FINISHING };

/**
 * Folds a `job:progress` event of a CSV import into what the wizard shows, never going backwards: the step only
 * moves forward (an earlier phase reported late, like all-or-nothing's 'saving' after 'indexing', means the
 * import is finishing), and within a step the count does not shrink.
 */
export function advanceCsvProgress(prev: JobProgress | undefined, e: { phase: string; done: number; total: number }): JobProgress {
  const known = CSV_PHASE_STEP[e.phase];
  const before = prev?.step ?? 0;
  if (known === undefined) return prev ?? { phase: e.phase, done: 0, total: 0, step: 0 };
  if (known < before) return { phase: e.phase, done: 0, total: 0, step: CSV_FINISHING };
  const sameStep = prev !== undefined && known === before;
  return { phase: e.phase, done: sameStep ? Math.max(prev.done, e.done) : e.done, total: e.total, step: known };
}

export interface ProgressView {
  /** "Step 3 of 5" */
  stepText: string;
  label: string;
  /** "1,074 of 20,006 rows", "9,157 rows read", or '' */
  detail: string;
  /** 0–100, or null when the amount of work is unknown (indeterminate bar). */
  value: number | null;
  /** For assistive technology: the whole sentence. */
  valueText: string;
}

/** What the progress area says for a CSV import; `undefined` before the first event. */
export function csvProgressView(p: JobProgress | undefined): ProgressView {
  const steps = CSV_IMPORT_STEPS.length;
  if (!p) return { stepText: `Step 1 of ${steps}`, label: 'Starting…', detail: '', value: null, valueText: 'Starting the import' };
  const finishing = p.step >= CSV_FINISHING;
  const stepText = `Step ${Math.min(p.step + 1, steps)} of ${steps}`;
  const label = finishing ? 'Finishing…' : CSV_IMPORT_STEPS[p.step]!;
  // The index reports candidates to index, not rows of the file.
  const unit = p.step === 4 ? 'candidates' : 'rows';
  const known = !finishing && p.total > 0;
  const detail = known ? `${number.format(Math.min(p.done, p.total))} of ${number.format(p.total)} ${unit}` : !finishing && p.done > 0 ? `${number.format(p.done)} ${unit} ${p.step === 0 ? 'read' : 'so far'}` : '';
  const value = known ? percent(p.done, p.total) : null;
  return { stepText, label, detail, value, valueText: [`${stepText}: ${label.replace(/…$/, '')}`, detail].filter(Boolean).join(', ') };
}

/** The resume import's progress line: "Reading 12 files…", then "Imported 3 of 12 files". */
export function resumeProgressText(p: Pick<JobProgress, 'phase' | 'done' | 'total'>): string {
  const files = (n: number) => `${number.format(n)} ${n === 1 ? 'file' : 'files'}`;
  return p.phase === 'importing' ? `Imported ${number.format(p.done)} of ${files(p.total)}` : `Reading ${files(p.total)}…`;
}
