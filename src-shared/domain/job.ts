import { z } from 'zod';
import { remotePreference } from './candidate.js';

const trimmed = (max: number) => z.string().trim().max(max);

export const stageTypes = ['sourced', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export const stageType = z.enum(stageTypes);
export type StageType = z.infer<typeof stageType>;
/** Stages an application leaves the active pipeline through; each needs a reason or an outcome. */
export const closingStageTypes = ['hired', 'rejected', 'withdrawn'] as const satisfies readonly StageType[];

export const jobStatuses = ['draft', 'open', 'on_hold', 'filled', 'closed'] as const;
export const jobStatus = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof jobStatus>;

export const stageInput = z.object({ name: trimmed(80).min(1, 'Stage name is required'), type: stageType });
export type StageInput = z.infer<typeof stageInput>;

/** Every new job starts from this pipeline unless the request brings its own. */
export const defaultPipeline: readonly StageInput[] = [
  { name: 'Sourced', type: 'sourced' },
  { name: 'Screening', type: 'screening' },
  { name: 'First interview', type: 'interview' },
  { name: 'Final interview', type: 'interview' },
  { name: 'Offer', type: 'offer' },
  { name: 'Hired', type: 'hired' },
  { name: 'Rejected', type: 'rejected' },
  { name: 'Withdrawn', type: 'withdrawn' },
];

/** Reject, withdraw and hire move an application to a stage of that type, so a pipeline keeps one of each. */
export function pipelineProblem(stages: readonly { type: StageType }[]): string | null {
  for (const type of closingStageTypes) {
    if (!stages.some((s) => s.type === type)) return `A pipeline needs a "${type}" stage`;
  }
  if (!stages.some((s) => !(closingStageTypes as readonly string[]).includes(s.type))) {
    return 'A pipeline needs at least one active stage (sourced, screening, interview or offer)';
  }
  return null;
}

const salaryRange = <T extends { salaryMin?: number | null | undefined; salaryMax?: number | null | undefined }>(j: T) =>
  j.salaryMin === null || j.salaryMin === undefined || j.salaryMax === null || j.salaryMax === undefined || j.salaryMin <= j.salaryMax;

const jobFieldsShape = {
  contactId: z.number().int().positive().nullable().default(null),
  title: trimmed(200).min(1, 'Job title is required'),
  description: trimmed(50_000).default(''),
  requirements: trimmed(20_000).default(''),
  city: trimmed(120).default(''),
  country: trimmed(2).toUpperCase().default(''),
  remote: remotePreference.nullable().default(null),
  salaryMin: z.number().int().min(0).nullable().default(null),
  salaryMax: z.number().int().min(0).nullable().default(null),
  salaryCurrency: trimmed(3).toUpperCase().default(''),
  openings: z.number().int().min(1).max(1000).default(1),
  status: jobStatus.default('open'),
  feePercent: z.number().min(0).max(100).nullable().default(null),
  ownerId: z.number().int().positive().nullable().default(null),
};

export const jobInput = z
  .object({
    clientId: z.number().int().positive(),
    ...jobFieldsShape,
    stages: z
      .array(stageInput)
      .min(1)
      .max(30)
      .optional()
      .refine((s) => s === undefined || pipelineProblem(s) === null, { message: 'The pipeline misses a required stage type' }),
  })
  .refine(salaryRange, { message: 'salaryMin must not exceed salaryMax', path: ['salaryMin'] });
export type JobFields = z.output<typeof jobInput>;

/** Partial update of a job's own fields (the client is fixed; stages have their own channels). */
export const jobPatch = z
  .object({
    contactId: jobFieldsShape.contactId.removeDefault().optional(),
    title: jobFieldsShape.title.optional(),
    description: jobFieldsShape.description.removeDefault().optional(),
    requirements: jobFieldsShape.requirements.removeDefault().optional(),
    city: jobFieldsShape.city.removeDefault().optional(),
    country: jobFieldsShape.country.removeDefault().optional(),
    remote: jobFieldsShape.remote.removeDefault().optional(),
    salaryMin: jobFieldsShape.salaryMin.removeDefault().optional(),
    salaryMax: jobFieldsShape.salaryMax.removeDefault().optional(),
    salaryCurrency: jobFieldsShape.salaryCurrency.removeDefault().optional(),
    openings: jobFieldsShape.openings.removeDefault().optional(),
    status: jobStatus.optional(),
    feePercent: jobFieldsShape.feePercent.removeDefault().optional(),
    ownerId: jobFieldsShape.ownerId.removeDefault().optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'The patch changes nothing: send at least one field')
  .refine(salaryRange, { message: 'salaryMin must not exceed salaryMax', path: ['salaryMin'] });
export type JobPatch = z.output<typeof jobPatch>;

export const jobStage = z.object({
  id: z.number().int(),
  name: z.string(),
  type: stageType,
  position: z.number().int(),
  applicationCount: z.number().int(),
});
export type JobStage = z.infer<typeof jobStage>;

export const job = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  contactId: z.number().int().nullable(),
  title: z.string(),
  description: z.string(),
  requirements: z.string(),
  city: z.string(),
  country: z.string(),
  remote: remotePreference.nullable(),
  salaryMin: z.number().int().nullable(),
  salaryMax: z.number().int().nullable(),
  salaryCurrency: z.string(),
  openings: z.number().int(),
  status: jobStatus,
  feePercent: z.number().nullable(),
  ownerId: z.number().int().nullable(),
  openedAt: z.string().nullable(),
  filledAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  stages: z.array(jobStage),
});
export type Job = z.infer<typeof job>;

export const jobSummary = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  title: z.string(),
  city: z.string(),
  country: z.string(),
  status: jobStatus,
  openings: z.number().int(),
  ownerId: z.number().int().nullable(),
  activeApplications: z.number().int(),
  openedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type JobSummary = z.infer<typeof jobSummary>;
