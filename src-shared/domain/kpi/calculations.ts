import type { StageType } from '../job.js';
import type { ActivityRecord, ApplicationRecord, JobRecord, JobStatusChange, SurveyResponse } from './records.js';
import type { KpiSettings } from './settings.js';
import { mean, median, ratio, summarize, type Summary } from './stats.js';
import { DAY_MS, HOUR_MS, inRange, type Range } from './time.js';

// Each KPI as a pure function over plain records. Periods are half-open [start, end) ranges of UTC timestamps.

// ---------------------------------------------------------------- time to fill / time to hire

/** Milliseconds the job spent on hold within [fromMs, toMs]: every on_hold status until the next other status. */
export function onHoldMs(history: readonly JobStatusChange[], fromMs: number, toMs: number): number {
  const sorted = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.status !== 'on_hold') continue;
    const holdStart = Date.parse(sorted[i]!.at);
    // The hold lasts until the next change to another status (a repeated on_hold does not end it).
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.status === 'on_hold') j++;
    const holdEnd = j < sorted.length ? Date.parse(sorted[j]!.at) : Number.POSITIVE_INFINITY;
    const overlap = Math.min(holdEnd, toMs) - Math.max(holdStart, fromMs);
    if (overlap > 0) total += overlap;
    i = j - 1;
  }
  return total;
}

export interface DurationItem {
  applicationId: number;
  jobId: number;
  candidateId: number;
  days: number;
}

export interface DurationResult extends Summary {
  /** The headline under the configured aggregate (mean or median). */
  value: number | null;
  items: DurationItem[];
}

const withValue = (items: DurationItem[], aggregate: 'mean' | 'median'): DurationResult => {
  const summary = summarize(items.map((i) => i.days));
  return { ...summary, value: aggregate === 'mean' ? summary.mean : summary.median, items };
};

/** Hires in the period, each once: `hiredAt` within the range. */
export const hiresIn = (apps: readonly ApplicationRecord[], range: Range): ApplicationRecord[] => apps.filter((a) => inRange(a.hiredAt, range));

/**
 * Time to fill, per hire: job opened (or created) → offer accepted, minus on-hold time in between. A hire whose
 * job has no start (never opened) is left out, as is one that would come out negative (data entered late).
 */
export function timeToFill(
  apps: readonly ApplicationRecord[],
  jobs: ReadonlyMap<number, JobRecord>,
  range: Range,
  options: KpiSettings['timeToFill'],
): DurationResult {
  const items: DurationItem[] = [];
  for (const a of hiresIn(apps, range)) {
    const job = jobs.get(a.jobId);
    const startIso = job ? (options.start === 'opened' ? (job.openedAt ?? null) : job.createdAt) : null;
    if (!job || !startIso || !a.hiredAt) continue;
    const start = Date.parse(startIso);
    const end = Date.parse(a.hiredAt);
    let ms = end - start;
    if (options.excludeOnHold) ms -= onHoldMs(job.statusHistory, start, end);
    if (ms < 0) continue;
    items.push({ applicationId: a.id, jobId: a.jobId, candidateId: a.candidateId, days: ms / DAY_MS });
  }
  return withValue(items, options.aggregate);
}

/** Time to hire, per hire: entered the pipeline (or the database) → offer accepted. */
export function timeToHire(apps: readonly ApplicationRecord[], range: Range, options: KpiSettings['timeToHire']): DurationResult {
  const items: DurationItem[] = [];
  for (const a of hiresIn(apps, range)) {
    const start = Date.parse(options.start === 'application' ? a.enteredAt : a.candidateCreatedAt);
    const ms = Date.parse(a.hiredAt!) - start;
    if (ms < 0) continue;
    items.push({ applicationId: a.id, jobId: a.jobId, candidateId: a.candidateId, days: ms / DAY_MS });
  }
  return withValue(items, options.aggregate);
}

// ---------------------------------------------------------------- offers, placements, sources

export interface OfferResult {
  extended: number;
  accepted: number;
  declined: number;
  pending: number;
  rate: number | null;
}

/** Offers extended in the period and what became of them (as known now). */
export function offerAcceptance(apps: readonly ApplicationRecord[], range: Range, options: KpiSettings['offerAcceptance']): OfferResult {
  let extended = 0;
  let accepted = 0;
  let declined = 0;
  for (const a of apps) {
    if (!inRange(a.offerExtendedAt, range)) continue;
    extended++;
    if (a.offerAcceptedAt) accepted++;
    else if (a.offerDeclinedAt) declined++;
  }
  return offersFromCounts(extended, accepted, declined, options);
}

/** The offer figures from counts (the core counts offers in SQL; the pure function above counts records). */
export function offersFromCounts(extended: number, accepted: number, declined: number, options: KpiSettings['offerAcceptance']): OfferResult {
  const pending = extended - accepted - declined;
  return { extended, accepted, declined, pending, rate: ratio(accepted, options.denominator === 'extended' ? extended : accepted + declined) };
}

export interface FeeTotal {
  currency: string;
  total: number;
  placements: number;
}

export interface PlacementResult {
  placements: number;
  /** Per currency, the currency with most placements first (totals in different currencies do not compare). */
  fees: FeeTotal[];
}

export function placements(apps: readonly ApplicationRecord[], range: Range): PlacementResult {
  const hires = hiresIn(apps, range);
  const fees = new Map<string, FeeTotal>();
  for (const h of hires) {
    if (h.placementFee === null) continue;
    const key = h.currency || '—';
    const t = fees.get(key) ?? { currency: key, total: 0, placements: 0 };
    t.total += h.placementFee;
    t.placements++;
    fees.set(key, t);
  }
  return { placements: hires.length, fees: [...fees.values()].sort((a, b) => b.placements - a.placements || a.currency.localeCompare(b.currency)) };
}

export interface SourceShare {
  source: string;
  hires: number;
  share: number;
}

/** The label used for candidates without a recorded source. */
export const UNKNOWN_SOURCE = 'Unknown';

/** Share of hires by first-touch source (the candidate's recorded source), most hires first. */
export function sourceOfHire(apps: readonly ApplicationRecord[], range: Range): { total: number; sources: SourceShare[] } {
  const hires = hiresIn(apps, range);
  const counts = new Map<string, number>();
  for (const h of hires) {
    const s = h.source.trim() || UNKNOWN_SOURCE;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const sources = [...counts.entries()]
    .map(([source, n]) => ({ source, hires: n, share: n / hires.length }))
    .sort((a, b) => b.hires - a.hires || a.source.localeCompare(b.source));
  return { total: hires.length, sources };
}

// ---------------------------------------------------------------- stage conversion and velocity

/** The funnel's steps: entering the pipeline, then the active stage types in order, then the hire. */
export const funnelSteps = ['entered', 'screening', 'interview', 'offer', 'hired'] as const;
export type FunnelStep = (typeof funnelSteps)[number];
export const funnelLabels: Record<FunnelStep, string> = {
  entered: 'Entered pipeline',
  screening: 'Screening',
  interview: 'Interview',
  offer: 'Offer',
  hired: 'Hired',
};

const stageRank: Partial<Record<StageType, number>> = { sourced: 0, screening: 1, interview: 2, offer: 3, hired: 4 };

/** How far the application got: 0 entered … 4 hired. A later stage implies the earlier ones were passed. */
export function furthestRank(app: ApplicationRecord): number {
  let rank = 0;
  for (const s of app.stages) rank = Math.max(rank, stageRank[s.type] ?? 0);
  if (app.offerExtendedAt) rank = Math.max(rank, 3);
  if (app.hiredAt) rank = 4;
  return rank;
}

export interface FunnelStage {
  step: FunnelStep;
  label: string;
  reached: number;
  /** reached ÷ reached at the previous step; null for the first step or an empty previous step. */
  fromPrevious: number | null;
  /** reached ÷ cohort. */
  fromStart: number | null;
}

export interface ConversionResult {
  cohort: number;
  stages: FunnelStage[];
  /** hired ÷ cohort. */
  rate: number | null;
}

/** Counts per furthest rank → the funnel (so SQL aggregates and the pure function share this last step). */
export function funnelFromRanks(byRank: readonly number[]): ConversionResult {
  const cohort = byRank.reduce((a, b) => a + b, 0);
  const reached = funnelSteps.map((_, i) => byRank.slice(i).reduce((a, b) => a + b, 0));
  const stages = funnelSteps.map((step, i) => ({
    step,
    label: funnelLabels[step],
    reached: reached[i]!,
    fromPrevious: i === 0 ? null : ratio(reached[i]!, reached[i - 1]!),
    fromStart: ratio(reached[i]!, cohort),
  }));
  return { cohort, stages, rate: ratio(reached[4]!, cohort) };
}

/** Cohort conversion: of the applications that entered a pipeline in the period, how far each got. */
export function stageConversion(apps: readonly ApplicationRecord[], range: Range): ConversionResult {
  const byRank = [0, 0, 0, 0, 0];
  for (const a of apps) if (inRange(a.enteredAt, range)) byRank[furthestRank(a)]!++;
  return funnelFromRanks(byRank);
}

export const activeStageTypes = ['sourced', 'screening', 'interview', 'offer'] as const;
export type ActiveStageType = (typeof activeStageTypes)[number];

export interface StageStay {
  type: ActiveStageType;
  days: number;
}

/** Completed stays in active stages: each entry until the next entry (stays still open are not returned). */
export function stageStays(app: ApplicationRecord): StageStay[] {
  const sorted = [...app.stages].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const out: StageStay[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const type = sorted[i]!.type;
    if (!(activeStageTypes as readonly string[]).includes(type)) continue;
    out.push({ type: type as ActiveStageType, days: (Date.parse(sorted[i + 1]!.at) - Date.parse(sorted[i]!.at)) / DAY_MS });
  }
  return out;
}

export interface StageVelocity {
  type: ActiveStageType;
  stays: number;
  meanDays: number | null;
}

export interface VelocityResult {
  stages: StageVelocity[];
  stays: number;
  meanDays: number | null;
}

/** From per-type (count, sum of days): shared by the pure path and the SQL rollups. */
export function velocityFromSums(sums: Readonly<Record<ActiveStageType, { stays: number; days: number }>>): VelocityResult {
  let stays = 0;
  let days = 0;
  const stages = activeStageTypes.map((type) => {
    const s = sums[type];
    stays += s.stays;
    days += s.days;
    return { type, stays: s.stays, meanDays: s.stays > 0 ? s.days / s.stays : null };
  });
  return { stages, stays, meanDays: stays > 0 ? days / stays : null };
}

export const emptyStageSums = (): Record<ActiveStageType, { stays: number; days: number }> => ({
  sourced: { stays: 0, days: 0 },
  screening: { stays: 0, days: 0 },
  interview: { stays: 0, days: 0 },
  offer: { stays: 0, days: 0 },
});

/** Days in each active stage, for the cohort that entered the pipeline in the period. */
export function daysInStage(apps: readonly ApplicationRecord[], range: Range): VelocityResult {
  const sums = emptyStageSums();
  for (const a of apps) {
    if (!inRange(a.enteredAt, range)) continue;
    for (const stay of stageStays(a)) {
      sums[stay.type].stays++;
      sums[stay.type].days += stay.days;
    }
  }
  return velocityFromSums(sums);
}

// ---------------------------------------------------------------- engagement

export interface OutboundOutcome {
  activity: ActivityRecord;
  /** Hours until the candidate's first inbound activity within the window; null when none came. */
  replyHours: number | null;
}

/**
 * For every outbound touch, the candidate's first inbound activity strictly after it and at most
 * `windowDays` later. Several outbound touches before one reply are each answered by it.
 */
export function matchReplies(activities: readonly ActivityRecord[], windowDays: number): OutboundOutcome[] {
  const byCandidate = new Map<number, ActivityRecord[]>();
  for (const a of activities) {
    if (a.direction === 'internal') continue;
    let list = byCandidate.get(a.candidateId);
    if (!list) byCandidate.set(a.candidateId, (list = []));
    list.push(a);
  }
  const windowMs = windowDays * DAY_MS;
  const out: OutboundOutcome[] = [];
  for (const list of byCandidate.values()) {
    const inbound = list
      .filter((a) => a.direction === 'inbound')
      .map((a) => Date.parse(a.occurredAt))
      .sort((a, b) => a - b);
    for (const a of list) {
      if (a.direction !== 'outbound') continue;
      const t = Date.parse(a.occurredAt);
      // First inbound strictly after t (binary search).
      let lo = 0;
      let hi = inbound.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (inbound[mid]! <= t) lo = mid + 1;
        else hi = mid;
      }
      const reply = inbound[lo];
      out.push({ activity: a, replyHours: reply !== undefined && reply - t <= windowMs ? (reply - t) / HOUR_MS : null });
    }
  }
  return out;
}

export interface EngagementResult {
  touches: number;
  outbound: number;
  inbound: number;
  replied: number;
  replyRate: number | null;
  /** Mean hours to the first reply, over replied outbound touches. */
  meanResponseHours: number | null;
  medianResponseHours: number | null;
}

/**
 * Touches, reply rate and time to first response. `activities` may reach beyond the period (replies after
 * its end answer outbound touches inside it); only touches inside the period are counted.
 */
export function engagement(
  activities: readonly ActivityRecord[],
  range: Range,
  options: KpiSettings['engagement'],
  /** Which touches count (e.g. one recruiter's); replies are matched against all of `activities` regardless. */
  include: (a: ActivityRecord) => boolean = () => true,
): EngagementResult {
  let outbound = 0;
  let inbound = 0;
  for (const a of activities) {
    if (!inRange(a.occurredAt, range) || !include(a)) continue;
    if (a.direction === 'outbound') outbound++;
    else if (a.direction === 'inbound') inbound++;
  }
  const hours = matchReplies(activities, options.replyWindowDays)
    .filter((o) => inRange(o.activity.occurredAt, range) && o.replyHours !== null && include(o.activity))
    .map((o) => o.replyHours!);
  return {
    touches: outbound + inbound,
    outbound,
    inbound,
    replied: hours.length,
    replyRate: ratio(hours.length, outbound),
    meanResponseHours: mean(hours),
    medianResponseHours: median(hours),
  };
}

export interface RecruiterRow {
  recruiterId: number;
  outbound: number;
  inbound: number;
  touches: number;
  placements: number;
}

/** Per recruiter: touches they logged and placements on jobs they own, most touches first. */
export function recruiterActivity(activities: readonly ActivityRecord[], apps: readonly ApplicationRecord[], range: Range): RecruiterRow[] {
  const rows = new Map<number, RecruiterRow>();
  const row = (id: number): RecruiterRow => {
    let r = rows.get(id);
    if (!r) rows.set(id, (r = { recruiterId: id, outbound: 0, inbound: 0, touches: 0, placements: 0 }));
    return r;
  };
  for (const a of activities) {
    if (a.recruiterId === null || a.direction === 'internal' || !inRange(a.occurredAt, range)) continue;
    const r = row(a.recruiterId);
    if (a.direction === 'outbound') r.outbound++;
    else r.inbound++;
    r.touches++;
  }
  for (const h of hiresIn(apps, range)) if (h.recruiterId !== null) row(h.recruiterId).placements++;
  return [...rows.values()].sort((a, b) => b.touches - a.touches || b.placements - a.placements || a.recruiterId - b.recruiterId);
}

// ---------------------------------------------------------------- satisfaction (fed by surveys later)

export interface CsatResult {
  responses: number;
  satisfied: number;
  /** % of answers 4 or 5 (0–100). */
  score: number | null;
}

export function csat(responses: readonly SurveyResponse[], range: Range): CsatResult {
  const scores = responses.filter((r) => r.kind === 'csat' && inRange(r.at, range)).map((r) => r.score);
  const satisfied = scores.filter((s) => s >= 4).length;
  return { responses: scores.length, satisfied, score: scores.length ? (satisfied / scores.length) * 100 : null };
}

export interface NpsResult {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, −100..100. */
  score: number | null;
}

export function candidateNps(responses: readonly SurveyResponse[], range: Range): NpsResult {
  const scores = responses.filter((r) => r.kind === 'nps' && inRange(r.at, range)).map((r) => r.score);
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return {
    responses: scores.length,
    promoters,
    passives: scores.length - promoters - detractors,
    detractors,
    score: scores.length ? ((promoters - detractors) / scores.length) * 100 : null,
  };
}

// ---------------------------------------------------------------- comparison

export type TargetStatus = 'met' | 'missed' | 'none';

/** Whether `value` meets `target` for a KPI where `better` is the good direction. */
export function targetStatus(value: number | null, target: number | null, better: 'higher' | 'lower' | 'neither'): TargetStatus {
  if (value === null || target === null || better === 'neither') return 'none';
  return (better === 'higher' ? value >= target : value <= target) ? 'met' : 'missed';
}

export interface Change {
  /** current − previous. */
  delta: number | null;
  /** (current − previous) ÷ |previous|, null when previous is 0 or missing. */
  relative: number | null;
  /** Whether the move is an improvement given which way is better; null when flat, unknown or neutral. */
  improved: boolean | null;
}

export function changeFrom(current: number | null, previous: number | null, better: 'higher' | 'lower' | 'neither'): Change {
  if (current === null || previous === null) return { delta: null, relative: null, improved: null };
  const delta = current - previous;
  const relative = previous !== 0 ? delta / Math.abs(previous) : null;
  const improved = delta === 0 || better === 'neither' ? null : better === 'higher' ? delta > 0 : delta < 0;
  return { delta, relative, improved };
}
