import { describe, expect, it } from 'vitest';
import type { JobStage } from '../../../../src-shared/domain/job.js';
import type { BoardCard } from '../../../../src-shared/ipc/contracts/board.js';
import { daysSince, filterCards, groupByStage, keepUnchanged, moveRequirement, movedCard, neighbourStage } from '../board-logic.js';

const stage = (id: number, position: number, type: JobStage['type'] = 'screening'): JobStage => ({ id, name: `S${id}`, type, position, applicationCount: 0 });
const card = (id: number, stageId: number, extra: Partial<BoardCard> = {}): BoardCard => ({
  id,
  version: 1,
  candidateId: id,
  candidateName: `Person ${id}`,
  currentTitle: '',
  stageId,
  status: 'active',
  rating: null,
  stageEnteredAt: '2026-03-01T00:00:00.000Z',
  lastContactAt: null,
  ownerName: '',
  ...extra,
});

describe('board logic', () => {
  it('counts whole days, never negative', () => {
    const now = Date.parse('2026-03-11T12:00:00Z');
    expect(daysSince('2026-03-01T13:00:00Z', now)).toBe(9);
    expect(daysSince('2026-03-11T11:00:00Z', now)).toBe(0);
    expect(daysSince('2026-03-12T00:00:00Z', now)).toBe(0);
    expect(daysSince('not a date', now)).toBe(0);
  });

  it('filters on name, title and owner (all words, accents folded) and on minimum rating', () => {
    const cards = [
      card(1, 1, { candidateName: 'Zoë Müller', currentTitle: 'Data Engineer', ownerName: 'Rita', rating: 4 }),
      card(2, 1, { candidateName: 'Bob Baker', currentTitle: 'Designer', ownerName: 'Sam', rating: 2 }),
      card(3, 2, { candidateName: 'Ann Able', currentTitle: 'Engineer', rating: null }),
    ];
    expect(filterCards(cards, { text: '', minRating: 0 })).toBe(cards);
    expect(filterCards(cards, { text: 'zoe muller', minRating: 0 }).map((c) => c.id)).toEqual([1]);
    expect(filterCards(cards, { text: 'engineer', minRating: 0 }).map((c) => c.id)).toEqual([1, 3]);
    expect(filterCards(cards, { text: 'sam', minRating: 0 }).map((c) => c.id)).toEqual([2]);
    expect(filterCards(cards, { text: '', minRating: 3 }).map((c) => c.id)).toEqual([1]);
    expect(filterCards(cards, { text: 'engineer ann', minRating: 0 }).map((c) => c.id)).toEqual([3]);
  });

  it('groups by stage keeping order, with an empty list for empty stages', () => {
    const g = groupByStage([stage(1, 0), stage(2, 1), stage(3, 2)], [card(5, 2), card(4, 1), card(6, 2)]);
    expect(g.get(1)!.map((c) => c.id)).toEqual([4]);
    expect(g.get(2)!.map((c) => c.id)).toEqual([5, 6]);
    expect(g.get(3)).toEqual([]);
  });

  it('asks for a reason on rejected/withdrawn and for an offer on offer stages', () => {
    expect(moveRequirement('rejected')).toBe('reason');
    expect(moveRequirement('withdrawn')).toBe('reason');
    expect(moveRequirement('offer')).toBe('offer');
    expect(moveRequirement('interview')).toBeNull();
    expect(moveRequirement('hired')).toBeNull();
  });

  it('finds the neighbouring stage by position, not by array order', () => {
    const stages = [stage(10, 2), stage(11, 0), stage(12, 1)];
    expect(neighbourStage(stages, 11, 1)?.id).toBe(12);
    expect(neighbourStage(stages, 12, 1)?.id).toBe(10);
    expect(neighbourStage(stages, 11, -1)).toBeNull();
    expect(neighbourStage(stages, 10, 1)).toBeNull();
    expect(neighbourStage(stages, 99, 1)).toBeNull();
  });

  it('an optimistic move changes only stage and entry date', () => {
    const c = card(1, 1, { rating: 3 });
    expect(movedCard(c, 2, '2026-04-01T00:00:00.000Z')).toEqual({ ...c, stageId: 2, stageEnteredAt: '2026-04-01T00:00:00.000Z' });
  });
});

describe('keepUnchanged', () => {
  it('reuses a column array when its cards did not change, and only then', () => {
    const a = card(1, 1);
    const b = card(2, 2);
    const prev = new Map([
      [1, [a]],
      [2, [b]],
    ]);
    const moved = { ...a, stageId: 2 };
    const next = keepUnchanged(
      prev,
      new Map([
        [1, []],
        [2, [b, moved]],
        [3, []],
      ]),
    );
    expect(next.get(1)).not.toBe(prev.get(1));
    expect(next.get(2)).toEqual([b, moved]);
    const same = keepUnchanged(next, new Map([[3, []], [1, []]]));
    expect(same.get(3)).toBe(next.get(3));
    expect(same.get(1)).toBe(next.get(1));
    expect(keepUnchanged(null, prev)).toBe(prev);
  });
});
