import { describe, expect, it } from 'vitest';
import { conditionKinds, conditionSpec, describeSegment, normalizeSegment, segmentDefinition, type SegmentDefinitionInput } from '../ast.js';
import { boundEnd, boundStart } from '../dates.js';

const group = (children: SegmentDefinitionInput['children'], op: 'and' | 'or' = 'and', negate = false): SegmentDefinitionInput => ({ kind: 'group', op, negate, children });
const issue = (input: unknown) => {
  const r = segmentDefinition.safeParse(input);
  return r.success ? null : { path: r.error.issues[0]!.path.join('.'), message: r.error.issues[0]!.message };
};

describe('segment definitions', () => {
  it('every condition kind has a spec whose starting value names its kind', () => {
    expect(conditionKinds).toHaveLength(new Set(conditionKinds).size);
    for (const kind of conditionKinds) expect(conditionSpec(kind).create().kind).toBe(kind);
  });

  it('reports the field of an incomplete condition, for the builder to show inline', () => {
    expect(issue(group([{ kind: 'text', query: 'java' }, { kind: 'skills', mode: 'any', values: [] }]))).toEqual({ path: 'children.1.values', message: 'Pick at least one skill' });
    expect(issue(group([group([{ kind: 'text', query: '(java' }], 'or')]))).toMatchObject({ path: 'children.0.children.0.query', message: expect.stringMatching(/Missing "\)"/) });
    expect(issue(group([{ kind: 'location', places: [{}] }]))).toMatchObject({ path: 'children.0.places.0', message: 'Give a country, region or city' });
    expect(issue(group([{ kind: 'last-contacted', op: 'before' }]))).toMatchObject({ path: 'children.0.when' });
    expect(issue({ kind: 'group', op: 'and', children: [{ kind: 'nope' }] })).toMatchObject({ path: 'children.0.kind' });
    expect(issue({ kind: 'group', op: 'and', children: [{ kind: 'tags', mode: 'any', values: ['x'], extra: 1 }] })).not.toBeNull();
  });

  it('bounds depth and size', () => {
    let deep: SegmentDefinitionInput = group([{ kind: 'seniority', values: ['senior'] }]);
    for (let i = 0; i < 6; i++) deep = group([deep]);
    expect(issue(deep)?.message).toMatch(/at most 6 deep/);
    const many = Array.from({ length: 3 }, () => group(Array.from({ length: 25 }, () => ({ kind: 'seniority' as const, values: ['senior' as const] }))));
    expect(issue(group(many))?.message).toMatch(/at most 60 conditions/);
  });

  it('drops empty groups so half-built groups do not change the segment', () => {
    const parsed = segmentDefinition.parse(group([group([]), group([group([], 'or')], 'or', true), { kind: 'seniority', values: ['lead'] }]));
    expect(normalizeSegment(parsed).children).toEqual([{ kind: 'seniority', values: ['lead'] }]);
  });

  it('describes a segment in one line', () => {
    const parsed = segmentDefinition.parse(
      group([
        { kind: 'skills', mode: 'all', values: ['Java', 'Kotlin'], minLevel: 3 },
        group([{ kind: 'location', places: [{ country: 'ch' }] }, { kind: 'last-contacted', op: 'never' }], 'or'),
        group([{ kind: 'tags', mode: 'any', values: ['passive'] }], 'and', true),
      ]),
    );
    expect(describeSegment(parsed)).toBe('Skills: all of Java, Kotlin (level ≥ 3) AND (Location: CH OR Never contacted) AND NOT (Tags: any of passive)');
  });

  it('resolves date bounds against the injected now, in UTC text', () => {
    const env = { now: new Date('2026-03-01T10:00:00.000Z') };
    expect(boundStart({ type: 'days-ago', days: 30 }, env)).toBe('2026-01-30T10:00:00.000Z');
    expect(boundStart({ type: 'date', date: '2026-02-28' }, env)).toBe('2026-02-28T00:00:00.000Z');
    expect(boundEnd({ type: 'date', date: '2026-02-28' }, env)).toBe('2026-03-01T00:00:00.000Z');
    expect(segmentDefinition.safeParse(group([{ kind: 'date', field: 'created', from: { type: 'date', date: '2026-02-30' } }])).success).toBe(false);
  });
});
