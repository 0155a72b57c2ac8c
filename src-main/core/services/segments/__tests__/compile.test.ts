// Every condition type on a small hand-checked agency, through the SQL compiler and the reference evaluator
// alike, plus values that look like injections. NOW is 2026-03-01T10:00Z; offsets below are in hours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  prepareFacts,
  segmentDefinition,
  segmentMembers,
  type SegmentDefinitionInput,
  type SegmentNodeInput,
} from '../../../../../src-shared/domain/segments/ast.js';
import type { WriteDb } from '../../../db/database.js';
import { openTestDb } from '../../__tests__/fixtures.js';
import { compileSegment } from '../compile.js';
import { loadSegmentFacts } from '../facts.js';
import { memberIds, prepareSegment } from '../query.js';
import { skillSynonyms } from '../../search.js';
import { NOW, seedWorld, stageId, type WorldCandidate } from './world.js';

const D = 24;
const base: WorldCandidate = {
  firstName: 'x',
  lastName: '',
  title: '',
  careerGoals: '',
  seniority: null,
  remote: null,
  country: '',
  region: '',
  city: '',
  source: '',
  owner: null,
  industries: [],
  skills: [],
  tags: [],
  created: -D,
  updated: -D,
  activities: [],
  applications: [],
  consents: [],
  lists: [],
  pools: [],
  state: 'live',
};

// 1 Ada, 2 Zoë, 3 Ёлка are live; 4 is deleted and 5 merged into 1: neither is ever a member.
const world: WorldCandidate[] = [
  {
    ...base,
    firstName: 'Ada',
    title: 'data engineer',
    skills: [
      { name: 'Java', level: 4, years: 5 },
      { name: 'SQL', level: 2, years: 1 },
    ],
    tags: ['vip', "o'brien"],
    industries: ['Fintech'],
    seniority: 'senior',
    remote: 'remote',
    country: 'GB',
    region: 'England',
    city: 'London',
    source: 'LinkedIn',
    owner: 1,
    created: -10 * D,
    updated: -1 * D,
    activities: [
      { channel: 'email', direction: 'outbound', offset: -5 * D },
      { channel: 'note', direction: 'internal', offset: -1 * D },
    ],
    applications: [{ job: 0, stage: 2 }],
    consents: [{ purpose: 'recruitment', given: -100 * D, expires: 100 * D, withdrawn: null, withOffset: false }],
    lists: [1],
  },
  {
    ...base,
    firstName: 'Zoë',
    title: 'lead',
    skills: [
      { name: 'java', level: 2, years: null },
      { name: 'Kotlin', level: 5, years: 3 },
    ],
    tags: ['VIP', '50%'],
    industries: ['fintech', 'Health'],
    country: 'DE',
    region: 'Bayern',
    city: 'München',
    source: 'linkedin',
    created: -400 * D,
    updated: -200 * D,
    activities: [{ channel: 'phone', direction: 'inbound', offset: -100 * D }],
    applications: [{ job: 1, stage: 6 }],
    consents: [{ purpose: 'marketing', given: -10 * D, expires: null, withdrawn: -1 * D, withOffset: false }],
    pools: [1],
  },
  {
    ...base,
    firstName: 'Ёлка',
    title: 'engineer',
    skills: [
      { name: '日本語', level: 3, years: 2 },
      { name: 'C++', level: 5, years: 10 },
    ],
    tags: ['a_b', 'c\\d'],
    industries: ['Логистика', '100%'],
    seniority: 'junior',
    remote: 'onsite',
    country: 'RU',
    region: 'Москва',
    city: 'Москва',
    source: "O'Reilly list",
    owner: 2,
    created: -30 * D,
    updated: -30 * D,
    consents: [{ purpose: 'recruitment', given: -1 * D, expires: null, withdrawn: null, withOffset: true }],
    lists: [2],
    pools: [2],
  },
  { ...base, firstName: 'Gone', skills: [{ name: 'Java', level: 5, years: 9 }], tags: ['vip'], state: 'deleted' },
  { ...base, firstName: 'Merged', skills: [{ name: 'Java', level: 5, years: 9 }], tags: ['vip'], state: 'merged' },
];
world[4] = { ...world[4]!, state: 'merged' };

let env: ReturnType<typeof openTestDb>;
let db: WriteDb;
beforeAll(() => {
  env = openTestDb();
  db = env.db;
  seedWorld(db, world);
  // seedWorld merges candidate i into i+1 (wrapping): 5 → 1.
});
afterAll(() => env.cleanup());

const group = (children: SegmentNodeInput[], op: 'and' | 'or' = 'and', negate = false): SegmentDefinitionInput => ({ kind: 'group', op, negate, children });

/** Members by SQL; the reference evaluator must say the same. */
function members(input: SegmentDefinitionInput): number[] {
  const definition = segmentDefinition.parse(input);
  const sql = memberIds(db, prepareSegment(db, definition, { now: NOW }));
  const reference = segmentMembers(definition, loadSegmentFacts(db).map(prepareFacts), { now: NOW, skillSynonyms });
  expect(sql, 'SQL and reference evaluator disagree').toEqual(reference);
  return sql;
}
const one = (condition: SegmentNodeInput) => members(group([condition]));

describe('segment conditions (hand-checked)', () => {
  it('merged-away and deleted candidates are never members; an empty segment is everyone else', () => {
    expect(members(group([]))).toEqual([1, 2, 3]);
    expect(members(group([], 'and', true))).toEqual([]);
    expect(members(group([group([]), group([group([])], 'or')]))).toEqual([1, 2, 3]);
  });

  it('text match in the search syntax', () => {
    expect(one({ kind: 'text', query: 'java' })).toEqual([1, 2]);
    expect(one({ kind: 'text', query: 'engineer' })).toEqual([1, 3]);
    expect(one({ kind: 'text', query: 'engineer -data' })).toEqual([3]);
    expect(one({ kind: 'text', query: 'skill:c++' })).toEqual([3]);
    // A skill's other names, as Search has them (the evaluator is given the same taxonomy).
    expect(one({ kind: 'text', query: 'skill:cpp' })).toEqual([3]);
    expect(one({ kind: 'text', query: 'skill:"t-sql"' })).toEqual([1]);
    expect(one({ kind: 'text', query: 'location:москва' })).toEqual([3]);
    expect(one({ kind: 'text', query: "o'brien" })).toEqual([1]);
    expect(one({ kind: 'text', query: 'kot* OR 日本語' })).toEqual([2, 3]);
    expect(one({ kind: 'text', query: '"data engineer"' })).toEqual([1]);
  });

  it('skills: any / all, minimum level and years, ASCII case ignored', () => {
    expect(one({ kind: 'skills', mode: 'any', values: ['Java'] })).toEqual([1, 2]);
    expect(one({ kind: 'skills', mode: 'any', values: ['JAVA'] })).toEqual([1, 2]);
    expect(one({ kind: 'skills', mode: 'all', values: ['Java', 'kotlin'] })).toEqual([2]);
    expect(one({ kind: 'skills', mode: 'all', values: ['Java', 'JAVA'] })).toEqual([1, 2]);
    expect(one({ kind: 'skills', mode: 'any', values: ['Java'], minLevel: 3 })).toEqual([1]);
    expect(one({ kind: 'skills', mode: 'any', values: ['Java', 'Kotlin'], minYears: 4 })).toEqual([1]);
    expect(one({ kind: 'skills', mode: 'any', values: ['日本語'] })).toEqual([3]);
    expect(one({ kind: 'skills', mode: 'any', values: ['Jav%', 'J_va'] })).toEqual([]);
  });

  it('industry and tags: any / all, values with quotes, % and _ match only themselves', () => {
    expect(one({ kind: 'industry', mode: 'any', values: ['FINTECH'] })).toEqual([1, 2]);
    expect(one({ kind: 'industry', mode: 'all', values: ['fintech', 'health'] })).toEqual([2]);
    expect(one({ kind: 'industry', mode: 'any', values: ['100%'] })).toEqual([3]);
    expect(one({ kind: 'industry', mode: 'any', values: ['Логистика'] })).toEqual([3]);
    // NOCASE folds ASCII only, in SQL and in the evaluator alike.
    expect(one({ kind: 'industry', mode: 'any', values: ['логистика'] })).toEqual([]);
    expect(one({ kind: 'tags', mode: 'any', values: ['vip'] })).toEqual([1, 2]);
    expect(one({ kind: 'tags', mode: 'any', values: ["O'Brien"] })).toEqual([1]);
    expect(one({ kind: 'tags', mode: 'any', values: ['a_b', 'c\\d'] })).toEqual([3]);
    expect(one({ kind: 'tags', mode: 'any', values: ['a%b', 'axb', 'c\\\\d'] })).toEqual([]);
    expect(one({ kind: 'tags', mode: 'all', values: ['vip', '50%'] })).toEqual([2]);
  });

  it('seniority, remote preference, source, owner (with unknown / unassigned)', () => {
    expect(one({ kind: 'seniority', values: ['senior'] })).toEqual([1]);
    expect(one({ kind: 'seniority', values: ['unknown'] })).toEqual([2]);
    expect(members(group([{ kind: 'seniority', values: ['senior'] }], 'and', true))).toEqual([2, 3]);
    expect(one({ kind: 'remote', values: ['remote', 'unknown'] })).toEqual([1, 2]);
    expect(one({ kind: 'source', values: ['LINKEDIN'] })).toEqual([1, 2]);
    expect(one({ kind: 'source', values: ["O'Reilly list"] })).toEqual([3]);
    expect(one({ kind: 'source', values: ['%'] })).toEqual([]);
    expect(one({ kind: 'owner', ownerIds: [1] })).toEqual([1]);
    expect(one({ kind: 'owner', unassigned: true })).toEqual([2]);
    expect(one({ kind: 'owner', ownerIds: [2], unassigned: true })).toEqual([2, 3]);
  });

  it('created / updated in a range: a bound exactly N days ago is included', () => {
    expect(one({ kind: 'date', field: 'created', from: { type: 'days-ago', days: 30 } })).toEqual([1, 3]);
    expect(one({ kind: 'date', field: 'created', to: { type: 'date', date: '2025-06-01' } })).toEqual([2]);
    expect(one({ kind: 'date', field: 'updated', from: { type: 'date', date: '2026-02-28' }, to: { type: 'date', date: '2026-02-28' } })).toEqual([1]);
  });

  it('location: country exact, region and city ignoring ASCII case', () => {
    expect(one({ kind: 'location', places: [{ country: 'gb' }] })).toEqual([1]);
    expect(one({ kind: 'location', places: [{ city: 'münchen' }] })).toEqual([2]);
    expect(one({ kind: 'location', places: [{ city: 'MÜNCHEN' }] })).toEqual([]);
    expect(one({ kind: 'location', places: [{ country: 'RU', city: 'Москва' }, { region: 'england' }] })).toEqual([1, 3]);
  });

  it('last contacted: notes and future entries are not contacts', () => {
    expect(one({ kind: 'last-contacted', op: 'never' })).toEqual([3]);
    expect(one({ kind: 'last-contacted', op: 'after', when: { type: 'days-ago', days: 7 } })).toEqual([1]);
    expect(one({ kind: 'last-contacted', op: 'after', when: { type: 'days-ago', days: 5 } })).toEqual([1]);
    expect(one({ kind: 'last-contacted', op: 'before', when: { type: 'days-ago', days: 30 } })).toEqual([2]);
    expect(one({ kind: 'last-contacted', op: 'before', when: { type: 'date', date: '2026-02-24' } })).toEqual([2]);
  });

  it('activity count in the last N days by channel', () => {
    expect(one({ kind: 'activity-count', channels: ['email'], days: 30, min: 1 })).toEqual([1]);
    expect(one({ kind: 'activity-count', days: 30, max: 0 })).toEqual([2, 3]);
    expect(one({ kind: 'activity-count', channels: ['note'], days: 7, min: 1, max: 1 })).toEqual([1]);
    expect(one({ kind: 'activity-count', days: 365, min: 2 })).toEqual([1]);
  });

  it('current stage, applications', () => {
    expect(one({ kind: 'stage', stageTypes: ['interview'] })).toEqual([1]);
    expect(one({ kind: 'stage', jobId: 2 })).toEqual([2]);
    expect(one({ kind: 'stage', stageIds: [stageId(1, 6)] })).toEqual([2]);
    expect(one({ kind: 'stage', jobId: 1, stageTypes: ['rejected'] })).toEqual([]);
    expect(one({ kind: 'application', has: true })).toEqual([1, 2]);
    expect(one({ kind: 'application', has: false })).toEqual([3]);
    expect(one({ kind: 'application', has: true, statuses: ['rejected'] })).toEqual([2]);
    expect(one({ kind: 'application', has: false, jobId: 1 })).toEqual([2, 3]);
  });

  it('consent valid now (offsets compared in UTC), lists and talent pools', () => {
    expect(one({ kind: 'consent', purpose: 'recruitment' })).toEqual([1, 3]);
    expect(one({ kind: 'consent', purpose: 'marketing' })).toEqual([]);
    expect(one({ kind: 'list', listIds: [1] })).toEqual([1]);
    expect(one({ kind: 'list', poolIds: [1] })).toEqual([2]);
    expect(one({ kind: 'list', listIds: [2], poolIds: [2] })).toEqual([3]);
  });

  it('nested AND / OR / NOT groups', () => {
    const senior: SegmentNodeInput = { kind: 'seniority', values: ['senior'] };
    const fiftyPct: SegmentNodeInput = { kind: 'tags', mode: 'any', values: ['50%'] };
    expect(members(group([senior, fiftyPct], 'or'))).toEqual([1, 2]);
    expect(members(group([group([senior, fiftyPct], 'or', true)]))).toEqual([3]);
    expect(members(group([{ kind: 'skills', mode: 'any', values: ['java'] }, group([senior], 'and', true)]))).toEqual([2]);
  });
});

describe('values that look like SQL never reach the SQL text', () => {
  const nasty = ["'; DROP TABLE candidates; --", '" OR 1=1 --', '%', '_', '\\', "Robert'); DELETE FROM candidates;--", 'ы\u0000'.slice(0, 1), '%_\\\'"'];

  it('compiles them into parameters and matches nothing', () => {
    for (const v of nasty) {
      const input = group([
        { kind: 'skills', mode: 'all', values: [v] },
        { kind: 'tags', mode: 'any', values: [v] },
        { kind: 'industry', mode: 'any', values: [v] },
        { kind: 'source', values: [v] },
        { kind: 'location', places: [{ region: v, city: v }] },
      ], 'or');
      const compiled = compileSegment(segmentDefinition.parse(input), { now: NOW });
      for (const part of [v, 'DROP', 'DELETE', 'OR 1=1']) if (part.trim().length > 1) expect(compiled.where.text).not.toContain(part);
      expect(compiled.where.text).not.toMatch(/'[^']*(%|\\|DROP)/);
      expect(compiled.where.params.some((p) => typeof p === 'string' && p.includes(v))).toBe(true);
      expect(members(input)).toEqual([]);
    }
    expect((db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(5);
  });

  it('a text condition quotes every term for FTS5', () => {
    const compiled = compileSegment(segmentDefinition.parse(group([{ kind: 'text', query: `NEAR OR "name : x" -"drop table" ^y` }])), { now: NOW });
    expect(compiled.where.text).toBe(
      'c.deleted_at IS NULL AND c.merged_into IS NULL AND (c.id IN (SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH ?))',
    );
    // Operators are the compiler's; every user word is an FTS5 string literal.
    expect(compiled.where.params).toEqual(['("NEAR") OR ((("name : x") AND ("^y")) NOT ("drop table"))']);
    expect(members(group([{ kind: 'text', query: `NEAR OR "name : x" -"drop table" ^y` }]))).toEqual([]);
  });

  it('the statement text depends on the shape only, not on the values', () => {
    const a = compileSegment(segmentDefinition.parse(group([{ kind: 'skills', mode: 'any', values: ['Java'] }])), { now: NOW });
    const b = compileSegment(segmentDefinition.parse(group([{ kind: 'skills', mode: 'any', values: ["x'y", 'Go', 'Rust'] }])), { now: NOW });
    expect(a.where.text).toBe(b.where.text);
  });
});

describe('query plans the compiler asks for', () => {
  const plan = (input: SegmentDefinitionInput): string => {
    const compiled = compileSegment(segmentDefinition.parse(input), { now: NOW });
    const rows = db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM candidates c WHERE ${compiled.where.text}`).all(...compiled.where.params) as {
      detail: string;
    }[];
    return rows.map((r) => r.detail).join('\n');
  };
  const inGermanyAndScreening = group([
    { kind: 'location', places: [{ country: 'DE' }, { country: 'GB' }] },
    { kind: 'stage', stageTypes: ['screening', 'interview'] },
    { kind: 'skills', mode: 'any', values: ['Java'] },
  ]);

  it('a required country drives the count off the segment index, never reading candidate rows', () => {
    expect(plan(inGermanyAndScreening)).toMatch(/SEARCH c USING COVERING INDEX candidates_segments \(deleted_at=\? AND merged_into=\? AND country=\?\)/);
    // Same members either way (the +c.id form only changes the plan).
    expect(members(inGermanyAndScreening)).toEqual(members(group([group([{ kind: 'location', places: [{ country: 'DE' }, { country: 'GB' }] }], 'or'), { kind: 'stage', stageTypes: ['screening', 'interview'] }, { kind: 'skills', mode: 'any', values: ['Java'] }])));
  });

  it('stages by type read one range of the stage-type index, not one seek per job stage', () => {
    expect(plan(group([{ kind: 'stage', stageTypes: ['interview'] }]))).toMatch(/applications_stage_type/);
    expect(plan(group([{ kind: 'stage', stageTypes: ['interview'] }]))).not.toMatch(/job_stages/);
  });

  it('without a required country the smallest id set may drive (no +c.id)', () => {
    const optional = compileSegment(
      segmentDefinition.parse(group([{ kind: 'location', places: [{ country: 'DE' }] }, { kind: 'skills', mode: 'any', values: ['Java'] }], 'or')),
      { now: NOW },
    );
    expect(optional.where.text).not.toContain('+c.id');
    const required = compileSegment(segmentDefinition.parse(inGermanyAndScreening), { now: NOW });
    expect(required.where.text).toContain('+c.id IN');
  });
});
