import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore();
  t.db.prepare(`INSERT INTO recruiters (id, name, created_at) VALUES (1, 'Rita Recruiter', '2026-01-01T00:00:00Z')`).run();
});
afterAll(() => t.close());

describe('board:get-board', () => {
  it('returns the job, its stages and one card per application with last contact, owner and rating', async () => {
    const client = await t.call('clients:create-client', { name: 'Board Co' });
    const job = await t.call('jobs:create-job', { clientId: client.id, title: 'Kanban Engineer' });
    const ann = await t.call('candidates:create-candidate', { firstName: 'Ann', lastName: 'Able', currentTitle: 'Developer', ownerId: 1 });
    const bob = await t.call('candidates:create-candidate', { firstName: 'Bob', lastName: 'Baker' });
    const gone = await t.call('candidates:create-candidate', { firstName: 'Gone', lastName: 'Away' });
    const a1 = await t.call('applications:create-application', { candidateId: ann.id, jobId: job.id });
    await t.call('applications:create-application', { candidateId: bob.id, jobId: job.id, stageId: job.stages[1]!.id });
    await t.call('applications:create-application', { candidateId: gone.id, jobId: job.id });
    await t.call('candidates:delete-candidate', { id: gone.id, version: gone.version });
    await t.call('activities:log-activity', { channel: 'phone', occurredAt: '2026-02-01T09:00:00.000Z', candidateId: ann.id });
    await t.call('activities:log-activity', { channel: 'email', occurredAt: '2026-02-20T09:00:00.000Z', candidateId: ann.id });

    t.clock.advanceDays(3);
    await t.call('applications:move-application', { id: a1.id, version: a1.version, toStageId: job.stages[2]!.id, movedBy: 1 });

    const board = await t.call('board:get-board', { jobId: job.id });
    expect(board.job.id).toBe(job.id);
    expect(board.job.stages).toHaveLength(8);
    expect(board.cards).toHaveLength(2);
    const [bobCard, annCard] = board.cards;
    expect(bobCard).toMatchObject({ candidateName: 'Bob Baker', stageId: job.stages[1]!.id, lastContactAt: null, ownerName: '', rating: null });
    expect(annCard).toMatchObject({
      candidateName: 'Ann Able',
      currentTitle: 'Developer',
      stageId: job.stages[2]!.id,
      status: 'active',
      lastContactAt: '2026-02-20T09:00:00.000Z',
      ownerName: 'Rita Recruiter',
      stageEnteredAt: t.clock.iso(),
      version: a1.version + 1,
    });
  });

  it('answers not_found for a missing job and invalid_input for a bad id', async () => {
    expect((await t.fail('board:get-board', { jobId: 9999 })).code).toBe('not_found');
    expect((await t.fail('board:get-board', { jobId: 0 })).code).toBe('invalid_input');
  });
});
