import type { KpiId, KpiSettings } from './settings.js';

export type KpiUnit = 'count' | 'money' | 'days' | 'hours' | 'percent' | 'score';

export interface KpiDefinition {
  id: KpiId;
  label: string;
  unit: KpiUnit;
  /** Which way is good: a lower time-to-fill is better, a higher acceptance rate is better. */
  better: 'higher' | 'lower' | 'neither';
  /** One sentence for the card's tooltip. */
  summary: string;
  /** The event that starts the clock (or the population counted). */
  start: string;
  /** The event that stops it (or what is counted). */
  end: string;
  formula: string;
  /** Which period an event belongs to. */
  period: string;
  /** Default target and where that number comes from; null: no sensible industry default. */
  defaultTarget: { value: number; source: string } | null;
}

/**
 * The written-down definitions: what the dashboard explains in tooltips and the PDF prints as its appendix.
 * Default targets carry where the number comes from; these are widely quoted figures, not precise citations,
 * and the text says so. Every agency should set its own.
 */
export const kpiDefinitions: Record<KpiId, KpiDefinition> = {
  placements: {
    id: 'placements',
    label: 'Placements',
    unit: 'count',
    better: 'higher',
    summary: 'Hires made in the period.',
    start: '—',
    end: 'A hire: the candidate accepted the offer (or, without a recorded offer, was moved to a Hired stage).',
    formula: 'count of hires',
    period: 'The day of the hire.',
    defaultTarget: null,
  },
  fees: {
    id: 'fees',
    label: 'Placement fees',
    unit: 'money',
    better: 'higher',
    summary: 'Placement fees of the hires in the period, per currency (never summed across currencies).',
    start: '—',
    end: 'A hire with a placement fee recorded on the application.',
    formula: 'sum of placement fees, per currency',
    period: 'The day of the hire.',
    defaultTarget: null,
  },
  time_to_fill: {
    id: 'time_to_fill',
    label: 'Time to fill',
    unit: 'days',
    better: 'lower',
    summary: 'Days from the job opening to the accepted offer, on-hold time left out.',
    start: 'The job was opened (configurable: when the job was created).',
    end: 'The offer for that job was accepted (each hire of a multi-opening job counts once).',
    formula: 'accepted − start − days on hold in between (configurable); mean or median of all hires',
    period: 'The day the offer was accepted.',
    defaultTarget: {
      value: 42,
      source: 'Commonly cited SHRM human-capital benchmarking figures put the average time to fill at roughly 36–44 days (US, all roles).',
    },
  },
  time_to_hire: {
    id: 'time_to_hire',
    label: 'Time to hire',
    unit: 'days',
    better: 'lower',
    summary: 'Days from the candidate entering the pipeline to accepting the offer.',
    start: 'The candidate entered this job’s pipeline (configurable: the candidate was first added to the database).',
    end: 'The candidate accepted the offer.',
    formula: 'accepted − start; mean or median of all hires',
    period: 'The day the offer was accepted.',
    defaultTarget: {
      value: 30,
      source: 'A commonly quoted Glassdoor study (2017) found US interview processes average about 24 days; 30 days leaves room for agency sourcing.',
    },
  },
  offer_acceptance_rate: {
    id: 'offer_acceptance_rate',
    label: 'Offer acceptance',
    unit: 'percent',
    better: 'higher',
    summary: 'Accepted offers ÷ offers extended in the period.',
    start: 'An offer was extended.',
    end: 'The offer was accepted (pending and declined offers count against the rate unless the denominator is set to decided offers).',
    formula: 'accepted ÷ extended (configurable: accepted ÷ (accepted + declined))',
    period: 'The day the offer was extended.',
    defaultTarget: {
      value: 90,
      source: 'Industry surveys are widely quoted at around 90% offer acceptance; treat it as a rough guide.',
    },
  },
  pipeline_conversion: {
    id: 'pipeline_conversion',
    label: 'Pipeline to hire',
    unit: 'percent',
    better: 'higher',
    summary: 'Of the candidates who entered a pipeline in the period, the share hired so far (cohort-based).',
    start: 'The candidate entered the pipeline in the period (the cohort).',
    end: 'The furthest stage reached so far: screening, interview, offer, hired. Reaching a later stage counts as passing the earlier ones.',
    formula: 'stage n → n+1: reached(n+1) ÷ reached(n) within the cohort; headline: hired ÷ entered',
    period: 'The day the candidate entered the pipeline. Recent cohorts are still moving, so their rates rise over time.',
    defaultTarget: {
      value: 3,
      source: 'Rules of thumb put applicant-to-hire at roughly 2–5%, varying widely by role and sourcing; set your own.',
    },
  },
  days_in_stage: {
    id: 'days_in_stage',
    label: 'Days in stage',
    unit: 'days',
    better: 'lower',
    summary: 'Pipeline velocity: average days a candidate stays in an active stage before moving on.',
    start: 'The candidate entered a stage (sourced, screening, interview or offer).',
    end: 'The candidate moved to the next stage (any stage). Stays still open are not counted.',
    formula: 'mean of (next move − entry) over completed stays, per stage and overall',
    period: 'The day the candidate entered the pipeline (same cohort as the conversion).',
    defaultTarget: {
      value: 7,
      source: 'No standard benchmark; a week per stage keeps a four-to-five stage process near the common 30-day mark.',
    },
  },
  source_of_hire: {
    id: 'source_of_hire',
    label: 'Top source of hire',
    unit: 'percent',
    better: 'neither',
    summary: 'Share of hires by the candidate’s source, first touch.',
    start: '—',
    end: 'A hire, attributed to the source recorded when the candidate first entered the database (first touch).',
    formula: 'hires from source ÷ all hires',
    period: 'The day of the hire.',
    defaultTarget: null,
  },
  touches: {
    id: 'touches',
    label: 'Candidate touches',
    unit: 'count',
    better: 'higher',
    summary: 'Messages and calls between recruiters and candidates (internal notes left out).',
    start: '—',
    end: 'An inbound or outbound activity on a candidate’s timeline.',
    formula: 'count of inbound + outbound activities',
    period: 'The day of the activity.',
    defaultTarget: null,
  },
  reply_rate: {
    id: 'reply_rate',
    label: 'Reply rate',
    unit: 'percent',
    better: 'higher',
    summary: 'Outbound touches the candidate answered within the reply window (default 7 days).',
    start: 'An outbound message or call to a candidate.',
    end: 'The same candidate’s next inbound activity, if it came within the reply window.',
    formula: 'replied outbound ÷ all outbound',
    period: 'The day of the outbound touch.',
    defaultTarget: {
      value: 40,
      source: 'No single benchmark: cold outreach (LinkedIn InMail is often quoted at 10–25%) replies less than candidates already in process; 40% is a starting point.',
    },
  },
  time_to_first_response: {
    id: 'time_to_first_response',
    label: 'Time to first response',
    unit: 'hours',
    better: 'lower',
    summary: 'Average hours until a candidate answers an outbound touch (answered touches only).',
    start: 'An outbound message or call to a candidate.',
    end: 'The candidate’s first inbound activity after it, within the reply window.',
    formula: 'mean of (reply − outbound) over replied outbound touches',
    period: 'The day of the outbound touch.',
    defaultTarget: {
      value: 24,
      source: 'No widely agreed benchmark; a one-day answer is a common service-level goal for candidate communication.',
    },
  },
  recruiter_activity: {
    id: 'recruiter_activity',
    label: 'Touches per recruiter',
    unit: 'count',
    better: 'higher',
    summary: 'Candidate touches per active recruiter; the table lists each recruiter’s touches and placements.',
    start: '—',
    end: 'Activities logged by the recruiter; placements on jobs the recruiter owns.',
    formula: 'touches ÷ recruiters with at least one touch',
    period: 'The day of the activity or hire.',
    defaultTarget: null,
  },
  csat: {
    id: 'csat',
    label: 'Candidate satisfaction',
    unit: 'percent',
    better: 'higher',
    summary: 'CSAT: share of survey answers of 4 or 5 on a 1–5 scale.',
    start: '—',
    end: 'A candidate satisfaction survey answer (fed by candidate surveys).',
    formula: 'answers of 4 or 5 ÷ all answers',
    period: 'The day of the answer.',
    defaultTarget: {
      value: 80,
      source: 'No single benchmark; many service teams aim for 80% or more satisfied.',
    },
  },
  candidate_nps: {
    id: 'candidate_nps',
    label: 'Candidate NPS',
    unit: 'score',
    better: 'higher',
    summary: 'Net Promoter Score: % promoters (9–10) − % detractors (0–6), from −100 to +100.',
    start: '—',
    end: 'An answer to "How likely are you to recommend us?" on 0–10 (fed by candidate surveys).',
    formula: '% answers 9–10 − % answers 0–6',
    period: 'The day of the answer.',
    defaultTarget: {
      value: 30,
      source: 'Published candidate-experience studies (e.g. Talent Board’s) vary by year and region; +30 is a starting point, not a benchmark.',
    },
  },
};

/** The target in force: the agency's own, else the default; null means no target. */
export function targetFor(id: KpiId, settings: Pick<KpiSettings, 'targets'>): number | null {
  const own = settings.targets[id];
  if (own !== undefined) return own;
  return kpiDefinitions[id].defaultTarget?.value ?? null;
}

/** How the configurable definitions are set, in words, for the report appendix and tooltips. */
export function describeSettings(id: KpiId, s: KpiSettings): string | null {
  switch (id) {
    case 'time_to_fill':
      return `Start: job ${s.timeToFill.start === 'opened' ? 'opened' : 'created'}; on-hold time ${s.timeToFill.excludeOnHold ? 'excluded' : 'included'}; ${s.timeToFill.aggregate}.`;
    case 'time_to_hire':
      return `Start: ${s.timeToHire.start === 'application' ? 'entered the pipeline' : 'first added to the database'}; ${s.timeToHire.aggregate}.`;
    case 'offer_acceptance_rate':
      return `Denominator: ${s.offerAcceptance.denominator === 'extended' ? 'all offers extended' : 'decided offers (accepted + declined)'}.`;
    case 'reply_rate':
    case 'time_to_first_response':
      return `Reply window: ${s.engagement.replyWindowDays} days.`;
    default:
      return null;
  }
}
