// Random segment definitions over the value pools of world.ts (plus values no candidate has).
import fc from 'fast-check';
import { segmentDefinition, type SegmentDefinition, type SegmentNodeInput } from '../../../../../src-shared/domain/segments/ast.js';
import { validateSearchQuery } from '../../../../../src-shared/domain/search-query.js';
import { CITIES, COUNTRIES, INDUSTRIES, JOBS, LISTS, NOW, OWNERS, POOLS, REGIONS, SKILLS, SOURCES, STAGE_TYPES, TAGS, WORDS, stageId } from './world.js';

const some = <T>(pool: readonly T[], min = 1, max = 3) => fc.uniqueArray(fc.constantFrom(...pool), { minLength: min, maxLength: max });
const DAY = 86_400_000;

const dateBound = fc.oneof(
  fc.integer({ min: -400, max: 30 }).map((d) => ({ type: 'date' as const, date: new Date(NOW.getTime() + d * DAY).toISOString().slice(0, 10) })),
  fc.integer({ min: 0, max: 400 }).map((days) => ({ type: 'days-ago' as const, days })),
);

const term = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom('100%', 'snake_case', 'back\\slash', "o'brien", 'java*', 'zu*', 'Ёл*', 'ecole', 'ZURICH', 'strasse', 'c++', 'node.js', 'rust', 'ärztin', 'fintech', 'линкедин', 'a_b'),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => `"${a} ${b}"`),
);
const fielded = fc.tuple(fc.constantFrom('skill', 'title', 'name', 'location', 'tag', 'source', 'notes', 'company'), term).map(([f, t]) => `${f}:${t}`);
const atom = fc.oneof(term, term, fielded);
const query = fc
  .oneof(
    atom,
    fc.tuple(atom, atom).map(([a, b]) => `${a} ${b}`),
    fc.tuple(atom, atom).map(([a, b]) => `${a} OR ${b}`),
    fc.tuple(atom, atom).map(([a, b]) => `${a} -${b}`),
    fc.tuple(atom, atom, atom).map(([a, b, c]) => `(${a} OR ${b}) -${c}`),
    fc.tuple(fc.constantFrom('skill', 'location', 'title'), atom, atom).map(([f, a, b]) => `${f}:(${a.replace(/^\w+:/, '')} OR ${b.replace(/^\w+:/, '')})`),
  )
  .filter((q) => validateSearchQuery(q).ok);

const place = fc
  .record({ country: fc.constantFrom(...COUNTRIES), region: fc.constantFrom(...REGIONS, '', ''), city: fc.constantFrom(...CITIES, '', '') })
  .filter((p) => p.country !== '' || p.region !== '' || p.city !== '');

export const conditionArb: fc.Arbitrary<SegmentNodeInput> = fc.oneof(
  query.map((q) => ({ kind: 'text' as const, query: q })),
  fc.record({
    kind: fc.constant('skills' as const),
    mode: fc.constantFrom('any' as const, 'all' as const),
    values: some([...SKILLS, 'Haskell', 'java']),
    minLevel: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    minYears: fc.option(fc.constantFrom(0, 0.5, 2.5, 5, 7.25), { nil: null }),
  }),
  fc.record({ kind: fc.constant('industry' as const), mode: fc.constantFrom('any' as const, 'all' as const), values: some([...INDUSTRIES, 'FINTECH', 'Mining']) }),
  fc.record({ kind: fc.constant('tags' as const), mode: fc.constantFrom('any' as const, 'all' as const), values: some([...TAGS, 'Passive', 'nope']) }),
  fc.record({ kind: fc.constant('source' as const), values: some([...SOURCES.filter(Boolean), 'REFERRAL', 'Nowhere']) }),
  fc.record({ kind: fc.constant('seniority' as const), values: some(['intern', 'junior', 'mid', 'senior', 'lead', 'principal', 'director', 'executive', 'unknown'] as const, 1, 4) }),
  fc.record({ kind: fc.constant('remote' as const), values: some(['onsite', 'hybrid', 'remote', 'flexible', 'unknown'] as const, 1, 3) }),
  fc
    .record({ kind: fc.constant('owner' as const), ownerIds: fc.uniqueArray(fc.integer({ min: 1, max: OWNERS + 1 }), { maxLength: 2 }), unassigned: fc.boolean() })
    .filter((c) => c.ownerIds.length > 0 || c.unassigned),
  fc
    .record({
      kind: fc.constant('date' as const),
      field: fc.constantFrom('created' as const, 'updated' as const),
      from: fc.option(dateBound, { nil: null }),
      to: fc.option(dateBound, { nil: null }),
    })
    .filter((c) => c.from !== null || c.to !== null),
  fc.record({ kind: fc.constant('location' as const), places: fc.array(place, { minLength: 1, maxLength: 3 }) }),
  fc.oneof(
    fc.record({ kind: fc.constant('last-contacted' as const), op: fc.constantFrom('before' as const, 'after' as const), when: dateBound }),
    fc.constant({ kind: 'last-contacted' as const, op: 'never' as const, when: null }),
  ),
  fc
    .record({
      kind: fc.constant('activity-count' as const),
      channels: some(['email', 'phone', 'sms', 'whatsapp', 'linkedin', 'video', 'meeting', 'event', 'note'] as const, 0, 3),
      days: fc.constantFrom(1, 7, 30, 90, 365),
      min: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      max: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    })
    .filter((c) => (c.min !== null || c.max !== null) && (c.min === null || c.max === null || c.min <= c.max)),
  fc
    .record({
      kind: fc.constant('stage' as const),
      jobId: fc.option(fc.integer({ min: 1, max: JOBS }), { nil: null }),
      stageTypes: some([...new Set(STAGE_TYPES)], 0, 2),
      stageIds: fc.uniqueArray(fc.integer({ min: 0, max: JOBS * STAGE_TYPES.length - 1 }).map((n) => stageId(Math.floor(n / 8), n % 8)), { maxLength: 2 }),
    })
    .filter((c) => c.jobId !== null || c.stageTypes.length > 0 || c.stageIds.length > 0),
  fc.record({
    kind: fc.constant('application' as const),
    has: fc.boolean(),
    jobId: fc.option(fc.integer({ min: 1, max: JOBS }), { nil: null }),
    statuses: some(['active', 'hired', 'rejected', 'withdrawn'] as const, 0, 2),
  }),
  fc.record({ kind: fc.constant('consent' as const), purpose: fc.constantFrom('recruitment' as const, 'marketing' as const, 'talent-pool' as const, 'data-sharing' as const) }),
  fc
    .record({
      kind: fc.constant('list' as const),
      listIds: fc.uniqueArray(fc.integer({ min: 1, max: LISTS + 1 }), { maxLength: 2 }),
      poolIds: fc.uniqueArray(fc.integer({ min: 1, max: POOLS + 1 }), { maxLength: 2 }),
    })
    .filter((c) => c.listIds.length > 0 || c.poolIds.length > 0),
);

const { node } = fc.letrec<{ node: SegmentNodeInput; group: SegmentNodeInput }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, conditionArb, conditionArb, tie('group')),
  group: fc.record({
    kind: fc.constant('group' as const),
    op: fc.constantFrom('and' as const, 'or' as const),
    negate: fc.boolean(),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
}));

/** A valid definition (parsed through the same schema the IPC contract uses, so defaults are applied). */
export const segmentArb: fc.Arbitrary<SegmentDefinition> = fc
  .record({ kind: fc.constant('group' as const), op: fc.constantFrom('and' as const, 'or' as const), negate: fc.boolean(), children: fc.array(node, { maxLength: 4 }) })
  .map((root) => segmentDefinition.safeParse(root))
  .filter((r) => r.success)
  .map((r) => r.data!);
