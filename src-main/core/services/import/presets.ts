import type { CsvField, CsvMapping, CsvPresetName } from '../../../../src-shared/domain/import.js';
import { foldKey } from './countries.js';

export interface CsvPreset {
  name: CsvPresetName;
  label: string;
  /** Candidate source for rows without a source column. */
  source: string;
  /** Headers that identify the format (all must be present). */
  signature: readonly string[];
  /** Folded header → field; null: known column that is deliberately not imported. */
  columns: Record<string, CsvField | null>;
}

const headerKey = (header: string): string => foldKey(header).replace(/ /g, '');

/**
 * LinkedIn's "Connections.csv" (Settings → Data privacy → Get a copy of your data). It starts with a few
 * "Notes:" lines before the header; e-mail is often empty because members can hide it.
 */
const linkedin: CsvPreset = {
  name: 'linkedin-connections',
  label: 'LinkedIn Connections.csv',
  source: 'LinkedIn',
  signature: ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'].map(headerKey),
  columns: {
    firstname: 'firstName',
    lastname: 'lastName',
    url: 'linkedin',
    emailaddress: 'email',
    company: 'currentCompany',
    position: 'currentTitle',
    connectedon: null,
  },
};

const synonyms: Record<CsvField, string[]> = {
  firstName: ['first name', 'firstname', 'given name', 'forename', 'first', 'fname', 'prenom', 'vorname', 'fornavn'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'last', 'lname', 'nom', 'nachname', 'etternavn'],
  fullName: ['name', 'full name', 'candidate name', 'candidate', 'display name', 'contact name', 'person'],
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'mail', 'primary email', 'work email', 'personal email', 'email 1', 'email 2', 'email 3', 'secondary email', 'other email'],
  phone: ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'mobile number', 'cell', 'cell phone', 'work phone', 'home phone', 'phone 1', 'phone 2', 'phone 3', 'other phone', 'telefon'],
  linkedin: ['linkedin', 'linkedin url', 'linkedin profile', 'linkedin profile url', 'profile url'],
  github: ['github', 'github url', 'github profile'],
  website: ['website', 'web', 'homepage', 'url', 'portfolio', 'personal website', 'web site', 'blog'],
  headline: ['headline', 'professional headline', 'tagline'],
  currentTitle: ['title', 'job title', 'position', 'role', 'current title', 'current position', 'current role', 'occupation'],
  currentCompany: ['company', 'employer', 'organization', 'organisation', 'current company', 'current employer', 'company name'],
  city: ['city', 'town', 'locality'],
  region: ['region', 'state', 'province', 'county', 'state province'],
  country: ['country', 'country code', 'nation'],
  location: ['location', 'address', 'based in'],
  source: ['source', 'lead source', 'candidate source'],
  tags: ['tags', 'tag', 'labels', 'label', 'categories'],
  skills: ['skills', 'skill', 'key skills', 'competencies', 'expertise'],
  languages: ['languages', 'language', 'spoken languages'],
  industries: ['industries', 'industry', 'sector', 'sectors'],
  seniority: ['seniority', 'level', 'seniority level'],
  remotePreference: ['remote preference', 'remote', 'work mode', 'workplace'],
  timezone: ['timezone', 'time zone', 'tz'],
  availability: ['availability', 'available', 'available from'],
  noticePeriodDays: ['notice period days', 'notice period', 'notice', 'notice days'],
  workAuthorization: ['work authorization', 'work authorisation', 'work permit', 'visa status', 'right to work'],
  desiredRole: ['desired role', 'target role', 'desired position'],
  desiredSalaryMin: ['desired salary min', 'desired salary', 'salary expectation', 'expected salary', 'salary min', 'minimum salary'],
  desiredSalaryMax: ['desired salary max', 'salary max', 'maximum salary'],
  salaryCurrency: ['salary currency', 'currency'],
  careerGoals: ['career goals', 'goals', 'career goal'],
};

const generic: CsvPreset = {
  name: 'generic',
  label: 'Generic CSV',
  source: 'CSV import',
  signature: [],
  columns: Object.fromEntries(
    (Object.entries(synonyms) as [CsvField, string[]][]).flatMap(([field, names]) => names.map((n) => [headerKey(n), field])),
  ),
};
// Columns that Rapport's own export writes but that are not candidate input.
for (const ignored of ['rapport id', 'id', 'created at', 'updated at', 'connected on']) generic.columns[headerKey(ignored)] = null;

export const presets: Record<CsvPresetName, CsvPreset> = { 'linkedin-connections': linkedin, generic };

export const matchesSignature = (preset: CsvPreset, headers: readonly string[]): boolean => {
  if (preset.signature.length === 0) return false;
  const keys = new Set(headers.map(headerKey));
  return preset.signature.every((s) => keys.has(s));
};

/** The preset whose signature the headers carry; otherwise generic. */
export const detectPreset = (headers: readonly string[]): CsvPreset => (matchesSignature(linkedin, headers) ? linkedin : generic);

/** Maps each header to a field by the preset, falling back to generic synonyms; unknown headers stay null. */
export function mappingFor(preset: CsvPreset, headers: readonly string[]): { mapping: CsvMapping; unmapped: string[] } {
  const unmapped: string[] = [];
  const mapping = headers.map((h) => {
    const key = headerKey(h);
    if (key in preset.columns) return preset.columns[key] ?? null;
    if (key in generic.columns) return generic.columns[key] ?? null;
    if (h.trim() !== '') unmapped.push(h);
    return null;
  });
  return { mapping, unmapped };
}
