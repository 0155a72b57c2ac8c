// Segments, static lists, bulk actions and personas through the dispatcher (validation and response checks on),
// over a sample agency in a real encrypted vault, with the test clock as "now".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SegmentDefinitionInput } from '../../src-shared/domain/segments/ast.js';
import { createTestCore, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
const events: { name: string; payload: unknown }[] = [];

beforeAll(async () => {
  t = await createTestCore();
  t.core.subscribe((name, payload) => events.push({ name, payload }));
  t.clock.set('2026-03-01T10:00:00.000Z');
  await t.call('demo:load-sample', { candidates: 300, seed: 7 });
});
afterAll(() => t.close());

const group = (children: SegmentDefinitionInput['children'], op: 'and' | 'or' = 'and'): SegmentDefinitionInput => ({ kind: 'group', op, children });
const raw = (text: string, ...params: unknown[]) => (t.db.prepare(text).get(...params) as { n: number }).n;
const LIVE = 'deleted_at IS NULL AND merged_into IS NULL';

const londonJava = group([
  { kind: 'skills', mode: 'any', values: ['Java', 'Kotlin', 'Python'] },
  { kind: 'location', places: [{ country: 'GB' }, { country: 'DE' }] },
]);

describe('live count and preview', () => {
  it('counts like a hand-written query and previews the newest members', async () => {
    const expected = raw(
      `SELECT count(*) AS n FROM candidates c WHERE ${LIVE} AND country IN ('GB','DE')
         AND EXISTS (SELECT 1 FROM candidate_skills s WHERE s.candidate_id = c.id AND s.skill IN ('Java','Kotlin','Python'))`,
    );
    expect(expected).toBeGreaterThan(0);
    const count = await t.call('segments:count-members', { definition: londonJava });
    expect(count.count).toBe(expected);
    const preview = await t.call('segments:preview-members', { definition: londonJava, limit: 5 });
    expect(preview.count).toBe(expected);
    expect(preview.items).toHaveLength(Math.min(5, expected));
    expect(preview.items.map((m) => m.id)).toEqual([...preview.items.map((m) => m.id)].sort((a, b) => b - a));
    expect(['GB', 'DE']).toContain(preview.items[0]!.country);
  });

  it('reports what is wrong with an incomplete condition, with the field path', async () => {
    const err = await t.fail('segments:count-members', { definition: group([{ kind: 'skills', mode: 'any', values: [] }]) });
    expect(err).toMatchObject({ code: 'invalid_input', field: 'definition.children.0.values' });
    expect(err.message).toMatch(/Pick at least one skill/);
    const text = await t.fail('segments:count-members', { definition: group([{ kind: 'text', query: 'java OR' }]) });
    expect(text).toMatchObject({ code: 'invalid_input', field: 'definition.children.0.query' });
  });

  it('relative conditions move with the injected clock', async () => {
    const recent = group([{ kind: 'last-contacted', op: 'after', when: { type: 'days-ago', days: 30 } }]);
    const now = (await t.call('segments:count-members', { definition: recent })).count;
    t.clock.set('2027-03-01T10:00:00.000Z');
    expect((await t.call('segments:count-members', { definition: recent })).count).toBe(0);
    t.clock.set('2026-03-01T10:00:00.000Z');
    expect(now).toBeGreaterThan(0);
  });
});

describe('saved segments', () => {
  let id: number;
  it('create, get, rename with optimistic concurrency, unique names', async () => {
    const created = await t.call('segments:create-segment', { name: 'JVM in GB/DE', definition: londonJava });
    id = created.id;
    expect(created.definition.children).toHaveLength(2);
    expect(await t.call('segments:get-segment', { id })).toEqual(created);
    const clash = await t.fail('segments:create-segment', { name: 'jvm in gb/de', definition: londonJava });
    expect(clash).toMatchObject({ code: 'conflict', field: 'name' });
    const renamed = await t.call('segments:update-segment', { id, version: created.version, name: 'JVM engineers (GB/DE)' });
    expect(renamed.version).toBe(created.version + 1);
    expect(await t.fail('segments:update-segment', { id, version: created.version, description: 'stale' })).toMatchObject({ code: 'conflict', field: 'version' });
  });

  it('lists segments with counts and records one snapshot per day for the sparkline', async () => {
    const first = await t.call('segments:list-segments', {});
    const s = first.items.find((i) => i.id === id)!;
    expect(s.count).toBe((await t.call('segments:count-members', { definition: londonJava })).count);
    expect(s.history).toEqual([{ day: '2026-03-01', count: s.count }]);
    t.clock.advanceDays(1);
    await t.call('segments:list-segments', {});
    await t.call('segments:list-segments', {});
    t.clock.advanceDays(1);
    const third = (await t.call('segments:list-segments', {})).items.find((i) => i.id === id)!;
    expect(third.history.map((h) => h.day)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    t.clock.set('2026-03-01T10:00:00.000Z');
  });

  it('freezes the current members into a static list that no longer follows the segment', async () => {
    const members = (await t.call('segments:count-members', { definition: londonJava })).count;
    const list = await t.call('lists:freeze-segment', { target: { type: 'segment', id }, name: 'JVM shortlist March' });
    expect(list).toMatchObject({ count: members, sourceSegmentId: id });
    const inList = await t.call('segments:list-members', { target: { type: 'list', id: list.id }, limit: 200 });
    expect(inList.total).toBe(members);
    // The list condition finds the same people.
    expect((await t.call('segments:count-members', { definition: group([{ kind: 'list', listIds: [list.id] }]) })).count).toBe(members);
    const someone = inList.items[0]!.id;
    expect(await t.call('lists:remove-members', { listId: list.id, candidateIds: [someone] })).toEqual({ removed: 1 });
    expect(await t.call('lists:add-members', { listId: list.id, candidateIds: [someone, someone] })).toEqual({ added: 1, already: 0 });
    expect(await t.fail('lists:add-members', { listId: list.id, candidateIds: [999_999] })).toMatchObject({ code: 'not_found', field: 'candidateIds' });
    expect((await t.call('lists:list-lists', {})).items.map((l) => l.name)).toContain('JVM shortlist March');
  });
});

describe('bulk actions', () => {
  const target = { type: 'definition' as const, definition: group([{ kind: 'skills', mode: 'any', values: ['Rust'] }, { kind: 'location', places: [{ country: 'GB' }] }]) };
  let members: number;
  beforeAll(async () => {
    members = (await t.call('segments:count-members', { definition: target.definition })).count;
    expect(members).toBeGreaterThan(0);
  });

  it('tags every member (and reports progress)', async () => {
    events.length = 0;
    const res = await t.call('segments:tag-members', { target, tags: ['rust-uk'], progressId: 'p1' });
    expect(res).toEqual({ members, updated: members });
    expect((await t.call('segments:count-members', { definition: group([{ kind: 'tags', mode: 'any', values: ['RUST-UK'] }]) })).count).toBe(members);
    expect(events.some((e) => e.name === 'job:progress' && (e.payload as { jobId: string; done: number }).jobId === 'p1')).toBe(true);
  });

  it('adds members to a job once, skipping those already in its pipeline', async () => {
    const job = (await t.call('segments:suggest-jobs', { query: '', limit: 1 })).items[0]!;
    const before = raw('SELECT count(*) AS n FROM applications WHERE job_id = ?', job.id);
    const res = await t.call('segments:add-members-to-job', { target, jobId: job.id });
    expect(res.added + res.skipped).toBe(members);
    expect(raw('SELECT count(*) AS n FROM applications WHERE job_id = ?', job.id)).toBe(before + res.added);
    expect(await t.call('segments:add-members-to-job', { target, jobId: job.id })).toEqual({ members, added: 0, skipped: members });
  });

  it('adds members to a static list and to a talent pool', async () => {
    const list = await t.call('lists:create-list', { name: 'Rustaceans' });
    expect(await t.call('segments:add-members-to-list', { target, listId: list.id })).toEqual({ members, added: members, already: 0 });
    expect(await t.call('segments:add-members-to-list', { target, listId: list.id })).toEqual({ members, added: 0, already: members });
    const pool = await t.call('pools:create-pool', { name: 'Rust community' });
    expect(await t.call('segments:add-members-to-list', { target, poolId: pool.id })).toMatchObject({ added: members });
    expect((await t.call('segments:count-members', { definition: group([{ kind: 'list', poolIds: [pool.id] }]) })).count).toBe(members);
    expect(await t.fail('segments:add-members-to-list', { target })).toMatchObject({ code: 'invalid_input', field: 'listId' });
  });

  it('exports members as CSV and creates one follow-up per member', async () => {
    const csv = await t.call('segments:export-members', { target });
    expect(csv.count).toBe(members);
    expect(csv.content.trim().split('\r\n')).toHaveLength(members + 1);
    const before = raw(`SELECT count(*) AS n FROM reminders WHERE source = 'segment'`);
    const res = await t.call('segments:create-follow-ups', { target, title: 'Check in about Rust roles', dueAt: '2026-03-08T09:00:00.000Z' });
    expect(res).toEqual({ members, created: members });
    expect(raw(`SELECT count(*) AS n FROM reminders WHERE source = 'segment'`)).toBe(before + members);
  });
});

describe('personas', () => {
  it('links to a segment, reports members with scores, and protects the segment', async () => {
    const segment = await t.call('segments:create-segment', {
      name: 'Senior engineers',
      definition: group([{ kind: 'seniority', values: ['senior', 'lead'] }]),
    });
    const persona = await t.call('personas:create-persona', {
      name: 'Senior backend engineer',
      description: 'Builds and runs services',
      motivations: 'Technical ownership',
      careerGoals: 'Move into leadership',
      skills: [{ name: 'Java', minLevel: 3 }, { name: 'SQL' }],
      seniority: ['senior'],
      channels: ['email'],
      segmentId: segment.id,
    });
    const report = await t.call('personas:get-report', { id: persona.id, limit: 10 });
    const expected = raw(`SELECT count(*) AS n FROM candidates WHERE ${LIVE} AND seniority IN ('senior','lead')`);
    expect(report.memberCount).toBe(expected);
    expect(report.scored).toBe(expected);
    expect(report.distribution.seniority.reduce((n, b) => n + b.count, 0)).toBe(expected);
    const scores = report.members.map((m) => m.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(report.members[0]!.reasons.map((r) => r.dimension)).toEqual(['skills', 'seniority', 'channel', 'goals']);

    expect(await t.fail('segments:delete-segment', { id: segment.id })).toMatchObject({ code: 'conflict' });
    const listed = (await t.call('personas:list-personas', {})).items.find((p) => p.id === persona.id)!;
    expect(listed).toMatchObject({ segmentName: 'Senior engineers', memberCount: expected });
    const updated = await t.call('personas:update-persona', { id: persona.id, version: persona.version, patch: { segmentId: null } });
    expect(updated.segmentId).toBeNull();
    expect(await t.call('segments:delete-segment', { id: segment.id })).toEqual({ id: segment.id, deleted: true });
    expect(await t.fail('personas:create-persona', { name: 'x', segmentId: segment.id })).toMatchObject({ code: 'not_found', field: 'segmentId' });
  });
});

describe('pickers from the data', () => {
  it('suggests values in use, treating % and _ literally', async () => {
    const skills = await t.call('segments:suggest-values', { field: 'skill', query: 'ja' });
    expect(skills.items.length).toBeGreaterThan(0);
    for (const s of skills.items) expect(s.value.toLowerCase()).toContain('ja');
    expect((await t.call('segments:suggest-values', { field: 'skill', query: '%' })).items).toEqual([]);
    expect((await t.call('segments:suggest-values', { field: 'tag', query: '_' })).items).toEqual([]);
    const countries = await t.call('segments:suggest-values', { field: 'country', query: 'kingdom' });
    expect(countries.items.map((c) => c.value)).toContain('GB');
    const places = await t.call('segments:suggest-places', { query: 'lon' });
    expect(places.items.some((p) => p.city === 'London')).toBe(true);
    const options = await t.call('segments:get-options', {});
    expect(options.owners.length).toBeGreaterThan(0);
    const jobs = await t.call('segments:suggest-jobs', { query: '', limit: 3 });
    expect(jobs.items[0]!.stages.length).toBeGreaterThan(0);
    expect((await t.call('segments:suggest-jobs', { ids: [jobs.items[0]!.id] })).items.map((j) => j.id)).toEqual([jobs.items[0]!.id]);
  });
});
