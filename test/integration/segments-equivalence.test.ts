// The segment compiler (SQL on a real encrypted vault) and the reference evaluator (plain TypeScript over a
// snapshot loaded from the same vault) must agree on who is a member, for random agencies and random segments.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFacts, segmentMembers, type SegmentDefinition } from '../../src-shared/domain/segments/ast.js';
import type { PreparedFacts } from '../../src-shared/domain/segments/facts.js';
import type { WriteDb } from '../../src-main/core/db/database.js';
import { openTestDb } from '../../src-main/core/services/__tests__/fixtures.js';
import { loadSegmentFacts } from '../../src-main/core/services/segments/facts.js';
import { memberIds, prepareSegment } from '../../src-main/core/services/segments/query.js';
import { skillSynonyms } from '../../src-main/core/services/search.js';
import { conditionArb, segmentArb } from '../../src-main/core/services/segments/__tests__/segment-arbitraries.js';
import { NOW, seedWorld, worldArb } from '../../src-main/core/services/segments/__tests__/world.js';

let env: ReturnType<typeof openTestDb>;
let db: WriteDb;
beforeAll(() => {
  env = openTestDb();
  db = env.db;
});
afterAll(() => env.cleanup());

const viaSql = (definition: SegmentDefinition) => memberIds(db, prepareSegment(db, definition, { now: NOW }));
const viaEvaluator = (definition: SegmentDefinition, facts: readonly PreparedFacts[]) => segmentMembers(definition, facts, { now: NOW, skillSynonyms });

function agree(definitions: readonly SegmentDefinition[]): void {
  const facts = loadSegmentFacts(db).map(prepareFacts);
  for (const definition of definitions) {
    const expected = viaEvaluator(definition, facts);
    const actual = viaSql(definition);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(`SQL ${JSON.stringify(actual)} ≠ evaluator ${JSON.stringify(expected)} for ${JSON.stringify(definition)}`);
    }
  }
}

describe('segment compiler ≡ reference evaluator (fast-check)', () => {
  it('agree on random agencies and random nested segments', () => {
    fc.assert(
      fc.property(worldArb, fc.array(segmentArb, { minLength: 10, maxLength: 10 }), (world, definitions) => {
        seedWorld(db, world);
        agree(definitions);
      }),
      { numRuns: 60, seed: Number(process.env.SEGMENT_SEED ?? Date.now() % 2 ** 31), verbose: 1 },
    );
  });

  it('agree condition by condition, plain and negated, on one larger agency', () => {
    seedWorld(db, fc.sample(worldArb, { numRuns: 4, seed: 7 }).flat().slice(0, 60));
    fc.assert(
      fc.property(conditionArb, fc.boolean(), (condition, negate) => {
        const definition = { kind: 'group', op: 'and', negate, children: [condition] } as SegmentDefinition;
        agree([definition]);
      }),
      { numRuns: 400 },
    );
  });

  it('members actually vary: the generated segments are not all empty or all full', () => {
    seedWorld(db, fc.sample(worldArb, { numRuns: 1, seed: 11 })[0]!);
    const sizes = fc.sample(segmentArb, { numRuns: 200, seed: 12 }).map((d) => viaSql(d).length);
    const total = loadSegmentFacts(db).length;
    expect(sizes.some((n) => n > 0 && n < total)).toBe(true);
    expect(sizes.filter((n) => n > 0).length).toBeGreaterThan(40);
  });
});
