import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextTouch } from '../../src-main/core/services/pools/pools.js';
import { createTestCore, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
let ids: number[];
beforeAll(async () => {
  t = await createTestCore(); // 2026-03-01T10:00Z
  ids = [];
  for (const firstName of ['Ada', 'Bo', 'Cy']) ids.push((await t.call('candidates:create-candidate', { firstName })).id);
});
afterAll(() => t.close());

describe('talent pools', () => {
  it('nurture clock: cadence days after the later of joining and the last touch', () => {
    expect(nextTouch('2026-03-01T10:00:00.000Z', null, 30).toISOString()).toBe('2026-03-31T10:00:00.000Z');
    expect(nextTouch('2026-03-01T10:00:00.000Z', '2026-03-10T08:00:00.000Z', 14).toISOString()).toBe('2026-03-24T08:00:00.000Z');
    expect(nextTouch('2026-03-10T00:00:00.000Z', '2026-02-01T00:00:00.000Z', 7).toISOString()).toBe('2026-03-17T00:00:00.000Z');
  });

  it('creates pools, adds members idempotently and shows who is due for a touch', async () => {
    const pool = await t.call('pools:create-pool', { name: 'Future leaders', description: 'High potentials', cadenceDays: 14 });
    expect(pool).toMatchObject({ memberCount: 0, dueCount: 0, cadenceDays: 14 });
    expect((await t.fail('pools:create-pool', { name: 'future LEADERS' })).code).toBe('conflict');
    expect(await t.call('pools:add-members', { poolId: pool.id, candidateIds: [ids[0]!, ids[1]!], source: 'selection' })).toEqual({ added: 2, already: 0 });
    expect(await t.call('pools:add-members', { poolId: pool.id, candidateIds: [ids[1]!, ids[2]!] })).toEqual({ added: 1, already: 1 });
    expect((await t.fail('pools:add-members', { poolId: pool.id, candidateIds: [99_999] })).code).toBe('not_found');

    t.clock.advanceDays(10);
    await t.call('outreach:log-touch', { channel: 'email', candidateId: ids[0]! });
    t.clock.advanceDays(5); // day 15: Bo and Cy are due (joined 15 days ago), Ada was touched 5 days ago
    const members = await t.call('pools:list-members', { poolId: pool.id });
    expect(members.items.map((m) => [m.displayName, m.due])).toEqual([
      ['Bo', true],
      ['Cy', true],
      ['Ada', false],
    ]);
    expect((await t.call('pools:list-members', { poolId: pool.id, dueOnly: true })).total).toBe(2);
    expect((await t.call('pools:list-pools', {})).items[0]).toMatchObject({ name: 'Future leaders', memberCount: 3, dueCount: 2 });

    // Internal notes are not touches.
    await t.call('activities:log-activity', { channel: 'note', direction: 'internal', candidateId: ids[1]!, occurredAt: t.clock.iso() });
    expect((await t.call('pools:list-members', { poolId: pool.id, dueOnly: true })).total).toBe(2);

    const updated = await t.call('pools:update-pool', { id: pool.id, cadenceDays: 30 });
    expect(updated.dueCount).toBe(0);
    expect((await t.call('pools:list-candidate-pools', { candidateId: ids[0]! })).items.map((p) => p.name)).toEqual(['Future leaders']);
    expect(await t.call('pools:remove-members', { poolId: pool.id, candidateIds: [ids[2]!] })).toEqual({ removed: 1 });
    expect(await t.call('pools:delete-pool', { id: pool.id })).toEqual({ deleted: true });
    expect((await t.call('pools:list-candidate-pools', { candidateId: ids[0]! })).items).toEqual([]);
  });

  it('a rejected applicant can be added with source "rejection"', async () => {
    const client = await t.call('clients:create-client', { name: 'Initech' });
    const job = await t.call('jobs:create-job', { clientId: client.id, title: 'CTO' });
    const app = await t.call('applications:create-application', { candidateId: ids[2]!, jobId: job.id });
    await t.call('applications:reject-application', { id: app.id, version: app.version, reason: 'Another finalist' });
    const pool = await t.call('pools:create-pool', { name: 'Silver medalists' });
    await t.call('pools:add-members', { poolId: pool.id, candidateIds: [ids[2]!], source: 'rejection', note: 'Final round for CTO' });
    expect((await t.call('pools:list-members', { poolId: pool.id })).items[0]).toMatchObject({ displayName: 'Cy', source: 'rejection' });
  });
});
