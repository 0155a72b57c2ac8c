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
});
