import { z } from 'zod';
import { patchSchema } from './patch.js';

export const seniorityLevels = ['intern', 'junior', 'mid', 'senior', 'lead', 'principal', 'director', 'executive'] as const;
export const seniority = z.enum(seniorityLevels);
export type Seniority = z.infer<typeof seniority>;

export const remotePreferences = ['onsite', 'hybrid', 'remote', 'flexible'] as const;
export const remotePreference = z.enum(remotePreferences);

export const channels = ['email', 'phone', 'sms', 'whatsapp', 'linkedin', 'video', 'meeting', 'event', 'note'] as const;
export const channel = z.enum(channels);
export type Channel = z.infer<typeof channel>;

const trimmed = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.datetime({ offset: true });

export const emailInput = z.object({
  // Trimmed first: addresses pasted with spaces are common and still the same address.
  address: z.string().trim().max(320).pipe(z.email('Not a valid e-mail address')),
  primary: z.boolean().default(false),
  label: trimmed(40).optional(),
});

export const phoneInput = z.object({
  number: trimmed(40).min(3, 'Phone number too short'),
  primary: z.boolean().default(false),
  label: trimmed(40).optional(),
});

export const skillInput = z.object({
  name: trimmed(80).min(1),
  /** 1 (aware) … 5 (expert) */
  level: z.number().int().min(1).max(5).nullable().default(null),
  years: z.number().min(0).max(60).nullable().default(null),
});

export const experienceEntry = z.object({
  title: trimmed(200),
  company: trimmed(200),
  start: trimmed(10).optional(),
  end: trimmed(10).optional(),
  summary: trimmed(4000).optional(),
});

export const educationEntry = z.object({
  institution: trimmed(200),
  degree: trimmed(200).optional(),
  field: trimmed(200).optional(),
  end: trimmed(10).optional(),
});

export const linkInput = z.object({
  kind: z.enum(['linkedin', 'github', 'portfolio', 'website', 'other']),
  // Web pages only (shown as links): javascript:, data: or file: addresses are refused.
  url: z.url({ protocol: /^https?$/, error: 'Enter a web address starting with http:// or https://' }).max(2000),
});

export const consentInput = z.object({
  purpose: z.enum(['recruitment', 'marketing', 'talent-pool', 'data-sharing']),
  givenAt: isoDate,
  source: trimmed(200),
  expiresAt: isoDate.nullable().default(null),
  withdrawnAt: isoDate.nullable().default(null),
});

export const candidateInput = z.object({
  firstName: trimmed(100).min(1, 'First name is required'),
  lastName: trimmed(100).default(''),
  headline: trimmed(300).default(''),
  currentTitle: trimmed(200).default(''),
  currentCompany: trimmed(200).default(''),
  seniority: seniority.nullable().default(null),
  city: trimmed(120).default(''),
  region: trimmed(120).default(''),
  country: trimmed(2).toUpperCase().default(''),
  remotePreference: remotePreference.nullable().default(null),
  timezone: trimmed(64).default(''),
  source: trimmed(80).default(''),
  ownerId: z.number().int().positive().nullable().default(null),
  preferredChannel: channel.nullable().default(null),
  availability: trimmed(200).default(''),
  noticePeriodDays: z.number().int().min(0).max(730).nullable().default(null),
  workAuthorization: trimmed(200).default(''),
  desiredRole: trimmed(200).default(''),
  desiredSalaryMin: z.number().int().min(0).nullable().default(null),
  desiredSalaryMax: z.number().int().min(0).nullable().default(null),
  salaryCurrency: trimmed(3).toUpperCase().default(''),
  careerGoals: trimmed(4000).default(''),
  industries: z.array(trimmed(80).min(1)).max(50).default([]),
  languages: z.array(trimmed(60).min(1)).max(30).default([]),
  tags: z.array(trimmed(60).min(1)).max(100).default([]),
  emails: z.array(emailInput).max(20).default([]),
  phones: z.array(phoneInput).max(20).default([]),
  skills: z.array(skillInput).max(200).default([]),
  experience: z.array(experienceEntry).max(100).default([]),
  education: z.array(educationEntry).max(50).default([]),
  links: z.array(linkInput).max(20).default([]),
  consents: z.array(consentInput).max(20).default([]),
});
export type CandidateInput = z.input<typeof candidateInput>;
export type CandidateFields = z.output<typeof candidateInput>;

export const candidate = candidateInput.extend({
  id: z.number().int(),
  displayName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Candidate = z.infer<typeof candidate>;

export const candidateSummary = z.object({
  id: z.number().int(),
  displayName: z.string(),
  currentTitle: z.string(),
  currentCompany: z.string(),
  city: z.string(),
  country: z.string(),
  primaryEmail: z.string().nullable(),
  updatedAt: z.string(),
});
export type CandidateSummary = z.infer<typeof candidateSummary>;

/** Every field of a candidate a user edits directly (contact points, skills, tags and consents included). */
export type CandidateField = keyof CandidateFields;

/** A partial update: arrays (emails, skills, tags, …) replace the stored list as a whole. */
export const candidatePatch = patchSchema(candidateInput.shape);
export type CandidatePatch = z.output<typeof candidatePatch>;

export const candidateSortKeys = ['name', 'updated', 'created'] as const;
export const candidateSort = z.enum(candidateSortKeys);

/** Filters applied in SQL by the list channel; all optional, combined with AND. */
export const candidateFilters = z
  .object({
    ownerId: z.number().int().positive(),
    source: trimmed(80).min(1),
    tag: trimmed(60).min(1),
    country: trimmed(2).min(2).toUpperCase(),
    city: trimmed(120).min(1),
    seniority,
    skill: trimmed(80).min(1),
  })
  .partial()
  .strict();
export type CandidateFilters = z.output<typeof candidateFilters>;

/** Scalar and list fields a merge takes from one record or the other; contact points, skills, tags and consents are unioned. */
export const mergePickFields = [
  'firstName',
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
  'source',
  'ownerId',
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
] as const satisfies readonly CandidateField[];
export type MergePickField = (typeof mergePickFields)[number];
const mergeSide = z.enum(['target', 'source']).optional();
/** Field → which record's value to keep; strict, so a misspelt field is an error rather than silently ignored. */
export const mergePicks = z
  .object(Object.fromEntries(mergePickFields.map((f) => [f, mergeSide])) as Record<MergePickField, typeof mergeSide>)
  .strict();
export type MergePicks = z.output<typeof mergePicks>;

/** How long a merge can be undone; after that its snapshot is purged. */
export const UNMERGE_WINDOW_DAYS = 30;

export const duplicateReasonKinds = ['email', 'phone', 'linkedin', 'github', 'name+company', 'name+city'] as const;
export const duplicateReason = z.object({ kind: z.enum(duplicateReasonKinds), value: z.string() });
export type DuplicateReason = z.infer<typeof duplicateReason>;

export const duplicateMatch = z.object({
  candidateId: z.number().int(),
  displayName: z.string(),
  currentTitle: z.string(),
  currentCompany: z.string(),
  city: z.string(),
  country: z.string(),
  primaryEmail: z.string().nullable(),
  reasons: z.array(duplicateReason),
  /** 1 for exact matches; name similarity (0.85–1) for likely ones. */
  score: z.number(),
});
export type DuplicateMatch = z.infer<typeof duplicateMatch>;
export const duplicateResult = z.object({ exact: z.array(duplicateMatch), likely: z.array(duplicateMatch) });
export type DuplicateResult = z.infer<typeof duplicateResult>;

/** What a duplicate check looks at: the identity fields of a candidate (as typed, before normalisation). */
export const duplicateProbe = z
  .object({
    firstName: trimmed(100).default(''),
    lastName: trimmed(100).default(''),
    currentCompany: trimmed(200).default(''),
    city: trimmed(120).default(''),
    emails: z.array(z.object({ address: trimmed(320) })).max(20).default([]),
    phones: z.array(z.object({ number: trimmed(40) })).max(20).default([]),
    links: z.array(z.object({ kind: linkInput.shape.kind, url: trimmed(2000) })).max(20).default([]),
  })
  .strip();
export type DuplicateProbe = z.output<typeof duplicateProbe>;

export const mergeRecord = z.object({
  id: z.number().int(),
  targetId: z.number().int(),
  sourceId: z.number().int(),
  sourceName: z.string(),
  targetName: z.string(),
  mergedAt: z.string(),
  expiresAt: z.string(),
  unmergedAt: z.string().nullable(),
  canUnmerge: z.boolean(),
  /** Why it cannot be undone (already undone, a record deleted since, the window over); null when it can. */
  cannotUnmergeReason: z.string().nullable(),
});
export type MergeRecord = z.infer<typeof mergeRecord>;
