import { describe, expect, it } from 'vitest';
import {
  candidateNps,
  changeFrom,
  csat,
  daysInStage,
  engagement,
  funnelFromRanks,
  furthestRank,
  matchReplies,
  offerAcceptance,
  onHoldMs,
  placements,
  recruiterActivity,
  sourceOfHire,
  stageConversion,
  stageStays,
  targetStatus,
  timeToFill,
  timeToHire,
} from '../calculations.js';
import type { ActivityRecord, ApplicationRecord, JobRecord } from '../records.js';
import { defaultKpiSettings } from '../settings.js';
import { DAY_MS, rangeOf } from '../time.js';

// Hand-computed fixtures: every expected number below is worked out in the comment next to it.

const Q1 = rangeOf('2026-01-01', '2026-03-31');
const settings = defaultKpiSettings();

const app = (over: Partial<ApplicationRecord> & { id: number }): ApplicationRecord => ({
  candidateId: over.id * 10,
  jobId: 1,
  enteredAt: '2026-01-05T09:00:00.000Z',
  candidateCreatedAt: '2025-12-01T09:00:00.000Z',
  source: 'LinkedIn',
  recruiterId: 1,
  offerExtendedAt: null,
  offerAcceptedAt: null,
  offerDeclinedAt: null,
  hiredAt: null,
  placementFee: null,
  currency: 'GBP',
  stages: [],
  ...over,
});

const hire = (id: number, jobId: number, acceptedAt: string, over: Partial<ApplicationRecord> = {}): ApplicationRecord =>
  app({ id, jobId, offerExtendedAt: acceptedAt, offerAcceptedAt: acceptedAt, hiredAt: acceptedAt, ...over });

describe('on-hold time', () => {
  const history = [
    { status: 'open' as const, at: '2026-01-01T00:00:00.000Z' },
    { status: 'on_hold' as const, at: '2026-01-11T00:00:00.000Z' },
    { status: 'open' as const, at: '2026-01-21T00:00:00.000Z' },
    { status: 'on_hold' as const, at: '2026-02-01T00:00:00.000Z' },
  ];
  it('sums every hold, clipped to the window, an open-ended last hold running to the window end', () => {
    // Hold 1: Jan 11 → Jan 21 = 10 days. Hold 2: Feb 1 → (open) clipped at Feb 5 = 4 days.
    expect(onHoldMs(history, Date.parse('2026-01-01T00:00:00Z'), Date.parse('2026-02-05T00:00:00Z')) / DAY_MS).toBe(14);
    // A window starting mid-hold counts only the part inside: Jan 16 → Jan 21 = 5 days.
    expect(onHoldMs(history, Date.parse('2026-01-16T00:00:00Z'), Date.parse('2026-01-25T00:00:00Z')) / DAY_MS).toBe(5);
  });
  it('treats repeated on_hold entries as one hold and ignores order of input', () => {
    const shuffled = [history[2]!, { status: 'on_hold' as const, at: '2026-01-15T00:00:00.000Z' }, history[0]!, history[1]!];
    expect(onHoldMs(shuffled, Date.parse('2026-01-01T00:00:00Z'), Date.parse('2026-01-31T00:00:00Z')) / DAY_MS).toBe(10);
  });
});

describe('time to fill', () => {
  const jobs = new Map<number, JobRecord>([
    // Job 1: created Dec 22, opened Jan 1, on hold Jan 11 → Jan 21 (10 days).
    [
      1,
      {
        id: 1,
        createdAt: '2025-12-22T00:00:00.000Z',
        openedAt: '2026-01-01T00:00:00.000Z',
        statusHistory: [
          { status: 'open', at: '2026-01-01T00:00:00.000Z' },
          { status: 'on_hold', at: '2026-01-11T00:00:00.000Z' },
          { status: 'open', at: '2026-01-21T00:00:00.000Z' },
          { status: 'filled', at: '2026-02-10T00:00:00.000Z' },
        ],
      },
    ],
    // Job 2: opened Feb 1, never on hold.
    [2, { id: 2, createdAt: '2026-02-01T00:00:00.000Z', openedAt: '2026-02-01T00:00:00.000Z', statusHistory: [{ status: 'open', at: '2026-02-01T00:00:00.000Z' }] }],
    // Job 3: never opened.
    [3, { id: 3, createdAt: '2026-01-01T00:00:00.000Z', openedAt: null, statusHistory: [] }],
  ]);
  const apps = [
    hire(1, 1, '2026-02-10T00:00:00.000Z'), // 40 days open − 10 on hold = 30
    hire(2, 2, '2026-02-21T00:00:00.000Z'), // 20 days
    hire(3, 2, '2026-03-03T00:00:00.000Z'), // second opening of job 2: 30 days
    hire(4, 3, '2026-02-01T00:00:00.000Z'), // never opened: left out
    hire(5, 1, '2026-04-02T00:00:00.000Z'), // accepted after the period: left out
    app({ id: 6, jobId: 1 }), // not hired
  ];

  it('opened → accepted, on-hold excluded: 30, 20, 30 → mean 26.67, median 30', () => {
    const r = timeToFill(apps, jobs, Q1, settings.timeToFill);
    expect(r.items.map((i) => [i.applicationId, i.days])).toEqual([
      [1, 30],
      [2, 20],
      [3, 30],
    ]);
    expect(r.count).toBe(3);
    expect(r.mean).toBeCloseTo(80 / 3, 10);
    expect(r.median).toBe(30);
    expect(r.value).toBeCloseTo(80 / 3, 10);
  });

  it('on-hold included: job 1 becomes 40 days → 40, 20, 30 → mean 30', () => {
    const r = timeToFill(apps, jobs, Q1, { ...settings.timeToFill, excludeOnHold: false });
    expect(r.items.map((i) => i.days)).toEqual([40, 20, 30]);
    expect(r.mean).toBe(30);
  });

  it('start at creation: job 1 from Dec 22 (50 days − 10 hold = 40), job 3 now counts (31 days); median aggregate', () => {
    const r = timeToFill(apps, jobs, Q1, { start: 'created', excludeOnHold: true, aggregate: 'median' });
    // 40, 20, 30, 31 → sorted 20, 30, 31, 40 → median (30 + 31) / 2 = 30.5
    expect(r.items.map((i) => i.days)).toEqual([40, 20, 30, 31]);
    expect(r.value).toBe(30.5);
  });
});

describe('time to hire', () => {
  const apps = [
    hire(1, 1, '2026-01-25T09:00:00.000Z', { enteredAt: '2026-01-05T09:00:00.000Z' }), // 20 days
    hire(2, 1, '2026-02-14T21:00:00.000Z', { enteredAt: '2026-02-04T09:00:00.000Z' }), // 10.5 days
    hire(3, 1, '2025-12-30T09:00:00.000Z', { enteredAt: '2025-12-01T09:00:00.000Z' }), // before the period
  ];
  it('entered pipeline → accepted: 20 and 10.5 → mean 15.25', () => {
    const r = timeToHire(apps, Q1, settings.timeToHire);
    expect(r.items.map((i) => i.days)).toEqual([20, 10.5]);
    expect(r.value).toBe(15.25);
  });
  it('from first contact (candidate created Dec 1 09:00): 55 and 75.5 days', () => {
    const r = timeToHire(apps, Q1, { start: 'first_contact', aggregate: 'median' });
    expect(r.items.map((i) => i.days)).toEqual([55, 75.5]);
    expect(r.value).toBe(65.25);
  });
});

describe('offers, placements and sources', () => {
  const apps = [
    app({ id: 1, offerExtendedAt: '2026-01-10T00:00:00Z', offerAcceptedAt: '2026-01-12T00:00:00Z', hiredAt: '2026-01-12T00:00:00Z', placementFee: 12_000, currency: 'GBP', source: 'Referral' }),
    app({ id: 2, offerExtendedAt: '2026-02-10T00:00:00Z', offerDeclinedAt: '2026-02-11T00:00:00Z' }),
    app({ id: 3, offerExtendedAt: '2026-03-30T00:00:00Z' }), // pending
    app({ id: 4, offerExtendedAt: '2026-03-31T23:00:00Z', offerAcceptedAt: '2026-04-02T00:00:00Z', hiredAt: '2026-04-02T00:00:00Z' }), // extended in Q1, hired in Q2
    app({ id: 5, offerExtendedAt: '2025-12-20T00:00:00Z', offerAcceptedAt: '2026-01-03T00:00:00Z', hiredAt: '2026-01-03T00:00:00Z', placementFee: 9_000, currency: 'GBP', source: 'LinkedIn' }),
    app({ id: 6, hiredAt: '2026-02-01T00:00:00Z', placementFee: 15_000, currency: 'EUR', source: 'Referral' }), // hired without an offer
    app({ id: 7, hiredAt: '2026-03-01T00:00:00Z', source: '' }), // no fee, no source
  ];
  it('acceptance: 4 extended in Q1 (1, 2, 3, 4): 2 accepted, 1 declined, 1 pending → 50%; decided: 2 ÷ 3', () => {
    expect(offerAcceptance(apps, Q1, { denominator: 'extended' })).toEqual({ extended: 4, accepted: 2, declined: 1, pending: 1, rate: 0.5 });
    expect(offerAcceptance(apps, Q1, { denominator: 'decided' }).rate).toBeCloseTo(2 / 3, 10);
  });
  it('placements: hires 1, 5, 6, 7 in Q1; fees per currency, never summed across currencies', () => {
    expect(placements(apps, Q1)).toEqual({
      placements: 4,
      fees: [
        { currency: 'GBP', total: 21_000, placements: 2 },
        { currency: 'EUR', total: 15_000, placements: 1 },
      ],
    });
  });
  it('source of hire: Referral 2 of 4, LinkedIn 1, Unknown 1', () => {
    expect(sourceOfHire(apps, Q1)).toEqual({
      total: 4,
      sources: [
        { source: 'Referral', hires: 2, share: 0.5 },
        { source: 'LinkedIn', hires: 1, share: 0.25 },
        { source: 'Unknown', hires: 1, share: 0.25 },
      ],
    });
  });
});

describe('stage conversion (cohort)', () => {
  const st = (type: ApplicationRecord['stages'][number]['type'], day: number) => ({ type, at: new Date(Date.UTC(2026, 0, day)).toISOString() });
  const apps = [
    app({ id: 1, enteredAt: '2026-01-02T00:00:00Z', stages: [st('sourced', 2)] }), // rank 0
    app({ id: 2, enteredAt: '2026-01-02T00:00:00Z', stages: [st('sourced', 2), st('screening', 5), st('rejected', 9)] }), // 1
    app({ id: 3, enteredAt: '2026-01-03T00:00:00Z', stages: [st('sourced', 3), st('interview', 6)] }), // skipped screening: 2
    app({ id: 4, enteredAt: '2026-01-03T00:00:00Z', stages: [st('sourced', 3), st('screening', 4), st('interview', 8), st('offer', 12), st('hired', 14)] }), // 4
    app({ id: 5, enteredAt: '2026-01-04T00:00:00Z', stages: [st('screening', 4)], offerExtendedAt: '2026-01-20T00:00:00Z' }), // offer recorded: 3
    app({ id: 6, enteredAt: '2026-01-04T00:00:00Z', stages: [st('rejected', 4)] }), // straight to rejected: 0
    app({ id: 7, enteredAt: '2025-12-30T00:00:00Z', stages: [st('hired', 5)], hiredAt: '2026-01-05T00:00:00Z' }), // outside the cohort
  ];
  it('furthest rank treats later stages as passing earlier ones', () => {
    expect(apps.map(furthestRank)).toEqual([0, 1, 2, 4, 3, 0, 4]);
  });
  it('reached: entered 6, screening 4, interview 3, offer 2, hired 1', () => {
    const r = stageConversion(apps, Q1);
    expect(r.cohort).toBe(6);
    expect(r.stages.map((s) => s.reached)).toEqual([6, 4, 3, 2, 1]);
    expect(r.stages.map((s) => s.fromPrevious)).toEqual([null, 4 / 6, 3 / 4, 2 / 3, 1 / 2]);
    expect(r.rate).toBeCloseTo(1 / 6, 10);
    expect(funnelFromRanks([2, 1, 1, 1, 1])).toEqual(r);
  });
  it('days in stage: completed stays only', () => {
    // app 2: sourced 3 d, screening 4 d. app 3: sourced 3 d (interview still open). app 4: sourced 1, screening 4,
    // interview 4, offer 2. app 5: screening still open. → sourced (3+3+1)/3, screening (4+4)/2, interview 4, offer 2.
    expect(stageStays(apps[3]!)).toEqual([
      { type: 'sourced', days: 1 },
      { type: 'screening', days: 4 },
      { type: 'interview', days: 4 },
      { type: 'offer', days: 2 },
    ]);
    const r = daysInStage(apps, Q1);
    expect(r.stages).toEqual([
      { type: 'sourced', stays: 3, meanDays: 7 / 3 },
      { type: 'screening', stays: 2, meanDays: 4 },
      { type: 'interview', stays: 1, meanDays: 4 },
      { type: 'offer', stays: 1, meanDays: 2 },
    ]);
    // Overall: (7 + 8 + 4 + 2) / 7 = 3.
    expect(r.meanDays).toBe(3);
    expect(r.stays).toBe(7);
  });
});

describe('engagement', () => {
  let id = 0;
  const act = (candidateId: number, direction: ActivityRecord['direction'], at: string, recruiterId: number | null = 1): ActivityRecord => ({
    id: ++id,
    candidateId,
    recruiterId,
    direction,
    occurredAt: at,
    source: 'LinkedIn',
  });
  const acts = [
    act(1, 'outbound', '2026-01-10T09:00:00Z'), // replied by Jan 10 15:00 → 6 h
    act(1, 'outbound', '2026-01-10T12:00:00Z'), // same reply → 3 h
    act(1, 'inbound', '2026-01-10T15:00:00Z'),
    act(1, 'internal', '2026-01-10T16:00:00Z'), // a note: not a touch
    act(2, 'outbound', '2026-01-20T00:00:00Z'), // reply 8 days later: outside the 7-day window
    act(2, 'inbound', '2026-01-28T00:00:00Z'),
    act(3, 'outbound', '2026-03-31T12:00:00Z', 2), // reply after the period end still answers it: 24 h
    act(3, 'inbound', '2026-04-01T12:00:00Z', 2),
    act(4, 'inbound', '2026-02-01T00:00:00Z', 2), // unprompted inbound
    act(4, 'outbound', '2026-02-01T00:00:00Z', 2), // same instant as the inbound: not a reply (strictly after)
  ];
  it('matches each outbound with the first later inbound within the window', () => {
    expect(matchReplies(acts, 7).map((o) => [o.activity.id, o.replyHours])).toEqual([
      [1, 6],
      [2, 3],
      [5, null],
      [7, 24],
      [10, null],
    ]);
    // A 10-day window lets candidate 2's reply count: 8 days = 192 h.
    expect(matchReplies(acts, 10).find((o) => o.activity.id === 5)?.replyHours).toBe(192);
  });
  it('Q1: 5 outbound, 3 inbound in the period; 3 replied → 60%, mean (6+3+24)/3 = 11 h, median 6 h', () => {
    expect(engagement(acts, Q1, { replyWindowDays: 7 })).toEqual({
      touches: 8,
      outbound: 5,
      inbound: 3,
      replied: 3,
      replyRate: 0.6,
      meanResponseHours: 11,
      medianResponseHours: 6,
    });
  });
  it('per recruiter: touches in the period, placements on owned jobs', () => {
    const apps = [hire(1, 1, '2026-02-01T00:00:00Z', { recruiterId: 2 }), hire(2, 1, '2026-02-02T00:00:00Z', { recruiterId: 2 })];
    expect(recruiterActivity(acts, apps, Q1)).toEqual([
      { recruiterId: 1, outbound: 3, inbound: 2, touches: 5, placements: 0 },
      { recruiterId: 2, outbound: 2, inbound: 1, touches: 3, placements: 2 },
    ]);
  });
});

describe('satisfaction slots', () => {
  const at = '2026-02-01T00:00:00Z';
  it('CSAT: share of 4–5 answers; NPS: % promoters − % detractors', () => {
    const answers = [5, 4, 3, 2, 5].map((score, i) => ({ candidateId: i, kind: 'csat' as const, score, at }));
    expect(csat(answers, Q1)).toEqual({ responses: 5, satisfied: 3, score: 60 });
    // 10 answers: promoters 9, 10, 10, 9 (4); passives 7, 8 (2); detractors 0, 6, 5, 3 (4) → 40% − 40% = 0.
    const nps = [9, 10, 10, 9, 7, 8, 0, 6, 5, 3].map((score, i) => ({ candidateId: i, kind: 'nps' as const, score, at }));
    expect(candidateNps(nps, Q1)).toEqual({ responses: 10, promoters: 4, passives: 2, detractors: 4, score: 0 });
    // 3 promoters, 1 detractor of 4 → 75 − 25 = 50.
    expect(candidateNps([10, 9, 9, 2].map((score) => ({ candidateId: 1, kind: 'nps' as const, score, at })), Q1).score).toBe(50);
    expect(csat([], Q1).score).toBeNull();
  });
});

describe('comparison to the previous period and the target', () => {
  it('knows which way is better', () => {
    expect(changeFrom(30, 40, 'lower')).toEqual({ delta: -10, relative: -0.25, improved: true });
    expect(changeFrom(0.5, 0.4, 'higher')).toEqual({ delta: 0.09999999999999998, relative: 0.24999999999999994, improved: true });
    expect(changeFrom(5, 0, 'higher')).toEqual({ delta: 5, relative: null, improved: true });
    expect(changeFrom(5, null, 'higher').improved).toBeNull();
    expect(targetStatus(41, 42, 'lower')).toBe('met');
    expect(targetStatus(43, 42, 'lower')).toBe('missed');
    expect(targetStatus(0.95, null, 'higher')).toBe('none');
  });
});
