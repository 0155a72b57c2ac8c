import { z } from 'zod';

/** Every KPI the dashboard and the report show, in display order. */
export const kpiIds = [
  'placements',
  'fees',
  'time_to_fill',
  'time_to_hire',
  'offer_acceptance_rate',
  'pipeline_conversion',
  'days_in_stage',
  'source_of_hire',
  'touches',
  'reply_rate',
  'time_to_first_response',
  'recruiter_activity',
  'csat',
  'candidate_nps',
] as const;
export const kpiId = z.enum(kpiIds);
export type KpiId = z.infer<typeof kpiId>;

const aggregate = z.enum(['mean', 'median']);

/**
 * The choices where the industry disagrees. Stored in settings (`kpi.settings`); every field has a default,
 * so a vault that never saved any reads as the defaults.
 */
export const kpiSettings = z.object({
  timeToFill: z
    .object({
      /** `opened`: when the job went live (SHRM's "requisition opened"); `created`: when the brief was entered. */
      start: z.enum(['opened', 'created']).default('opened'),
      /** Subtract the days the job spent on hold between start and the accepted offer. */
      excludeOnHold: z.boolean().default(true),
      aggregate: aggregate.default('mean'),
    })
    .prefault({}),
  timeToHire: z
    .object({
      /** `application`: the candidate entered this job's pipeline; `first_contact`: they entered the database. */
      start: z.enum(['application', 'first_contact']).default('application'),
      aggregate: aggregate.default('mean'),
    })
    .prefault({}),
  offerAcceptance: z
    .object({
      /** `extended`: accepted ÷ all offers made; `decided`: accepted ÷ (accepted + declined), pending left out. */
      denominator: z.enum(['extended', 'decided']).default('extended'),
    })
    .prefault({}),
  engagement: z
    .object({
      /** An outbound touch counts as replied when the candidate wrote back within this many days. */
      replyWindowDays: z.number().int().min(1).max(30).default(7),
    })
    .prefault({}),
  /** The agency's own targets; a missing key falls back to the default target (if any), null means "no target". */
  targets: z.partialRecord(kpiId, z.number().nullable()).default({}),
});
export type KpiSettings = z.output<typeof kpiSettings>;
export type KpiSettingsInput = z.input<typeof kpiSettings>;

export const defaultKpiSettings = (): KpiSettings => kpiSettings.parse({});
