import {
  candidateNps,
  changeFrom,
  csat,
  daysInStage,
  emptyStageSums,
  engagement,
  funnelFromRanks,
  hiresIn,
  offersFromCounts,
  placements,
  recruiterActivity,
  sourceOfHire,
  stageConversion,
  targetStatus,
  timeToFill,
  timeToHire,
  velocityFromSums,
  type ConversionResult,
  type DurationResult,
  type EngagementResult,
  type RecruiterRow,
  type VelocityResult,
} from '../../../../src-shared/domain/kpi/calculations.js';
import type { KpiCard, KpiDashboard, KpiFilter } from '../../../../src-shared/domain/kpi/dashboard.js';
import { kpiDefinitions, targetFor } from '../../../../src-shared/domain/kpi/definitions.js';
import { formatKpiValue } from '../../../../src-shared/domain/kpi/format.js';
import type { ActivityRecord, ApplicationRecord, JobRecord } from '../../../../src-shared/domain/kpi/records.js';
import type { KpiId, KpiSettings } from '../../../../src-shared/domain/kpi/settings.js';
import { binOf, histogram, mean, TIME_TO_FILL_EDGES } from '../../../../src-shared/domain/kpi/stats.js';
import { addDays, bucketIndex, bucketsOf, granularityFor, previousPeriod, rangeOf, type Range } from '../../../../src-shared/domain/kpi/time.js';
import type { ReadDb, WriteDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import { yieldToLoop } from '../../ipc/ports.js';
import { countOffers, loadActivities, loadCohort, loadHires, loadJobs, loadSurveyResponses, type ActivityScope } from './records.js';
import { activityTotals, pipelineDays, refreshRollups, type RefreshProgress } from './rollups.js';
import { applicationScope, needsDirectPath } from './scope.js';
import { segmentMembers } from './segments.js';
import { loadKpiSettings } from './settings.js';

/** Everything one period needs, whichever way it was computed. */
export interface PeriodFigures {
  range: Range;
  hires: ApplicationRecord[];
  timeToFill: DurationResult;
  timeToHire: DurationResult;
  offers: ReturnType<typeof offersFromCounts>;
  placements: ReturnType<typeof placements>;
  sources: ReturnType<typeof sourceOfHire>;
  conversion: ConversionResult;
  velocity: VelocityResult;
  engagement: EngagementResult;
  recruiters: RecruiterRow[];
  csat: ReturnType<typeof csat>;
  nps: ReturnType<typeof candidateNps>;
  /** New applications per day (for the trend). */
  entered: Map<string, number>;
}

export interface DashboardData {
  dashboard: KpiDashboard;
  current: PeriodFigures;
  previous: PeriodFigures;
  jobs: Map<number, JobRecord>;
  recruiterNames: Map<number, string>;
}

export interface DashboardOptions {
  now: Date;
  onProgress?: (phase: string, p: RefreshProgress) => void;
  /** Skip bringing the summaries up to date (bench baselines; callers that just did). */
  skipRefresh?: boolean;
}

/** Hire-based KPIs (few records: read straight from the vault for both periods). */
function hireFigures(all: ApplicationRecord[], jobs: Map<number, JobRecord>, range: Range, s: KpiSettings, offers: { extended: number; accepted: number; declined: number }) {
  return {
    hires: hiresIn(all, range),
    timeToFill: timeToFill(all, jobs, range, s.timeToFill),
    timeToHire: timeToHire(all, range, s.timeToHire),
    offers: offersFromCounts(offers.extended, offers.accepted, offers.declined, s.offerAcceptance),
    placements: placements(all, range),
    sources: sourceOfHire(all, range),
  };
}

interface PipelineAndTouches {
  conversion: ConversionResult;
  velocity: VelocityResult;
  engagement: EngagementResult;
  recruiters: RecruiterRow[];
  /** New applications per day (for the trend). */
  entered: Map<string, number>;
}

/** From the per-day summaries: recruiter and source filters only. */
function fromRollups(db: ReadDb, filter: KpiFilter, from: string, to: string, hires: ApplicationRecord[]): PipelineAndTouches {
  const days = pipelineDays(db, from, to, filter.recruiterId, filter.source);
  const ranks = [0, 0, 0, 0, 0];
  const sums = emptyStageSums();
  const entered = new Map<string, number>();
  for (const d of days) {
    let n = 0;
    d.ranks.forEach((v, i) => {
      ranks[i]! += v;
      n += v;
    });
    entered.set(d.day, n);
    for (const type of Object.keys(sums) as (keyof typeof sums)[]) {
      sums[type].stays += d.stays[type].stays;
      sums[type].days += d.stays[type].days;
    }
  }
  const totals = activityTotals(db, from, to, filter.recruiterId, filter.source);
  let outbound = 0;
  let inbound = 0;
  let replied = 0;
  let replyHours = 0;
  const recruiters = new Map<number, RecruiterRow>();
  for (const t of totals) {
    outbound += t.outbound;
    inbound += t.inbound;
    replied += t.replied;
    replyHours += t.replyHours;
    if (t.recruiterId !== 0) {
      recruiters.set(t.recruiterId, { recruiterId: t.recruiterId, outbound: t.outbound, inbound: t.inbound, touches: t.outbound + t.inbound, placements: 0 });
    }
  }
  for (const h of hires) {
    if (h.recruiterId === null) continue;
    const r = recruiters.get(h.recruiterId) ?? { recruiterId: h.recruiterId, outbound: 0, inbound: 0, touches: 0, placements: 0 };
    r.placements++;
    recruiters.set(h.recruiterId, r);
  }
  return {
    conversion: funnelFromRanks(ranks),
    velocity: velocityFromSums(sums),
    engagement: {
      touches: outbound + inbound,
      outbound,
      inbound,
      replied,
      replyRate: outbound > 0 ? replied / outbound : null,
      meanResponseHours: replied > 0 ? replyHours / replied : null,
      // A median cannot be summed from daily summaries; the mean is the headline.
      medianResponseHours: null,
    },
    recruiters: sortRecruiters([...recruiters.values()]),
    entered,
  };
}

const sortRecruiters = (rows: RecruiterRow[]) =>
  rows.sort((a, b) => b.touches - a.touches || b.placements - a.placements || a.recruiterId - b.recruiterId);

/** From the records: client, job or segment filters (narrow by nature). */
function fromRecords(cohort: ApplicationRecord[], activities: ActivityRecord[], hires: ApplicationRecord[], filter: KpiFilter, range: Range, s: KpiSettings): PipelineAndTouches {
  const include = (a: ActivityRecord) => filter.recruiterId === null || a.recruiterId === filter.recruiterId;
  const entered = new Map<string, number>();
  for (const a of cohort) {
    if (a.enteredAt < range.start || a.enteredAt >= range.end) continue;
    const day = a.enteredAt.slice(0, 10);
    entered.set(day, (entered.get(day) ?? 0) + 1);
  }
  return {
    conversion: stageConversion(cohort, range),
    velocity: daysInStage(cohort, range),
    engagement: engagement(activities, range, s.engagement, include),
    recruiters: recruiterActivity(activities.filter(include), hires, range),
    entered,
  };
}

/**
 * All dashboard figures for a filter and the period before it. Summaries are brought up to date first (with
 * progress), then every query stays small: hires and offers straight from the date indexes, pipeline and
 * touches from the day summaries — or, under a client, job or segment filter, from the records themselves.
 */
export async function computeDashboard(db: WriteDb, filter: KpiFilter, options: DashboardOptions): Promise<DashboardData> {
  const started = performance.now();
  const settings = loadKpiSettings(db);
  let freshness: 'fresh' | 'stale' = 'fresh';
  if (!options.skipRefresh) freshness = await refreshRollups(db, settings, (p) => options.onProgress?.('summaries', p));
  const prev = previousPeriod(filter.from, filter.to);
  const current = rangeOf(filter.from, filter.to);
  const previous = rangeOf(prev.from, prev.to);
  const both: Range = { start: previous.start, end: current.end };

  const segment = filter.segmentId === null ? null : segmentMembers(db, filter.segmentId, options.now);
  const scope = applicationScope(filter, segment);
  // Period by period with a turn of the event loop between: at 100k candidates each read is tens of ms.
  const all = [...loadHires(db, previous, scope), ...loadHires(db, current, scope)];
  const offerCounts = new Map([
    [current, countOffers(db, current, scope)],
    [previous, countOffers(db, previous, scope)],
  ]);
  await yieldToLoop();
  const jobs = loadJobs(db, all.filter((a) => a.hiredAt).map((a) => a.jobId));
  const surveys = loadSurveyResponses(db, both);
  await yieldToLoop();

  const direct = needsDirectPath(filter);
  let cohort: ApplicationRecord[] = [];
  let activities: ActivityRecord[] = [];
  if (direct) {
    cohort = loadCohort(db, both, scope);
    const window = settings.engagement.replyWindowDays;
    const activityScope: ActivityScope = {
      jobIds: filter.clientId !== null || filter.jobId !== null ? jobIdsFor(db, filter) : null,
      candidateIds: segment,
      source: filter.source,
    };
    activities = loadActivities(db, both, rangeOf(filter.to, addDays(filter.to, window)).end, activityScope);
    await yieldToLoop();
  }

  const period = (range: Range, from: string, to: string): PeriodFigures => {
    const h = hireFigures(all, jobs, range, settings, offerCounts.get(range)!);
    const rest = direct ? fromRecords(cohort, activities, h.hires, filter, range, settings) : fromRollups(db, filter, from, to, h.hires);
    return { range, ...h, ...rest, csat: csat(surveys, range), nps: candidateNps(surveys, range) };
  };
  const cur = period(current, filter.from, filter.to);
  const entered = cur.entered;
  // Each period's figures are tens of ms at 100k candidates: a turn of the loop between them.
  await yieldToLoop();
  const prv = period(previous, prev.from, prev.to);

  const recruiterNames = new Map(
    (sql(db, 'SELECT id, name FROM recruiters').raw().all() as [number, string][]).map(([id, name]) => [id, name] as const),
  );
  const dashboard: KpiDashboard = {
    filter: { from: filter.from, to: filter.to },
    previous: prev,
    filterLabel: describeFilter(db, filter),
    generatedAt: options.now.toISOString(),
    freshness,
    path: direct ? 'direct' : 'rollup',
    cards: cards(cur, prv, settings),
    funnel: { cohort: cur.conversion.cohort, stages: cur.conversion.stages },
    trend: trend(filter, cur, entered),
    sources: cur.sources.sources,
    timeToFillDistribution: histogram(
      cur.timeToFill.items.map((i) => Math.floor(i.days)),
      TIME_TO_FILL_EDGES,
    ),
    velocity: cur.velocity.stages,
    recruiters: cur.recruiters.map((r) => ({
      recruiterId: r.recruiterId,
      name: recruiterNames.get(r.recruiterId) ?? `Recruiter ${r.recruiterId}`,
      touches: r.touches,
      outbound: r.outbound,
      inbound: r.inbound,
      placements: r.placements,
    })),
    offers: { extended: cur.offers.extended, accepted: cur.offers.accepted, declined: cur.offers.declined, pending: cur.offers.pending },
    fees: cur.placements.fees,
    ms: Math.round(performance.now() - started),
  };
  return { dashboard, current: cur, previous: prv, jobs, recruiterNames };
}

function jobIdsFor(db: ReadDb, f: KpiFilter): number[] {
  if (f.jobId !== null) return [f.jobId];
  if (f.clientId !== null) return (sql(db, 'SELECT id FROM jobs WHERE client_id = ?').raw().all(f.clientId) as [number][]).map((r) => r[0]);
  return [];
}

/** Which bin of the time-to-fill chart a hire falls in (for the drill-down). */
export const timeToFillBin = (days: number): number => binOf(Math.floor(days), TIME_TO_FILL_EDGES);

function trend(filter: KpiFilter, cur: PeriodFigures, entered: Map<string, number>): KpiDashboard['trend'] {
  const granularity = granularityFor(filter.from, filter.to);
  const buckets = bucketsOf(filter.from, filter.to, granularity);
  const rows = buckets.map((b) => ({ ...b, hires: 0, applications: 0, ttf: [] as number[], tth: [] as number[] }));
  for (const h of cur.hires) {
    const i = bucketIndex(buckets, h.hiredAt!);
    if (i >= 0) rows[i]!.hires++;
  }
  const hiredAt = new Map(cur.hires.map((h) => [h.id, h.hiredAt!] as const));
  for (const [items, key] of [
    [cur.timeToFill.items, 'ttf'],
    [cur.timeToHire.items, 'tth'],
  ] as const) {
    for (const item of items) {
      const at = hiredAt.get(item.applicationId);
      const i = at ? bucketIndex(buckets, at) : -1;
      if (i >= 0) rows[i]![key].push(item.days);
    }
  }
  for (const [day, n] of entered) {
    const i = bucketIndex(buckets, day);
    if (i >= 0) rows[i]!.applications += n;
  }
  return {
    granularity,
    buckets: rows.map((r) => ({ from: r.from, to: r.to, label: r.label, hires: r.hires, applications: r.applications, timeToFill: mean(r.ttf), timeToHire: mean(r.tth) })),
  };
}

function cards(cur: PeriodFigures, prv: PeriodFigures, s: KpiSettings): KpiCard[] {
  const pct = (v: number | null) => (v === null ? null : v * 100);
  const topFee = (p: PeriodFigures) => p.placements.fees[0] ?? null;
  const curFee = topFee(cur);
  const prvFee = prv.placements.fees.find((f) => f.currency === curFee?.currency) ?? null;
  const activeRecruiters = (p: PeriodFigures) => p.recruiters.filter((r) => r.touches > 0).length;
  const perRecruiter = (p: PeriodFigures) => (activeRecruiters(p) > 0 ? p.engagement.touches / activeRecruiters(p) : null);
  const top = cur.sources.sources[0] ?? null;
  const prvTop = top ? (prv.sources.sources.find((x) => x.source === top.source) ?? null) : null;
  const dur = (r: DurationResult, agg: 'mean' | 'median') =>
    r.count === 0 ? 'No hires in the period' : `${agg === 'mean' ? 'median' : 'mean'} ${formatKpiValue(agg === 'mean' ? r.median : r.mean, 'days')} · ${r.count} hires`;

  const rows: [KpiId, number | null, number | null, number, string, string?][] = [
    ['placements', cur.placements.placements, prv.placements.placements, cur.placements.placements, `${cur.offers.extended} offers extended`],
    [
      'fees',
      curFee?.total ?? null,
      curFee ? (prvFee?.total ?? 0) : null,
      curFee?.placements ?? 0,
      curFee === null
        ? 'No fees recorded'
        : cur.placements.fees.length > 1
          ? `+ ${cur.placements.fees.length - 1} other ${cur.placements.fees.length === 2 ? 'currency' : 'currencies'}`
          : `${curFee.placements} placements with a fee`,
      curFee?.currency,
    ],
    ['time_to_fill', cur.timeToFill.value, prv.timeToFill.value, cur.timeToFill.count, dur(cur.timeToFill, s.timeToFill.aggregate)],
    ['time_to_hire', cur.timeToHire.value, prv.timeToHire.value, cur.timeToHire.count, dur(cur.timeToHire, s.timeToHire.aggregate)],
    [
      'offer_acceptance_rate',
      pct(cur.offers.rate),
      pct(prv.offers.rate),
      cur.offers.extended,
      `${cur.offers.accepted} of ${s.offerAcceptance.denominator === 'extended' ? cur.offers.extended : cur.offers.accepted + cur.offers.declined} · ${cur.offers.pending} pending`,
    ],
    ['pipeline_conversion', pct(cur.conversion.rate), pct(prv.conversion.rate), cur.conversion.cohort, `${cur.conversion.stages[4]?.reached ?? 0} hired of ${cur.conversion.cohort} entered`],
    ['days_in_stage', cur.velocity.meanDays, prv.velocity.meanDays, cur.velocity.stays, `${cur.velocity.stays} completed stays`],
    ['source_of_hire', top ? top.share * 100 : null, prvTop ? prvTop.share * 100 : null, cur.sources.total, top ? top.source : 'No hires in the period'],
    ['touches', cur.engagement.touches, prv.engagement.touches, cur.engagement.touches, `${cur.engagement.outbound} outbound · ${cur.engagement.inbound} inbound`],
    ['reply_rate', pct(cur.engagement.replyRate), pct(prv.engagement.replyRate), cur.engagement.outbound, `${cur.engagement.replied} of ${cur.engagement.outbound} answered in ${s.engagement.replyWindowDays} d`],
    ['time_to_first_response', cur.engagement.meanResponseHours, prv.engagement.meanResponseHours, cur.engagement.replied, `over ${cur.engagement.replied} replies`],
    ['recruiter_activity', perRecruiter(cur), perRecruiter(prv), activeRecruiters(cur), `${activeRecruiters(cur)} active recruiters`],
    ['csat', cur.csat.score, prv.csat.score, cur.csat.responses, cur.csat.responses ? `${cur.csat.responses} answers` : 'No survey answers yet'],
    ['candidate_nps', cur.nps.score, prv.nps.score, cur.nps.responses, cur.nps.responses ? `${cur.nps.responses} answers` : 'No survey answers yet'],
  ];
  return rows.map(([id, value, previous, basis, detail, currency]) => {
    const def = kpiDefinitions[id];
    const target = targetFor(id, s);
    return {
      id,
      label: id === 'source_of_hire' && top ? `Top source: ${top.source}` : def.label,
      unit: def.unit,
      better: def.better,
      value,
      previous,
      target,
      status: targetStatus(value, target, def.better),
      change: changeFrom(value, previous, def.better),
      basis,
      detail,
      ...(currency ? { currency } : {}),
    };
  });
}

/** "Client: Acme · Recruiter: Ana Silva · Source: Referral" — for the dashboard and the report's cover. */
export function describeFilter(db: ReadDb, f: KpiFilter): string {
  const parts: string[] = [];
  const name = (table: 'clients' | 'recruiters', id: number) =>
    (sql(db, `SELECT name FROM ${table} WHERE id = ?`).get(id) as { name: string } | undefined)?.name ?? `#${id}`;
  if (f.clientId !== null) parts.push(`Client: ${name('clients', f.clientId)}`);
  if (f.jobId !== null) parts.push(`Job: ${(sql(db, 'SELECT title FROM jobs WHERE id = ?').get(f.jobId) as { title: string } | undefined)?.title ?? `#${f.jobId}`}`);
  if (f.recruiterId !== null) parts.push(`Recruiter: ${name('recruiters', f.recruiterId)}`);
  if (f.source !== null) parts.push(`Source: ${f.source}`);
  if (f.segmentId !== null) parts.push(`Segment: ${segmentName(db, f.segmentId)}`);
  return parts.length ? parts.join(' · ') : 'All clients, jobs, recruiters and sources';
}

function segmentName(db: ReadDb, id: number): string {
  return (sql(db, 'SELECT name FROM segments WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? `#${id}`;
}
