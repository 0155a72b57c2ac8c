import { z } from 'zod';

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
  address: z.email('Not a valid e-mail address').max(320),
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
  url: z.url().max(2000),
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
