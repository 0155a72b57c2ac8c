import { candidateInput, channels, remotePreferences, seniorityLevels, type CandidateField, type CandidatePatch } from '../../../../src-shared/domain/candidate.js';

export type FieldKind = 'text' | 'number' | 'select' | 'list' | 'multiline';
export interface FieldDef {
  key: CandidateField;
  label: string;
  kind: FieldKind;
  options?: readonly { value: string; label: string }[];
}

const opts = (values: readonly string[]) => [{ value: '', label: '—' }, ...values.map((v) => ({ value: v, label: v[0]!.toUpperCase() + v.slice(1) }))];

export const DETAIL_FIELDS: FieldDef[] = [
  { key: 'firstName', label: 'First name', kind: 'text' },
  { key: 'lastName', label: 'Last name', kind: 'text' },
  { key: 'headline', label: 'Headline', kind: 'text' },
  { key: 'currentTitle', label: 'Current title', kind: 'text' },
  { key: 'currentCompany', label: 'Company', kind: 'text' },
  { key: 'seniority', label: 'Seniority', kind: 'select', options: opts(seniorityLevels) },
  { key: 'city', label: 'City', kind: 'text' },
  { key: 'region', label: 'Region', kind: 'text' },
  { key: 'country', label: 'Country', kind: 'text' },
  { key: 'timezone', label: 'Time zone', kind: 'text' },
  { key: 'remotePreference', label: 'Remote preference', kind: 'select', options: opts(remotePreferences) },
  { key: 'preferredChannel', label: 'Preferred channel', kind: 'select', options: opts(channels) },
  { key: 'source', label: 'Source', kind: 'text' },
  { key: 'availability', label: 'Availability', kind: 'text' },
  { key: 'noticePeriodDays', label: 'Notice period (days)', kind: 'number' },
  { key: 'workAuthorization', label: 'Work authorisation', kind: 'text' },
  { key: 'desiredRole', label: 'Desired role', kind: 'text' },
  { key: 'desiredSalaryMin', label: 'Desired salary from', kind: 'number' },
  { key: 'desiredSalaryMax', label: 'Desired salary to', kind: 'number' },
  { key: 'salaryCurrency', label: 'Salary currency', kind: 'text' },
  { key: 'languages', label: 'Languages', kind: 'list' },
  { key: 'industries', label: 'Industries', kind: 'list' },
  { key: 'careerGoals', label: 'Career goals', kind: 'multiline' },
];

/** Text as typed → the value the contract expects for that field. */
export function parseFieldValue(def: FieldDef, text: string): { value: unknown } | { error: string } {
  switch (def.kind) {
    case 'number': {
      if (!text.trim()) return { value: null };
      const n = Number(text.replace(/[\s,]/g, ''));
      return Number.isFinite(n) ? { value: n } : { error: 'Enter a number' };
    }
    case 'select':
      return { value: text === '' ? null : text };
    case 'list':
      return { value: text.split(/[,;]/).map((s) => s.trim()).filter(Boolean) };
    default:
      return { value: text };
  }
}

/** Checks a value against the same schema the core uses, so most mistakes are named before the round trip. */
export function validateField(def: FieldDef, text: string): string | null {
  const parsed = parseFieldValue(def, text);
  if ('error' in parsed) return parsed.error;
  const schema = candidateInput.shape[def.key];
  const r = schema.safeParse(parsed.value);
  if (r.success) return null;
  const issue = r.error.issues[0];
  if (!issue) return 'Not a valid value';
  if (def.key === 'country') return 'Use a 2-letter country code, e.g. NO';
  if (def.key === 'salaryCurrency') return 'Use a 3-letter currency code, e.g. EUR';
  return issue.message.startsWith('Too big') ? `Too long for ${def.label.toLowerCase()}` : issue.message;
}

export function fieldText(def: FieldDef, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export const patchFor = (def: FieldDef, text: string): CandidatePatch | null => {
  const parsed = parseFieldValue(def, text);
  return 'error' in parsed ? null : ({ [def.key]: parsed.value } as CandidatePatch);
};
