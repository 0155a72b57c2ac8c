import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  daysInStage,
  engagement,
  offerAcceptance,
  placements,
  recruiterActivity,
  sourceOfHire,
  stageConversion,
  timeToFill,
  timeToHire,
} from '../../../../../src-shared/domain/kpi/calculations.js';
import { kpiFilter, type KpiFilterInput } from '../../../../../src-shared/domain/kpi/dashboard.js';
import type { ActivityRecord, ApplicationRecord } from '../../../../../src-shared/domain/kpi/records.js';
import { defaultKpiSettings } from '../../../../../src-shared/domain/kpi/settings.js';
import { previousPeriod, rangeOf, type Range } from '../../../../../src-shared/domain/kpi/time.js';
import type { WriteDb } from '../../../db/database.js';
import { generateSampleAgency } from '../../sample/generator.js';
import { openTestDb } from '../../__tests__/fixtures.js';
import { createList, createSegment } from '../../segments/segments.js';
import { computeDashboard } from '../dashboard.js';
import { loadActivities, loadCohort, loadJobs } from '../records.js';
import { pendingRollupDays, refreshRollups } from '../rollups.js';
import { applicationScope } from '../scope.js';

// The day summaries (SQL sums of per-day rows) must give exactly what the pure functions give on all the records.

const NOW = new Date('2026-05-01T09:00:00.000Z');
const EVERYTHING: Range = { start: '2000-01-01T00:00:00.000Z', end: '2100-01-01T00:00:00.000Z' };
let db: WriteDb;
let cleanup: () => void;

beforeAll(async () => {
  ({ db, cleanup } = openTestDb());
  await generateSampleAgency(db, { candidates: 300, seed: 11, now: NOW });
});
afterAll(() => cleanup());

const settings = defaultKpiSettings();

/** The pure functions over every record, filtered in JS: the oracle. */
function oracle(input: KpiFilterInput, candidates: ReadonlySet<number> | null = null) {
  const f = kpiFilter.parse(input);
  const all = loadCohort(db, EVERYTHING, applicationScope({ ...f, recruiterId: null, source: null, segmentId: null }, null)).filter(
    (a) =>
      (f.recruiterId === null || a.recruiterId === f.recruiterId) &&
      (f.source === null || a.source === f.source) &&
      (candidates === null || candidates.has(a.candidateId)),
  );
  const jobs = loadJobs(db, all.map((a) => a.jobId));
  let acts: ActivityRecord[] = loadActivities(db, EVERYTHING, EVERYTHING.end, { jobIds: null, candidateIds: null, source: f.source });
  if (f.clientId !== null || f.jobId !== null) {
    const jobIds = new Set(
      (db.prepare('SELECT id FROM jobs WHERE (? IS NULL OR client_id = ?) AND (? IS NULL OR id = ?)').raw().all(f.clientId, f.clientId, f.jobId, f.jobId) as [number][]).map((r) => r[0]),
    );
    const withJob = new Map((db.prepare('SELECT id, job_id FROM activities').raw().all() as [number, number | null][]).map(([id, j]) => [id, j]));
    acts = acts.filter((a) => jobIds.has(withJob.get(a.id) ?? -1));
  }
  if (candidates !== null) acts = acts.filter((a) => candidates.has(a.candidateId));
  const include = (a: ActivityRecord) => f.recruiterId === null || a.recruiterId === f.recruiterId;
  const at = (range: Range) => {
    const conv = stageConversion(all, range);
    const eng = engagement(acts, range, settings.engagement, include);
    return {
      placements: placements(all, range).placements,
      ttf: timeToFill(all, jobs, range, settings.timeToFill).value,
      tth: timeToHire(all, range, settings.timeToHire).value,
      offers: offerAcceptance(all, range, settings.offerAcceptance),
      sources: sourceOfHire(all, range).sources,
      funnel: conv.stages.map((s) => s.reached),
      velocity: daysInStage(all, range),
      touches: eng.touches,
      replied: eng.replied,
      replyRate: eng.replyRate,
      responseHours: eng.meanResponseHours,
      recruiters: recruiterActivity(acts.filter(include), all, range).map((r) => [r.recruiterId, r.touches, r.placements]),
    };
  };
  const prev = previousPeriod(f.from, f.to);
  return { current: at(rangeOf(f.from, f.to)), previous: at(rangeOf(prev.from, prev.to)) };
}

async function viaService(input: KpiFilterInput) {
  const { dashboard, current, previous } = await computeDashboard(db, kpiFilter.parse(input), { now: NOW });
  const pick = (p: typeof current) => ({
    placements: p.placements.placements,
    ttf: p.timeToFill.value,
    tth: p.timeToHire.value,
    offers: p.offers,
    sources: p.sources.sources,
    funnel: p.conversion.stages.map((s) => s.reached),
    velocity: p.velocity,
    touches: p.engagement.touches,
    replied: p.engagement.replied,
    replyRate: p.engagement.replyRate,
    responseHours: p.engagement.meanResponseHours,
    recruiters: p.recruiters.map((r) => [r.recruiterId, r.touches, r.placements]),
  });
  return { dashboard, current: pick(current), previous: pick(previous) };
}

/** Floating sums differ in the last bits depending on summation order. */
function expectSame(actual: unknown, expected: unknown) {
  const round = (v: unknown): unknown =>
    typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : Array.isArray(v) ? v.map(round) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)])) : v;
  expect(round(actual)).toEqual(round(expected));
}

describe('dashboard from day summaries = pure functions on the records', () => {
  it('summarises every day on first use, then nothing is pending', async () => {
    expect(pendingRollupDays(db)).toBeGreaterThan(300);
    expect(await refreshRollups(db, settings)).toBe('fresh');
    expect(pendingRollupDays(db)).toBe(0);
  });

  for (const [name, filter] of [
    ['last 90 days', { from: '2026-01-31', to: '2026-04-30' }],
    ['a whole year', { from: '2025-05-01', to: '2026-04-30' }],
    ['one month', { from: '2026-02-01', to: '2026-02-28' }],
  ] as const) {
    it(`matches for ${name}`, async () => {
      const got = await viaService(filter);
      expect(got.dashboard.path).toBe('rollup');
      expect(got.current.placements).toBeGreaterThan(0);
      expect(got.current.touches).toBeGreaterThan(0);
      expectSame(got.current, oracle(filter).current);
      expectSame(got.previous, oracle(filter).previous);
    });
  }

  it('matches under recruiter and source filters', async () => {
    const recruiter = (db.prepare('SELECT owner_id FROM jobs GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1').get() as { owner_id: number }).owner_id;
    for (const filter of [
      { from: '2025-11-01', to: '2026-04-30', recruiterId: recruiter },
      { from: '2025-11-01', to: '2026-04-30', source: 'Referral' },
      { from: '2025-11-01', to: '2026-04-30', source: 'LinkedIn', recruiterId: recruiter },
    ]) {
      const got = await viaService(filter);
      expect(got.dashboard.path).toBe('rollup');
      expectSame(got.current, oracle(filter).current);
    }
  });

  it('a client or job filter reads the records and matches too', async () => {
    const busiest = db.prepare('SELECT j.client_id AS client, j.id AS job FROM applications a JOIN jobs j ON j.id = a.job_id GROUP BY j.id ORDER BY count(*) DESC LIMIT 1').get() as { client: number; job: number };
    for (const filter of [
      { from: '2025-05-01', to: '2026-04-30', clientId: busiest.client },
      { from: '2025-05-01', to: '2026-04-30', jobId: busiest.job },
    ]) {
      const got = await viaService(filter);
      expect(got.dashboard.path).toBe('direct');
      expect(got.current.funnel[0]).toBeGreaterThan(0);
      const want = oracle(filter).current;
      // The direct path keeps the median response time (the summaries cannot): compare the rest.
      expectSame(got.current, want);
    }
  });

  it('a segment filter uses the segments service’s members and matches the records', async () => {
    const ids = (db.prepare('SELECT DISTINCT candidate_id AS id FROM applications ORDER BY candidate_id LIMIT 80').all() as { id: number }[]).map((r) => r.id);
    const w = { at: NOW.toISOString(), actor: 'test' };
    const list = createList(db, { name: 'KPI test list', description: '', candidateIds: ids }, w);
    const segment = createSegment(
      db,
      { name: 'KPI test segment', description: '', definition: { kind: 'group', op: 'and', negate: false, children: [{ kind: 'list', listIds: [list.id], poolIds: [] }] } as never },
      { now: NOW },
      w,
    );
    const filter = { from: '2025-05-01', to: '2026-04-30', segmentId: segment.id };
    const got = await viaService(filter);
    expect(got.dashboard.path).toBe('direct');
    expect(got.dashboard.filterLabel).toBe('Segment: KPI test segment');
    expect(got.current.funnel[0]).toBeGreaterThan(0);
    expectSame(got.current, oracle({ ...filter, segmentId: null }, new Set(ids)).current);
  });

  it('keeps the summaries right after edits: a reply, a stage move, a source change, a merge-style removal', async () => {
    const filter = { from: '2026-01-31', to: '2026-04-30' };
    // An unanswered outbound touch, answered now five days later: its day (not the reply's) must be recomputed.
    const before = await viaService(filter);
    const out = db
      .prepare(
        `SELECT o.candidate_id, o.occurred_at FROM activities o
         WHERE o.direction = 'outbound' AND o.candidate_id IS NOT NULL AND o.occurred_at >= '2026-03-01' AND o.occurred_at < '2026-04-20'
           AND NOT EXISTS (SELECT 1 FROM activities i WHERE i.candidate_id = o.candidate_id AND i.direction = 'inbound'
                             AND julianday(i.occurred_at) > julianday(o.occurred_at) AND julianday(i.occurred_at) <= julianday(o.occurred_at) + 7)
         ORDER BY o.id LIMIT 1`,
      )
      .get() as {
      candidate_id: number;
      occurred_at: string;
    };
    const replyAt = new Date(Date.parse(out.occurred_at) + 5 * 86_400_000).toISOString();
    db.prepare(`INSERT INTO activities (channel, direction, occurred_at, candidate_id, created_at) VALUES ('email', 'inbound', ?, ?, ?)`).run(replyAt, out.candidate_id, replyAt);
    const replied = await viaService(filter);
    expect(replied.current.replied).toBeGreaterThan(before.current.replied);
    expectSame(replied.current, oracle(filter).current);
    const app = db.prepare(`SELECT a.id, a.job_id FROM applications a WHERE a.status = 'active' AND a.created_at >= '2026-02-01' LIMIT 1`).get() as { id: number; job_id: number };
    const interview = db.prepare(`SELECT id FROM job_stages WHERE job_id = ? AND type = 'interview' ORDER BY position LIMIT 1`).get(app.job_id) as { id: number };
    db.prepare(`INSERT INTO stage_history (application_id, to_stage_id, moved_at) VALUES (?, ?, '2026-04-20T10:00:00.000Z')`).run(app.id, interview.id);
    const cand = db.prepare(`SELECT candidate_id FROM applications WHERE created_at >= '2026-02-01' LIMIT 1 OFFSET 5`).get() as { candidate_id: number };
    db.prepare(`UPDATE candidates SET source = 'Podcast' WHERE id = ?`).run(cand.candidate_id);
    const gone = db.prepare(`SELECT candidate_id FROM applications WHERE created_at >= '2026-02-01' LIMIT 1 OFFSET 9`).get() as { candidate_id: number };
    db.prepare(`UPDATE candidates SET deleted_at = '2026-04-30T00:00:00.000Z' WHERE id = ?`).run(gone.candidate_id);
    expect(pendingRollupDays(db)).toBeGreaterThan(0);
    const got = await viaService(filter);
    expectSame(got.current, oracle(filter).current);
    expectSame((await viaService({ ...filter, source: 'Podcast' })).current, oracle({ ...filter, source: 'Podcast' }).current);
  });

  it('changing the reply window recomputes every touch day', async () => {
    const filter = { from: '2026-01-31', to: '2026-04-30' };
    const before = await viaService(filter);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('kpi.settings', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
      JSON.stringify({ engagement: { replyWindowDays: 2 } }),
    );
    const after = await viaService(filter);
    expect(after.current.replied).toBeLessThan(before.current.replied);
    const want = (() => {
      const acts: ApplicationRecord[] = [];
      void acts;
      const all = loadActivities(db, EVERYTHING, EVERYTHING.end, { jobIds: null, candidateIds: null, source: null });
      return engagement(all, rangeOf(filter.from, filter.to), { replyWindowDays: 2 });
    })();
    expect(after.current.replied).toBe(want.replied);
    db.prepare(`DELETE FROM settings WHERE key = 'kpi.settings'`).run();
  });
});
