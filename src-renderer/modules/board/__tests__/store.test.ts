import { beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../../src-shared/domain/job.js';
import type { BoardCard } from '../../../../src-shared/ipc/contracts/board.js';
import { fail, installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { useToastStore } from '../../notifications/store.js';
import { useBoardStore } from '../store.js';

const job = {
  id: 7,
  version: 3,
  title: 'Engineer',
  salaryCurrency: 'EUR',
  stages: [
    { id: 1, name: 'Sourced', type: 'sourced', position: 0, applicationCount: 1 },
    { id: 2, name: 'Screening', type: 'screening', position: 1, applicationCount: 0 },
    { id: 3, name: 'Rejected', type: 'rejected', position: 2, applicationCount: 0 },
  ],
} as unknown as Job;
const card: BoardCard = {
  id: 40,
  version: 2,
  candidateId: 9,
  candidateName: 'Ann Able',
  currentTitle: 'Dev',
  stageId: 1,
  status: 'active',
  rating: 4,
  stageEnteredAt: '2026-03-01T00:00:00.000Z',
  lastContactAt: null,
  ownerName: 'Rita',
};

beforeEach(() => {
  useBoardStore.getState().reset();
  useToastStore.setState({ queue: [] });
});

describe('board store', () => {
  it('moves optimistically and keeps the version the core answers with', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const fake = installFakeBridge({
      'board:get-board': () => ok({ job, cards: [card] }),
      'applications:move-application': async () => {
        await gate;
        return ok({ id: 40, version: 3, stageId: 2, status: 'active', stageEnteredAt: '2026-03-05T00:00:00.000Z' });
      },
    });
    await useBoardStore.getState().load(7);
    const moving = useBoardStore.getState().move(40, 2);
    // Before the core answers, the card is already in the new column.
    expect(useBoardStore.getState().cards[0]!.stageId).toBe(2);
    release();
    expect(await moving).toBe(true);
    expect(useBoardStore.getState().cards[0]).toMatchObject({ stageId: 2, version: 3, stageEnteredAt: '2026-03-05T00:00:00.000Z' });
    expect(fake.callsTo('applications:move-application')).toEqual([{ id: 40, version: 2, toStageId: 2 }]);
    expect(useToastStore.getState().queue.at(-1)).toMatchObject({ severity: 'success', message: 'Moved Ann Able to Screening' });
  });

  it('rolls back with the core message when the move is refused, and sends the reason', async () => {
    const fake = installFakeBridge({
      'board:get-board': () => ok({ job, cards: [card] }),
      'applications:move-application': () => fail('invalid_input', 'Give a reason', 'reason'),
    });
    await useBoardStore.getState().load(7);
    expect(await useBoardStore.getState().move(40, 3, { reason: 'Too junior' })).toBe(false);
    expect(useBoardStore.getState().cards[0]).toEqual(card);
    expect(fake.callsTo('applications:move-application')).toEqual([{ id: 40, version: 2, toStageId: 3, reason: 'Too junior' }]);
    expect(useToastStore.getState().queue.at(-1)).toMatchObject({ severity: 'error', message: 'Could not move Ann Able: Give a reason' });
  });

  it('on a conflict it rolls back, says so and re-reads the board', async () => {
    const fresh = { ...card, stageId: 2, version: 5 };
    let reads = 0;
    installFakeBridge({
      'board:get-board': () => ok({ job, cards: [reads++ === 0 ? card : fresh] }),
      'applications:move-application': () => fail('conflict', 'Changed since you read it', 'version'),
    });
    await useBoardStore.getState().load(7);
    await useBoardStore.getState().move(40, 3, { reason: 'x' });
    expect(useToastStore.getState().queue.at(-1)!.message).toMatch(/changed elsewhere/);
    expect(useBoardStore.getState().cards[0]).toEqual(fresh);
  });

  it('stage edits send the job version and reload the board', async () => {
    const fake = installFakeBridge({
      'board:get-board': () => ok({ job, cards: [card] }),
      'jobs:remove-stage': () => ok(job),
    });
    await useBoardStore.getState().load(7);
    expect(await useBoardStore.getState().removeStage(1, 2)).toBe(true);
    expect(fake.callsTo('jobs:remove-stage')).toEqual([{ stageId: 1, version: 3, reassignTo: 2 }]);
    expect(fake.callsTo('board:get-board')).toHaveLength(2);
  });

  describe('reorder', () => {
    const second: BoardCard = { ...card, id: 41, candidateName: 'Bob Baker', version: 7 };
    const third: BoardCard = { ...card, id: 42, candidateName: 'Cat Cole', version: 1 };
    const order = () => useBoardStore.getState().cards.map((c) => c.id);

    it('reorders at once, sends the version it has, and keeps the one the core answers with', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const fake = installFakeBridge({
        'board:get-board': () => ok({ job, cards: [card, second, third] }),
        'board:reorder-card': async () => {
          await gate;
          return ok({ ...third, version: 2 });
        },
      });
      await useBoardStore.getState().load(7);
      const moving = useBoardStore.getState().reorder(42, { place: 'before', cardId: 40 });
      expect(order()).toEqual([42, 40, 41]);
      release();
      expect(await moving).toBe(true);
      expect(useBoardStore.getState().cards[0]).toMatchObject({ id: 42, version: 2 });
      expect(fake.callsTo('board:reorder-card')).toEqual([{ id: 42, version: 1, position: { place: 'before', cardId: 40 } }]);
    });

    it('sends quick successive reorders of one card one after another, each with the version the last one answered', async () => {
      let version = 7;
      const fake = installFakeBridge({
        'board:get-board': () => ok({ job, cards: [card, second, third] }),
        'board:reorder-card': async (payload) => ok({ ...second, version: (version = (payload as { version: number }).version + 1) }),
      });
      await useBoardStore.getState().load(7);
      const a = useBoardStore.getState().reorder(41, { place: 'after', cardId: 42 });
      const b = useBoardStore.getState().reorder(41, { place: 'before', cardId: 40 });
      expect(order()).toEqual([41, 40, 42]);
      expect(await Promise.all([a, b])).toEqual([true, true]);
      expect((fake.callsTo('board:reorder-card') as { version: number }[]).map((p) => p.version)).toEqual([7, 8]);
      expect(version).toBe(9);
    });

    it('puts the card back in its place with the core message when refused, and re-reads on a conflict', async () => {
      let reads = 0;
      installFakeBridge({
        'board:get-board': () => ok({ job, cards: reads++ === 0 ? [card, second, third] : [third, card, second] }),
        'board:reorder-card': (payload) =>
          (payload as { id: number }).id === 40 ? fail('invalid_input', 'Card 99 is not in the column', 'position.cardId') : fail('conflict', 'Changed', 'version'),
      });
      await useBoardStore.getState().load(7);
      expect(await useBoardStore.getState().reorder(40, { place: 'bottom' })).toBe(false);
      expect(order()).toEqual([40, 41, 42]);
      expect(useToastStore.getState().queue.at(-1)).toMatchObject({ severity: 'error', message: 'Could not reorder Ann Able: Card 99 is not in the column' });
      expect(await useBoardStore.getState().reorder(41, { place: 'top' })).toBe(false);
      expect(useToastStore.getState().queue.at(-1)!.message).toMatch(/^Could not reorder Bob Baker: it was changed elsewhere/);
      expect(order()).toEqual([42, 40, 41]);
    });

    it('a move with a drop position places the card there in the new column and sends the position', async () => {
      const elsewhere: BoardCard = { ...card, id: 50, stageId: 2, candidateName: 'Dee' };
      const fake = installFakeBridge({
        'board:get-board': () => ok({ job, cards: [card, second, elsewhere] }),
        'applications:move-application': () => ok({ id: 41, version: 8, stageId: 2, status: 'active', stageEnteredAt: '2026-03-05T00:00:00.000Z' }),
      });
      await useBoardStore.getState().load(7);
      expect(await useBoardStore.getState().move(41, 2, { position: { place: 'after', cardId: 50 } })).toBe(true);
      expect(useBoardStore.getState().cards.filter((c) => c.stageId === 2).map((c) => c.id)).toEqual([50, 41]);
      expect(fake.callsTo('applications:move-application')).toEqual([{ id: 41, version: 7, toStageId: 2, position: { place: 'after', cardId: 50 } }]);
      // Without a position it goes on top, as the core puts it.
      await useBoardStore.getState().move(40, 2);
      expect(useBoardStore.getState().cards.filter((c) => c.stageId === 2).map((c) => c.id)).toEqual([40, 50, 41]);
    });
  });
});
