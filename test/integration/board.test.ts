import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src-main/core/core.js';
import { createTestCore, testClock, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';
import { tempDir } from '../helpers/tmp.js';

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

describe('board order', () => {
  /** A job with `n` candidates in its first stage (newest on top, as adding puts them) and the stages. */
  async function jobWith(n: number, title: string) {
    const client = await t.call('clients:create-client', { name: `${title} Co` });
    const job = await t.call('jobs:create-job', { clientId: client.id, title });
    const apps = [];
    for (let i = 0; i < n; i++) {
      const c = await t.call('candidates:create-candidate', { firstName: `${title}${i}`, lastName: 'X' });
      apps.push(await t.call('applications:create-application', { candidateId: c.id, jobId: job.id }));
    }
    return { job, apps };
  }
  const column = async (jobId: number, stageId: number) =>
    (await t.call('board:get-board', { jobId })).cards.filter((c) => c.stageId === stageId).map((c) => c.id);
  const versionOf = async (jobId: number, id: number) => (await t.call('board:get-board', { jobId })).cards.find((c) => c.id === id)!.version;

  it('adds new applications on top of their column', async () => {
    const { job, apps } = await jobWith(3, 'Top');
    expect(await column(job.id, job.stages[0]!.id)).toEqual([apps[2]!.id, apps[1]!.id, apps[0]!.id]);
  });

  it('reorders within a column: before, after, top and bottom; one card written, version bumped, audited', async () => {
    const { job, apps } = await jobWith(4, 'Reorder');
    const sourced = job.stages[0]!.id;
    const [a, b, c, d] = apps.map((x) => x.id) as [number, number, number, number];
    expect(await column(job.id, sourced)).toEqual([d, c, b, a]);

    const before = t.db.prepare('SELECT id, board_rank, version FROM applications WHERE job_id = ? ORDER BY id').all(job.id) as { id: number; version: number }[];
    const moved = await t.call('board:reorder-card', { id: a, version: await versionOf(job.id, a), position: { place: 'before', cardId: c } });
    expect(moved).toMatchObject({ id: a, stageId: sourced, version: apps[0]!.version + 1 });
    expect(await column(job.id, sourced)).toEqual([d, a, c, b]);
    // Fractional rank: only the moved card's row changed.
    const after = t.db.prepare('SELECT id, board_rank, version FROM applications WHERE job_id = ? ORDER BY id').all(job.id) as { id: number }[];
    expect(after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i])).map((r) => r.id)).toEqual([a]);

    await t.call('board:reorder-card', { id: d, version: await versionOf(job.id, d), position: { place: 'after', cardId: b } });
    expect(await column(job.id, sourced)).toEqual([a, c, b, d]);
    await t.call('board:reorder-card', { id: b, version: await versionOf(job.id, b), position: { place: 'top' } });
    expect(await column(job.id, sourced)).toEqual([b, a, c, d]);
    await t.call('board:reorder-card', { id: b, version: await versionOf(job.id, b), position: { place: 'bottom' } });
    expect(await column(job.id, sourced)).toEqual([a, c, d, b]);

    const audit = await t.call('audit:list-entries', { entity: 'application', entityId: b, limit: 1 });
    expect(audit.items[0]).toMatchObject({ action: 'reorder' });
    expect(JSON.stringify(audit.items[0])).toContain('"place":"bottom"');
    // No stage change, so no stage history entry.
    expect((await t.call('applications:get-application', { id: b })).history).toHaveLength(1);
  });

  it('keeps its order through many drops into the same gap (the column is renumbered when precision runs out)', async () => {
    const { job, apps } = await jobWith(3, 'Gap');
    const sourced = job.stages[0]!.id;
    const [a, b, c] = apps.map((x) => x.id) as [number, number, number];
    // Ranks away from 0, where a double has only ~52 halvings of a gap of 1 (near 0 it would have ~1000).
    const setRank = t.db.prepare('UPDATE applications SET board_rank = ? WHERE id = ?');
    [c, b, a].forEach((id, i) => setRank.run(1000 + i, id));
    // Alternate b and c into the gap just above a, again and again: the gap halves each time.
    for (let i = 0; i < 70; i++) {
      const id = i % 2 === 0 ? b : c;
      await t.call('board:reorder-card', { id, version: await versionOf(job.id, id), position: { place: 'after', cardId: i % 2 === 0 ? c : b } });
    }
    // The last move put c after b; a, never moved, stays at the bottom.
    expect(await column(job.id, sourced)).toEqual([b, c, a]);
    const rank = (id: number) => (t.db.prepare('SELECT board_rank AS r FROM applications WHERE id = ?').get(id) as { r: number }).r;
    // a's rank changed although a never moved: the column was renumbered once the gap was used up.
    expect(rank(a)).not.toBe(1002);
    expect(rank(b)).toBeLessThan(rank(c));
    expect(rank(c)).toBeLessThan(rank(a));
  });

  it('moves to another stage at the drop position, or on top without one', async () => {
    const { job, apps } = await jobWith(4, 'Across');
    const [sourced, screening] = [job.stages[0]!.id, job.stages[1]!.id];
    const [a, b, c, d] = apps.map((x) => x.id) as [number, number, number, number];
    const v = (id: number) => versionOf(job.id, id);
    await t.call('applications:move-application', { id: a, version: await v(a), toStageId: screening });
    await t.call('applications:move-application', { id: b, version: await v(b), toStageId: screening });
    expect(await column(job.id, screening)).toEqual([b, a]);
    await t.call('applications:move-application', { id: c, version: await v(c), toStageId: screening, position: { place: 'after', cardId: b } });
    expect(await column(job.id, screening)).toEqual([b, c, a]);
    await t.call('applications:move-application', { id: d, version: await v(d), toStageId: screening, position: { place: 'bottom' } });
    expect(await column(job.id, screening)).toEqual([b, c, a, d]);
    expect(await column(job.id, sourced)).toEqual([]);
    // A reject (no position) lands on top of Rejected too, through the same trigger.
    const rejected = job.stages.find((s) => s.type === 'rejected')!.id;
    await t.call('applications:reject-application', { id: c, version: await v(c), reason: 'Not a fit' });
    await t.call('applications:reject-application', { id: a, version: await v(a), reason: 'Not a fit' });
    expect(await column(job.id, rejected)).toEqual([a, c]);
    // The position's card must be in the column the card goes to; nothing is written when it is not.
    const stale = await v(d);
    const err = await t.fail('applications:move-application', { id: d, version: stale, toStageId: sourced, position: { place: 'before', cardId: b } });
    expect(err).toMatchObject({ code: 'invalid_input', field: 'position.cardId' });
    expect(err.message).toMatch(/not in the column/);
    expect(await v(d)).toBe(stale);
    expect(await column(job.id, screening)).toEqual([b, d]);
  });

  it('ranks a column of never-placed cards in the automatic order before placing one', async () => {
    const { job, apps } = await jobWith(3, 'Unranked');
    const sourced = job.stages[0]!.id;
    const [a, b, c] = apps.map((x) => x.id) as [number, number, number];
    // As the sample agency or an older vault export leaves them: no rank; b is rated best.
    t.db.prepare('UPDATE applications SET board_rank = NULL WHERE job_id = ?').run(job.id);
    t.db.prepare('UPDATE applications SET rating = 5 WHERE id = ?').run(b);
    expect(await column(job.id, sourced)).toEqual([b, a, c]);
    await t.call('board:reorder-card', { id: c, version: await versionOf(job.id, c), position: { place: 'before', cardId: a } });
    expect(await column(job.id, sourced)).toEqual([b, c, a]);
  });

  it('refuses a stale version (conflict) and bad input with a clear message, writing nothing', async () => {
    const { job, apps } = await jobWith(2, 'Refuse');
    const [a, b] = apps.map((x) => x.id) as [number, number];
    expect(await column(job.id, job.stages[0]!.id)).toEqual([b, a]);
    const current = await versionOf(job.id, a);
    await t.call('board:reorder-card', { id: a, version: current, position: { place: 'top' } });
    const conflict = await t.fail('board:reorder-card', { id: a, version: current, position: { place: 'bottom' } });
    expect(conflict).toMatchObject({ code: 'conflict', field: 'version' });
    expect(conflict.message).toMatch(/changed by someone else/);

    const v = await versionOf(job.id, a);
    const self = await t.fail('board:reorder-card', { id: a, version: v, position: { place: 'before', cardId: a } });
    expect(self).toMatchObject({ code: 'invalid_input', field: 'position.cardId' });
    expect((await t.fail('board:reorder-card', { id: a, version: v, position: { place: 'after', cardId: 999_999 } })).code).toBe('not_found');
    expect((await t.fail('board:reorder-card', { id: 999_999, version: 1, position: { place: 'top' } })).code).toBe('not_found');
    const other = (await jobWith(1, 'Elsewhere')).apps[0]!.id;
    expect(await t.fail('board:reorder-card', { id: a, version: v, position: { place: 'after', cardId: other } })).toMatchObject({
      code: 'invalid_input',
      field: 'position.cardId',
    });
    const shape = await t.fail('board:reorder-card', { id: a, version: v, position: { place: 'middle' } });
    expect(shape.code).toBe('invalid_input');
    expect(shape.message).toMatch(/^position.*"top", "bottom", "before" or "after"/);
    const missing = await t.fail('board:reorder-card', { id: a, version: v, position: { place: 'before' } });
    expect(missing).toMatchObject({ code: 'invalid_input', field: 'position.cardId' });
    expect((await t.fail('board:reorder-card', { id: a, version: v, position: { place: 'top', cardId: b } })).code).toBe('invalid_input');
    // Only the first reorder (a on top) was written.
    expect(await column(job.id, job.stages[0]!.id)).toEqual([a, b]);
    expect(await versionOf(job.id, a)).toBe(v);
  });
});

describe('board order across a restart', () => {
  it('a reorder and a positioned move are read back from the encrypted vault after it is closed and unlocked again', async () => {
    const tmp = tempDir('rapport-board-order-');
    const dataDir = path.join(tmp.dir, 'vault');
    const passphrase = 'correct horse battery staple';
    const open = () => createCore({ dataDir, host: 'cli', clock: testClock(), validateResponses: true, scrypt: { N: 1024, r: 8, p: 1 } });
    const call = async (core: Core, channel: Parameters<Core['dispatch']>[0], req: unknown): Promise<never> => {
      const r = await core.dispatch(channel, req as never);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as never;
    };
    try {
      const first = open();
      await call(first, 'vault:create', { passphrase });
      const client: { id: number } = await call(first, 'clients:create-client', { name: 'Restart Co' });
      const job: { id: number; stages: { id: number }[] } = await call(first, 'jobs:create-job', { clientId: client.id, title: 'Restart' });
      const ids: number[] = [];
      for (const name of ['Ann', 'Bob', 'Cat']) {
        const c: { id: number } = await call(first, 'candidates:create-candidate', { firstName: name });
        ids.push(((await call(first, 'applications:create-application', { candidateId: c.id, jobId: job.id })) as { id: number }).id);
      }
      const [ann, bob, cat] = ids as [number, number, number];
      const board = async (core: Core) => ((await call(core, 'board:get-board', { jobId: job.id })) as { cards: { id: number; version: number; stageId: number }[] }).cards;
      const card = async (core: Core, id: number) => (await board(core)).find((c) => c.id === id)!;
      // [cat, bob, ann] → ann before bob; bob to Screening below nobody (bottom of an empty column), cat after bob there.
      await call(first, 'board:reorder-card', { id: ann, version: (await card(first, ann)).version, position: { place: 'before', cardId: bob } });
      await call(first, 'applications:move-application', { id: bob, version: (await card(first, bob)).version, toStageId: job.stages[1]!.id, position: { place: 'bottom' } });
      await call(first, 'applications:move-application', {
        id: cat,
        version: (await card(first, cat)).version,
        toStageId: job.stages[1]!.id,
        position: { place: 'after', cardId: bob },
      });
      const expected = (await board(first)).map((c) => [c.id, c.stageId]);
      expect(expected).toEqual([
        [ann, job.stages[0]!.id],
        [bob, job.stages[1]!.id],
        [cat, job.stages[1]!.id],
      ]);
      await first.close();

      const second = open();
      await call(second, 'vault:unlock', { passphrase });
      expect((await board(second)).map((c) => [c.id, c.stageId])).toEqual(expected);
      await second.close();
    } finally {
      tmp.cleanup();
    }
  });
});
