import type { Candidate, CandidateFields, CandidatePatch } from '../../../../src-shared/domain/candidate.js';
import type { WriteDb } from '../../db/database.js';
import { getCandidate } from '../../db/repositories/candidates.js';
import { editCandidate } from '../candidates.js';
import { normalizeEmail, normalizePhone, normalizeUrl } from '../normalize.js';
import type { WriteContext } from '../write-meta.js';

const SCALARS = [
  'lastName',
  'headline',
  'currentTitle',
  'currentCompany',
  'seniority',
  'city',
  'region',
  'country',
  'remotePreference',
  'timezone',
  'preferredChannel',
  'availability',
  'noticePeriodDays',
  'workAuthorization',
  'desiredRole',
  'desiredSalaryMin',
  'desiredSalaryMax',
  'salaryCurrency',
  'careerGoals',
  'experience',
  'education',
] as const satisfies readonly (keyof CandidateFields)[];

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Appends the items of `incoming` whose key is not in `existing` yet; null when nothing is new. */
function union<T>(existing: readonly T[], incoming: readonly T[], key: (t: T) => string): T[] | null {
  const seen = new Set(existing.map(key));
  const add = incoming.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return add.length === 0 ? null : [...existing, ...add];
}

/** The patch that fills what `existing` lacks from `incoming` without overwriting anything it has. */
export function emptyFieldsPatch(existing: Candidate, incoming: CandidateFields, defaultRegion: string): CandidatePatch {
  const patch: Record<string, unknown> = {};
  for (const key of SCALARS) if (isEmpty(existing[key]) && !isEmpty(incoming[key])) patch[key] = incoming[key];
  const lower = (s: string) => s.toLowerCase();
  const lists = {
    emails: union(
      existing.emails.map((e) => ({ ...e, label: e.label ?? undefined })),
      incoming.emails.map((e) => ({ ...e, primary: existing.emails.length === 0 && e.primary })),
      (e) => normalizeEmail(e.address),
    ),
    phones: union(
      existing.phones,
      incoming.phones.map((p) => ({ ...p, primary: existing.phones.length === 0 && p.primary })),
      (p) => normalizePhone(p.number, defaultRegion),
    ),
    links: union(existing.links, incoming.links, (l) => normalizeUrl(l.url)),
    skills: union(existing.skills, incoming.skills, (s) => lower(s.name)),
    tags: union(existing.tags, incoming.tags, lower),
    industries: union(existing.industries, incoming.industries, lower),
    languages: union(existing.languages, incoming.languages, lower),
  };
  for (const [key, value] of Object.entries(lists)) if (value) patch[key] = value;
  return patch as CandidatePatch;
}

/**
 * "merge-empty-fields": the existing candidate keeps every value it has; empty fields are filled from the
 * incoming record and new e-mails, phones, links, skills and tags are added — through the candidate service,
 * so the version, audit log and search index are kept as for any edit. Returns the names of what changed.
 */
export function mergeEmptyFields(db: WriteDb, candidateId: number, incoming: CandidateFields, w: WriteContext, defaultRegion: string): string[] {
  const existing = getCandidate(db, candidateId);
  const patch = emptyFieldsPatch(existing, incoming, defaultRegion);
  const changed = Object.keys(patch);
  if (changed.length > 0) editCandidate(db, candidateId, existing.version, patch, w);
  return changed;
}
