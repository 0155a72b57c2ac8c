import { z } from 'zod';
import { kpiId } from './settings.js';
import { isDate, daysInclusive } from './time.js';

const date = z.string().refine(isDate, 'Use a date as YYYY-MM-DD');
const id = z.number().int().positive();

/** Dashboard and report filter. Dates are inclusive, UTC. */
export const kpiFilter = z
  .object({
    from: date,
    to: date,
    clientId: id.nullable().default(null),
    jobId: id.nullable().default(null),
    /** Job owner for pipeline KPIs; the recruiter who logged the activity for engagement KPIs. */
    recruiterId: id.nullable().default(null),
    /** The candidate's source (first touch). */
    source: z.string().trim().max(120).nullable().default(null),
    segmentId: id.nullable().default(null),
  })
  .strict()
  .refine((f) => f.from <= f.to, { message: 'The start date must be on or before the end date', path: ['to'] })
  .refine((f) => daysInclusive(f.from, f.to) <= 3 * 366, { message: 'Pick a period of at most three years', path: ['from'] });
export type KpiFilter = z.output<typeof kpiFilter>;
export type KpiFilterInput = z.input<typeof kpiFilter>;

const num = z.number().nullable();

export const kpiCard = z.object({
  id: kpiId,
  label: z.string(),
  unit: z.enum(['count', 'money', 'days', 'hours', 'percent', 'score']),
  better: z.enum(['higher', 'lower', 'neither']),
  /** Percent values are 0–100. */
  value: num,
  previous: num,
  target: num,
  status: z.enum(['met', 'missed', 'none']),
  change: z.object({ delta: num, relative: num, improved: z.boolean().nullable() }),
  /** How many events the value rests on (hires, offers, touches…). */
  basis: z.number().int(),
  /** A second line: "median 31 d", "GBP 120,000 + 2 other currencies", the top source's name. */
  detail: z.string(),
  /** The currency of a money value. */
  currency: z.string().optional(),
});
export type KpiCard = z.infer<typeof kpiCard>;

export const funnelStage = z.object({
  step: z.enum(['entered', 'screening', 'interview', 'offer', 'hired']),
  label: z.string(),
  reached: z.number().int(),
  fromPrevious: num,
  fromStart: num,
});

export const kpiDashboard = z.object({
  filter: z.object({ from: z.string(), to: z.string() }),
  previous: z.object({ from: z.string(), to: z.string() }),
  /** Human-readable filter ("Client: Acme · Recruiter: Ana"). */
  filterLabel: z.string(),
  generatedAt: z.string(),
  /** 'stale': another long job holds the vault, so the summaries could not be brought up to date. */
  freshness: z.enum(['fresh', 'stale']),
  /** How the figures were computed: pre-summarised by day, or straight from the records (narrow filters). */
  path: z.enum(['rollup', 'direct']),
  cards: z.array(kpiCard),
  funnel: z.object({ cohort: z.number().int(), stages: z.array(funnelStage) }),
  trend: z.object({
    granularity: z.enum(['day', 'week', 'month']),
    buckets: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        label: z.string(),
        hires: z.number().int(),
        applications: z.number().int(),
        timeToFill: num,
        timeToHire: num,
      }),
    ),
  }),
  sources: z.array(z.object({ source: z.string(), hires: z.number().int(), share: z.number() })),
  timeToFillDistribution: z.array(z.object({ min: z.number(), max: num, label: z.string(), count: z.number().int() })),
  velocity: z.array(z.object({ type: z.enum(['sourced', 'screening', 'interview', 'offer']), stays: z.number().int(), meanDays: num })),
  recruiters: z.array(
    z.object({
      recruiterId: z.number().int(),
      name: z.string(),
      touches: z.number().int(),
      outbound: z.number().int(),
      inbound: z.number().int(),
      placements: z.number().int(),
    }),
  ),
  offers: z.object({ extended: z.number().int(), accepted: z.number().int(), declined: z.number().int(), pending: z.number().int() }),
  fees: z.array(z.object({ currency: z.string(), total: z.number(), placements: z.number().int() })),
  ms: z.number(),
});
export type KpiDashboard = z.infer<typeof kpiDashboard>;

/** What a click on a chart asks for: the records behind one bar or point. */
export const drilldownTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('funnel'), step: z.enum(['entered', 'screening', 'interview', 'offer', 'hired']) }),
  z.object({ kind: z.literal('source'), source: z.string().max(120) }),
  z.object({ kind: z.literal('hires'), from: date, to: date }),
  z.object({ kind: z.literal('applications'), from: date, to: date }),
  z.object({ kind: z.literal('time-to-fill'), min: z.number().min(0), max: z.number().nullable() }),
  z.object({ kind: z.literal('recruiter'), recruiterId: id }),
]);
export type DrilldownTarget = z.infer<typeof drilldownTarget>;

export const drilldownRow = z.object({
  applicationId: z.number().int(),
  candidateId: z.number().int(),
  candidateName: z.string(),
  jobId: z.number().int(),
  jobTitle: z.string(),
  clientName: z.string(),
  stage: z.string(),
  status: z.string(),
  source: z.string(),
  enteredAt: z.string(),
  hiredAt: z.string().nullable(),
  /** The figure the row contributes, e.g. its time to fill in days. */
  days: z.number().nullable(),
});
export type DrilldownRow = z.infer<typeof drilldownRow>;

export const drilldownResult = z.object({ title: z.string(), total: z.number().int(), rows: z.array(drilldownRow) });
export type DrilldownResult = z.infer<typeof drilldownResult>;
