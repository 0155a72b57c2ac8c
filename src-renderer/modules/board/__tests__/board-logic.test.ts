import { describe, expect, it } from 'vitest';
import type { JobStage } from '../../../../src-shared/domain/job.js';
import type { BoardCard } from '../../../../src-shared/ipc/contracts/board.js';
import {
  daysSince,
  dropPosition,
  filterCards,
  groupByStage,
  keepUnchanged,
  moveRequirement,
  movedCard,
  neighbourStage,
  placeCard,
  restoreCard,
  stepPosition,
} from '../board-logic.js';

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

describe('card order', () => {
  // Two columns in the flat list the core sends: stage 1 = [1, 2, 3], stage 2 = [4, 5].
  const board = [card(1, 1), card(2, 1), card(3, 1), card(4, 2), card(5, 2)];
  const ids = (list: readonly { id: number; stageId: number }[]) => list.map((c) => `${c.stageId}:${c.id}`);

  it('places a card before / after a neighbour, on top or at the bottom of its column', () => {
    expect(ids(placeCard(board, board[2]!, { place: 'before', cardId: 1 }))).toEqual(['1:3', '1:1', '1:2', '2:4', '2:5']);
    expect(ids(placeCard(board, board[0]!, { place: 'after', cardId: 2 }))).toEqual(['1:2', '1:1', '1:3', '2:4', '2:5']);
    expect(ids(placeCard(board, board[2]!, { place: 'top' }))).toEqual(['1:3', '1:1', '1:2', '2:4', '2:5']);
    expect(ids(placeCard(board, board[0]!, { place: 'bottom' }))).toEqual(['1:2', '1:3', '1:1', '2:4', '2:5']);
  });

  it('places a card moved to another column there: top by default, or next to the card it was dropped on', () => {
    const moved = { ...board[0]!, stageId: 2 };
    expect(groupByStage([stage(1, 0), stage(2, 1)], placeCard(board, moved, { place: 'top' })).get(2)!.map((c) => c.id)).toEqual([1, 4, 5]);
    expect(groupByStage([stage(1, 0), stage(2, 1)], placeCard(board, moved, { place: 'after', cardId: 4 })).get(2)!.map((c) => c.id)).toEqual([4, 1, 5]);
    expect(groupByStage([stage(1, 0), stage(2, 1)], placeCard(board, moved, { place: 'bottom' })).get(2)!.map((c) => c.id)).toEqual([4, 5, 1]);
    // Into an empty column, and next to a card that is not in that column (gone meanwhile): on top.
    const third = { ...board[0]!, stageId: 3 };
    expect(groupByStage([stage(3, 2)], placeCard(board, third, { place: 'bottom' })).get(3)!.map((c) => c.id)).toEqual([1]);
    expect(groupByStage([stage(2, 1)], placeCard(board, moved, { place: 'before', cardId: 2 })).get(2)!.map((c) => c.id)).toEqual([1, 4, 5]);
  });

  it('puts a card back exactly where it was when the core refuses', () => {
    const placed = placeCard(board, { ...board[1]!, stageId: 2 }, { place: 'bottom' });
    expect(restoreCard(placed, board[1]!, 1)).toEqual(board);
    expect(ids(restoreCard(board, board[0]!, 99))).toEqual(['1:2', '1:3', '2:4', '2:5', '1:1']);
  });

  it('steps one place up or down among the shown cards, not past either end', () => {
    const column = board.slice(0, 3);
    expect(stepPosition(column, 2, -1)).toEqual({ position: { place: 'before', cardId: 1 }, index: 0 });
    expect(stepPosition(column, 2, 1)).toEqual({ position: { place: 'after', cardId: 3 }, index: 2 });
    expect(stepPosition(column, 1, -1)).toBeNull();
    expect(stepPosition(column, 3, 1)).toBeNull();
    expect(stepPosition(column, 9, 1)).toBeNull();
  });

  it('turns a drop into a place: the slot of the card it is over in the same column, its half from another column', () => {
    const column = board.slice(0, 3);
    expect(dropPosition(column, 3, 1, false)).toEqual({ place: 'before', cardId: 1 });
    expect(dropPosition(column, 1, 3, false)).toEqual({ place: 'after', cardId: 3 });
    expect(dropPosition(column, 2, 2, true)).toBeNull();
    expect(dropPosition(column, 4, 2, false)).toEqual({ place: 'before', cardId: 2 });
    expect(dropPosition(column, 4, 2, true)).toEqual({ place: 'after', cardId: 2 });
  });
});
