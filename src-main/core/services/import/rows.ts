import { z } from 'zod';
import {
  candidateInput,
  remotePreferences,
  seniorityLevels,
  type CandidateFields,
  type CandidateInput,
} from '../../../../src-shared/domain/candidate.js';
import type { CsvField, CsvMapping } from '../../../../src-shared/domain/import.js';
import { canonicalSkills } from '../resumes/skills.js';
import { countryCode } from './countries.js';
import { unguardCell } from './csv.js';
import { linkKind, parseLocation, toUrl } from './values.js';

export interface RowContext {
  headers: readonly string[];
  mapping: CsvMapping;
  source: string;
  tags: readonly string[];
}

export type MappedRow =
  | { kind: 'empty' }
  | { kind: 'invalid'; messages: string[] }
  | { kind: 'valid'; fields: CandidateFields; messages: string[] };

const emailCheck = z.email();
const splitList = (cell: string): string[] =>
  cell
    .split(/[;|,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
const splitContacts = (cell: string): string[] =>
  cell
    .split(/[;,\n]|\s\/\s/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Which input field each candidateInput key came from, so a validation issue can name its column. */
type Origin = Map<string, string>;

function parseAmount(raw: string): number | null {
  const compact = raw.replace(/[\s'’_]/g, '').replace(/^[^\d-]+/, '').replace(/[^\dkKmM.,]+$/, '');
  const m = /^(\d+(?:[.,]\d{3})*|\d+(?:[.,]\d+)?)([kKmM]?)$/.exec(compact);
  if (!m) return null;
  const digits = m[1]!;
  const thousands = /^\d{1,3}([.,]\d{3})+$/.test(digits);
  const base = thousands ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(',', '.'));
  const factor = m[2] === 'k' || m[2] === 'K' ? 1000 : m[2] === 'm' || m[2] === 'M' ? 1_000_000 : 1;
  const value = Math.round(base * factor);
  return Number.isFinite(value) ? value : null;
}

/** A "Doe, Jane" or "Jane van Doe" cell → first and last name. */
export function splitFullName(full: string): { first: string; last: string } {
  const s = full.trim().replace(/\s+/g, ' ');
  const comma = s.indexOf(',');
  if (comma > 0) return { first: s.slice(comma + 1).trim(), last: s.slice(0, comma).trim() };
  const space = s.indexOf(' ');
  return space === -1 ? { first: s, last: '' } : { first: s.slice(0, space), last: s.slice(space + 1) };
}

/**
 * One CSV record → validated candidate fields, or messages that each name the column at fault. Pure: no
 * database access, so all-or-nothing mode can check every row before writing anything.
 */
export function mapRow(cells: readonly string[], ctx: RowContext): MappedRow {
  const messages: string[] = [];
  const errors: string[] = [];
  const origin: Origin = new Map();
  const col = (i: number): string => `Column "${ctx.headers[i] ?? `#${i + 1}`}"`;
  const input: CandidateInput & Required<Pick<CandidateInput, 'emails' | 'phones' | 'links' | 'skills' | 'tags' | 'languages' | 'industries'>> = {
    firstName: '',
    emails: [],
    phones: [],
    links: [],
    skills: [],
    tags: [...ctx.tags],
    languages: [],
    industries: [],
    source: ctx.source,
  };
  let fullName: { first: string; last: string } | null = null;
  let fullNameColumn = -1;
  let any = false;
  const setText = (key: keyof CandidateInput, value: string, i: number) => {
    if ((input as Record<string, unknown>)[key] === undefined || (input as Record<string, unknown>)[key] === '' || key === 'source') {
      (input as Record<string, unknown>)[key] = value;
      origin.set(key, col(i));
    }
  };

  ctx.mapping.forEach((field: CsvField | null, i) => {
    if (field === null) return;
    const raw = cells[i];
    if (raw === undefined) return;
    const value = unguardCell(raw.trim());
    if (value === '') return;
    any = true;
    switch (field) {
      case 'firstName':
      case 'lastName':
      case 'headline':
      case 'currentTitle':
      case 'currentCompany':
      case 'city':
      case 'region':
      case 'timezone':
      case 'availability':
      case 'workAuthorization':
      case 'desiredRole':
      case 'careerGoals':
      case 'source':
        setText(field, value, i);
        break;
      case 'fullName':
        fullName ??= splitFullName(value);
        fullNameColumn = i;
        break;
      case 'email':
        for (const address of splitContacts(value)) {
          const clean = address.replace(/^mailto:/i, '');
          if (!emailCheck.safeParse(clean).success) errors.push(`${col(i)}: "${address}" is not a valid e-mail address`);
          else if (!input.emails.some((e) => e.address.toLowerCase() === clean.toLowerCase())) input.emails.push({ address: clean });
        }
        origin.set('emails', col(i));
        break;
      case 'phone':
        for (const number of splitContacts(value)) {
          const digits = number.replace(/\D/g, '');
          if (digits.length < 5 || digits.length > 17 || /[a-wyz]/i.test(number.replace(/ext\.?|x/gi, ''))) {
            errors.push(`${col(i)}: "${number}" is not a phone number`);
          } else input.phones.push({ number });
        }
        origin.set('phones', col(i));
        break;
      case 'linkedin':
      case 'github':
      case 'website': {
        const url = toUrl(value);
        if (!url) {
          errors.push(`${col(i)}: "${value}" is not a web address`);
          break;
        }
        const kind = linkKind(url);
        if (field === 'linkedin' && kind !== 'linkedin') messages.push(`${col(i)}: "${value}" is not a LinkedIn profile; kept as a website`);
        input.links.push({ kind: field === 'website' ? (kind === 'linkedin' || kind === 'github' ? kind : 'website') : kind, url });
        origin.set('links', col(i));
        break;
      }
      case 'country': {
        const code = countryCode(value);
        if (!code) errors.push(`${col(i)}: "${value}" is not a country we know; use a name or a 2-letter ISO code`);
        else {
          input.country = code;
          origin.set('country', col(i));
        }
        break;
      }
      case 'location': {
        const loc = parseLocation(value);
        if (!input.city && loc.city) input.city = loc.city;
        if (!input.region && loc.region) input.region = loc.region;
        if (!input.country && loc.country) input.country = loc.country;
        origin.set('city', col(i));
        break;
      }
      case 'tags':
        input.tags.push(...splitList(value));
        origin.set('tags', col(i));
        break;
      case 'skills':
        input.skills.push(...splitList(value).map((name) => ({ name })));
        origin.set('skills', col(i));
        break;
      case 'languages':
        input.languages.push(...splitList(value));
        origin.set('languages', col(i));
        break;
      case 'industries':
        input.industries.push(...splitList(value));
        origin.set('industries', col(i));
        break;
      case 'seniority': {
        const v = value.toLowerCase();
        if ((seniorityLevels as readonly string[]).includes(v)) input.seniority = v as CandidateFields['seniority'];
        else errors.push(`${col(i)}: "${value}" is not a seniority level (${seniorityLevels.join(', ')})`);
        break;
      }
      case 'remotePreference': {
        const v = value.toLowerCase().replace('on-site', 'onsite').replace('on site', 'onsite');
        if ((remotePreferences as readonly string[]).includes(v)) input.remotePreference = v as CandidateFields['remotePreference'];
        else errors.push(`${col(i)}: "${value}" is not a remote preference (${remotePreferences.join(', ')})`);
        break;
      }
      case 'noticePeriodDays':
      case 'desiredSalaryMin':
      case 'desiredSalaryMax': {
        const n = parseAmount(value);
        if (n === null || n < 0) errors.push(`${col(i)}: "${value}" is not a whole number`);
        else {
          input[field] = n;
          origin.set(field, col(i));
        }
        break;
      }
      case 'salaryCurrency':
        if (!/^[A-Za-z]{3}$/.test(value)) errors.push(`${col(i)}: "${value}" is not a 3-letter currency code`);
        else input.salaryCurrency = value.toUpperCase();
        break;
    }
  });

  if (!any) return { kind: 'empty' };
  const fn = fullName as { first: string; last: string } | null;
  if (fn && !input.firstName) {
    input.firstName = fn.first;
    origin.set('firstName', col(fullNameColumn));
    if (!input.lastName) input.lastName = fn.last;
  }
  if (!input.firstName) {
    const nameColumns = ctx.mapping.flatMap((f, i) => (f === 'firstName' || f === 'fullName' ? [ctx.headers[i] ?? `#${i + 1}`] : []));
    errors.push(
      nameColumns.length > 0
        ? `Column "${nameColumns[0]}": a first name is required and the cell is empty`
        : 'No column is mapped to a first name or full name',
    );
  }
  input.skills = canonicalSkills(input.skills.map((s) => s.name)).map((name) => ({ name }));
  input.tags = dedupe(input.tags);
  input.languages = dedupe(input.languages);
  input.industries = dedupe(input.industries);
  if (errors.length > 0) return { kind: 'invalid', messages: [...errors, ...messages] };

  const parsed = candidateInput.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const where = origin.get(key) ?? `Field "${key}"`;
      return `${where}: ${issue.message}`;
    });
    return { kind: 'invalid', messages: [...issues, ...messages] };
  }
  return { kind: 'valid', fields: parsed.data, messages };
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = v.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

