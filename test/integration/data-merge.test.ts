import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, dumpCandidateGraph, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
let jobA: number;
let jobB: number;
let clientId: number;
beforeAll(async () => {
  t = await createTestCore();
  t.db.prepare(`INSERT INTO recruiters (id, name, created_at) VALUES (1, 'Rita Recruiter', '2026-01-01T00:00:00Z')`).run();
  const client = await t.call('clients:create-client', { name: 'Merge Corp' });
  clientId = client.id;
  jobA = (await t.call('jobs:create-job', { clientId: client.id, title: 'Job both applied to' })).id;
  jobB = (await t.call('jobs:create-job', { clientId: client.id, title: 'Job only the source applied to' })).id;
});
afterAll(() => t.close());

/** Two records of the same person, each with contact points, history, consents and files. */
async function pair(tag: string) {
  const target = await t.call('candidates:create-candidate', {
    firstName: 'Maria',
    lastName: `García ${tag}`,
    currentTitle: 'Data Analyst',
    city: 'Madrid',
    country: 'ES',
    industries: ['Banking'],
    emails: [{ address: `maria.${tag}@work.example`, primary: true }],
    phones: [{ number: '+34 612 345 678' }],
    links: [{ kind: 'linkedin', url: `https://www.linkedin.com/in/maria-${tag}` }],
    skills: [{ name: 'SQL', level: 3, years: 2 }],
    tags: ['fintech'],
    consents: [{ purpose: 'recruitment', givenAt: '2025-01-10T00:00:00Z', source: 'Form', expiresAt: '2027-01-10T00:00:00Z' }],
    allowDuplicate: true,
  });
  const source = await t.call('candidates:create-candidate', {
    firstName: 'María',
    lastName: `Garcia ${tag}`,
    currentTitle: 'Senior Data Analyst',
    headline: 'Analytics lead',
    city: '',
    industries: ['banking', 'Insurance'],
    emails: [
      { address: `MARIA.${tag}@work.example` },
      { address: `maria.${tag}@home.example`, primary: true },
    ],
    phones: [{ number: '+34 699 000 111' }],
    skills: [
      { name: 'sql', level: 5, years: null },
      { name: 'Tableau', level: 4, years: 3 },
    ],
    tags: ['FinTech', 'silver-medalist'],
    consents: [
      { purpose: 'recruitment', givenAt: '2024-05-01T00:00:00Z', source: 'Email', expiresAt: '2026-12-31T00:00:00Z', withdrawnAt: '2025-06-01T00:00:00Z' },
      { purpose: 'marketing', givenAt: '2024-05-01T00:00:00Z', source: 'Email' },
    ],
    allowDuplicate: true,
  });
  await t.call('applications:create-application', { candidateId: target.id, jobId: jobA });
  const sourceAppA = await t.call('applications:create-application', { candidateId: source.id, jobId: jobA });
  const sourceAppB = await t.call('applications:create-application', { candidateId: source.id, jobId: jobB, movedBy: 1 });
  await t.call('activities:log-activity', { channel: 'phone', occurredAt: '2026-02-01T10:00:00Z', candidateId: source.id, subject: 'Intro call', body: 'Keen on Lisbon' });
  await t.call('activities:log-activity', { channel: 'email', occurredAt: '2026-02-02T10:00:00Z', applicationId: sourceAppB.id, subject: 'Interview invite' });
  await t.call('activities:log-activity', { channel: 'note', direction: 'internal', occurredAt: '2026-02-03T10:00:00Z', candidateId: target.id, body: 'Target note' });
  const file = await t.call('attachments:add-attachment', {
    candidateId: source.id,
    filename: 'maria-cv.txt',
    mime: 'text/plain',
    kind: 'resume',
    contentBase64: Buffer.from('Maria Garcia - Python, Airflow').toString('base64'),
  });
  // Memberships: a shortlist only the source is on, one both are on (the source joined first), and a talent
  // pool both are in (the source first, through a rejection) plus one only the target is in.
  const run = (text: string, ...params: unknown[]) => Number(t.db.prepare(text).run(...params).lastInsertRowid);
  const at = '2026-01-01T00:00:00.000Z';
  const onlySource = run(`INSERT INTO candidate_lists (name, created_at, updated_at) VALUES (?, ?, ?)`, `Shortlist ${tag}`, at, at);
  const both = run(`INSERT INTO candidate_lists (name, created_at, updated_at) VALUES (?, ?, ?)`, `Finalists ${tag}`, at, at);
  run(`INSERT INTO candidate_list_members (list_id, candidate_id, added_at) VALUES (?, ?, '2026-01-05T00:00:00Z'), (?, ?, '2026-01-03T00:00:00Z'), (?, ?, '2026-01-09T00:00:00Z')`,
    onlySource, source.id, both, source.id, both, target.id);
  const silver = (await t.call('pools:create-pool', { name: `Silver ${tag}` })).id;
  const leaders = (await t.call('pools:create-pool', { name: `Leaders ${tag}` })).id;
  run(`INSERT INTO talent_pool_members (pool_id, candidate_id, added_at, source, note) VALUES (?, ?, '2026-01-02T00:00:00Z', 'rejection', 'Final round'), (?, ?, '2026-01-20T00:00:00Z', 'manual', ''), (?, ?, '2026-01-21T00:00:00Z', 'selection', '')`,
    silver, source.id, silver, target.id, leaders, target.id);
  return {
    lists: { onlySource, both },
    pools: { silver, leaders },
    target: await t.call('candidates:get-candidate', { id: target.id }),
    source: await t.call('candidates:get-candidate', { id: source.id }),
    sourceAppA,
    sourceAppB,
    file,
  };
}

describe('candidates:merge-candidates', () => {
  it('takes picked fields, unions contact points/skills/tags, moves history and keeps the most restrictive consent', async () => {
    const { target, source, sourceAppA, sourceAppB, file, lists, pools } = await pair('a');
    t.clock.advanceDays(1);
    const { merge, candidate } = await t.call('candidates:merge-candidates', {
      targetId: target.id,
      targetVersion: target.version,
      sourceId: source.id,
      sourceVersion: source.version,
      picks: { currentTitle: 'source', firstName: 'source' },
    });
    expect(merge).toMatchObject({ targetId: target.id, sourceId: source.id, mergedAt: t.clock.iso(), unmergedAt: null, canUnmerge: true });
    expect(Date.parse(merge.expiresAt) - Date.parse(merge.mergedAt)).toBe(30 * 86_400_000);
    // Picked from the source; the rest from the target, or the source where the target is empty.
    expect(candidate).toMatchObject({ firstName: 'María', lastName: 'García a', currentTitle: 'Senior Data Analyst', headline: 'Analytics lead', city: 'Madrid' });
    expect(candidate.industries).toEqual(['Banking', 'Insurance']);
    expect(candidate.emails).toEqual([
      { address: 'maria.a@work.example', primary: true },
      { address: 'maria.a@home.example', primary: false },
    ]);
    expect(candidate.phones.map((p) => p.number)).toEqual(['+34 612 345 678', '+34 699 000 111']);
    expect(candidate.skills).toEqual([
      { name: 'SQL', level: 5, years: 2 },
      { name: 'Tableau', level: 4, years: 3 },
    ]);
    expect(candidate.tags).toEqual(['fintech', 'silver-medalist']);
    expect(candidate.consents).toEqual([
      { purpose: 'recruitment', givenAt: '2025-01-10T00:00:00Z', source: 'Form', expiresAt: '2026-12-31T00:00:00Z', withdrawnAt: '2025-06-01T00:00:00Z' },
      { purpose: 'marketing', givenAt: '2024-05-01T00:00:00Z', source: 'Email', expiresAt: null, withdrawnAt: null },
    ].sort((a, b) => a.givenAt.localeCompare(b.givenAt)));

    const timeline = await t.call('activities:list-timeline', { candidateId: target.id });
    expect(timeline.items.map((a) => a.subject || a.body)).toEqual(['Applications merged', 'Target note', 'Interview invite', 'Intro call']);
    const apps = await t.call('applications:list-applications', { candidateId: target.id });
    expect(apps.items.map((a) => a.jobId).sort()).toEqual([jobA, jobB].sort());
    expect(apps.items.find((a) => a.jobId === jobB)!.id).toBe(sourceAppB.id);
    // Both were in job A at the same stage since the same time: the target's application is kept, the source's
    // folded into it (its history joins the kept one's); only the folded row stays, parked on the hidden record.
    const keptA = apps.items.find((a) => a.jobId === jobA)!;
    expect(keptA.id).not.toBe(sourceAppA.id);
    expect((await t.call('applications:get-application', { id: keptA.id })).history).toHaveLength(2);
    expect(t.db.prepare('SELECT id FROM applications WHERE candidate_id = ?').all(source.id)).toEqual([{ id: sourceAppA.id }]);
    expect((await t.call('attachments:list-attachments', { candidateId: target.id })).items.map((f) => f.id)).toEqual([file.id]);
    // The target is on every list and in every pool either was in; where both were, the earlier membership stays.
    expect(t.db.prepare('SELECT list_id, candidate_id, added_at FROM candidate_list_members WHERE candidate_id = ? ORDER BY list_id').all(target.id)).toEqual([
      { list_id: lists.onlySource, candidate_id: target.id, added_at: '2026-01-05T00:00:00Z' },
      { list_id: lists.both, candidate_id: target.id, added_at: '2026-01-03T00:00:00Z' },
    ]);
    expect(t.db.prepare('SELECT pool_id, added_at, source, note FROM talent_pool_members WHERE candidate_id = ? ORDER BY pool_id').all(target.id)).toEqual([
      { pool_id: pools.silver, added_at: '2026-01-02T00:00:00Z', source: 'rejection', note: 'Final round' },
      { pool_id: pools.leaders, added_at: '2026-01-21T00:00:00Z', source: 'selection', note: '' },
    ]);
    expect(t.db.prepare('SELECT count(*) AS n FROM talent_pool_members WHERE candidate_id = ?').get(source.id)).toEqual({ n: 1 });

    // The source is hidden everywhere; search finds the target by what came from the source.
    expect((await t.fail('candidates:get-candidate', { id: source.id })).message).toBe(`Candidate ${source.id} was merged into candidate ${target.id}`);
    expect((await t.fail('candidates:update-candidate', { id: source.id, version: source.version + 1, patch: { headline: 'x' } })).message).toMatch(/merged into/);
    const found = await t.call('search:search-candidates', { query: 'tableau airflow' });
    expect(found.items.map((r) => r.id)).toEqual([target.id]);
    expect((await t.call('candidates:check-duplicates', { candidate: { emails: [{ address: 'maria.a@home.example' }] } })).exact.map((m) => m.candidateId)).toEqual([target.id]);
    expect((await t.call('candidates:list-merges', { candidateId: source.id })).items.map((m) => m.id)).toEqual([merge.id]);
    expect((await t.call('audit:list-entries', { entity: 'merge', entityId: merge.id })).items[0]!.action).toBe('merge');
  });

  it('refuses stale versions, self-merges and merged records', async () => {
    const { target, source } = await pair('b');
    expect(await t.fail('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: source.version + 1 })).toMatchObject({
      code: 'conflict',
      field: 'sourceVersion',
    });
    expect(await t.fail('candidates:merge-candidates', { targetId: target.id, targetVersion: 1, sourceId: target.id, sourceVersion: 1 })).toMatchObject({
      code: 'invalid_input',
      field: 'sourceId',
    });
    expect((await t.fail('candidates:merge-candidates', { targetId: target.id, targetVersion: 1, sourceId: 999_999, sourceVersion: 1 })).code).toBe('not_found');
    expect((await t.fail('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: source.version, picks: { email: 'source' } })).code).toBe(
      'invalid_input',
    );
    await t.call('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: source.version });
    expect((await t.fail('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version + 1, sourceId: source.id, sourceVersion: source.version + 1 })).code).toBe(
      'not_found',
    );
  });
});

/**
 * Two records of one person in the same job's pipeline: the target screened (an activity and a reminder on
 * that application), the source hired a day later through an accepted offer with a placement fee.
 */
async function sharedJob(tag: string) {
  const job = await t.call('jobs:create-job', { clientId, title: `Shared job ${tag}` });
  const target = await t.call('candidates:create-candidate', { firstName: 'Jon', lastName: `Shared ${tag}`, allowDuplicate: true });
  const source = await t.call('candidates:create-candidate', { firstName: 'John', lastName: `Shared ${tag}`, allowDuplicate: true });
  const targetApp = await t.call('applications:create-application', { candidateId: target.id, jobId: job.id, movedBy: 1, note: 'Referred' });
  t.clock.advanceDays(1);
  let sourceApp = await t.call('applications:create-application', { candidateId: source.id, jobId: job.id });
  sourceApp = await t.call('applications:extend-offer', { id: sourceApp.id, version: sourceApp.version, offer: { amount: 90_000, currency: 'EUR' } });
  sourceApp = await t.call('applications:accept-offer', { id: sourceApp.id, version: sourceApp.version });
  sourceApp = await t.call('applications:set-placement-fee', { id: sourceApp.id, version: sourceApp.version, fee: 18_000 });
  await t.call('activities:log-activity', { channel: 'phone', occurredAt: '2026-02-10T10:00:00Z', applicationId: targetApp.id, subject: 'Screening call' });
  await t.call('activities:log-activity', { channel: 'email', occurredAt: '2026-02-11T10:00:00Z', applicationId: sourceApp.id, subject: 'Offer letter' });
  const reminderId = Number(
    t.db
      .prepare(`INSERT INTO reminders (title, due_at, time_zone, candidate_id, application_id, created_at, updated_at) VALUES ('Chase references', ?, 'UTC', ?, ?, ?, ?)`)
      .run('2026-04-01T09:00:00Z', target.id, targetApp.id, t.clock.iso(), t.clock.iso()).lastInsertRowid,
  );
  return {
    job,
    target: await t.call('candidates:get-candidate', { id: target.id }),
    source: await t.call('candidates:get-candidate', { id: source.id }),
    targetApp,
    sourceApp,
    reminderId,
  };
}

/** What the job's pipeline shows: the list, the board's cards and the stage counts must agree. */
async function pipeline(jobId: number) {
  const list = await t.call('applications:list-applications', { jobId });
  const board = await t.call('board:get-board', { jobId });
  const counted = board.job.stages.reduce((n, s) => n + s.applicationCount, 0);
  expect(board.cards.map((c) => c.id).sort()).toEqual(list.items.map((a) => a.id).sort());
  expect(counted).toBe(list.total);
  return list.items;
}

describe('candidates:merge-candidates with applications to the same job', () => {
  it('keeps the application further along on the target, folds the other into it, and unmerge restores both exactly', async () => {
    const { job, target, source, targetApp, sourceApp, reminderId } = await sharedJob('hired');
    const before = dumpCandidateGraph(t.db, [target.id, source.id]);
    const reminderBefore = t.db.prepare('SELECT * FROM reminders WHERE id = ?').get(reminderId);
    expect(await pipeline(job.id)).toHaveLength(2);

    const { merge } = await t.call('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: source.version });
    // One application to the job, on the target: the source's hire (with its offer and fee), not the screening.
    const apps = await pipeline(job.id);
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ id: sourceApp.id, candidateId: target.id, status: 'hired', offerAmount: 90_000, placementFee: 18_000 });
    expect((await t.call('applications:list-applications', { candidateId: target.id })).items.map((a) => a.id)).toEqual([sourceApp.id]);
    // The folded row is parked on the hidden source record (the two swapped), its history with the kept one.
    expect(t.db.prepare('SELECT id FROM applications WHERE candidate_id = ?').all(source.id)).toEqual([{ id: targetApp.id }]);
    expect(await t.call('applications:get-application', { id: targetApp.id })).toMatchObject({ candidateId: source.id, history: [] });
    // The folded application's history joins the kept one's, in time order; its activities and reminder follow it.
    const kept = await t.call('applications:get-application', { id: sourceApp.id });
    expect(kept.history.map((h) => h.id)).toEqual([...targetApp.history, ...sourceApp.history].map((h) => h.id));
    expect(kept.history[0]).toMatchObject({ note: 'Referred', movedBy: 1 });
    const timeline = (await t.call('activities:list-timeline', { candidateId: target.id })).items;
    expect(timeline.map((a) => a.subject)).toEqual(['Applications merged', 'Offer letter', 'Screening call']);
    for (const a of timeline) expect(a.applicationId, a.subject).toBe(sourceApp.id);
    expect(timeline[0]!.body).toMatch(`Application ${targetApp.id} of this record to this job was folded into application ${sourceApp.id}`);
    expect(t.db.prepare('SELECT application_id FROM reminders WHERE id = ?').get(reminderId)).toEqual({ application_id: sourceApp.id });
    expect((await t.call('audit:list-entries', { entity: 'application', entityId: targetApp.id })).items[0]!.action).toBe('merged-into');

    const { target: restored } = await t.call('candidates:unmerge-candidates', { mergeId: merge.id });
    expect(restored.version).toBeGreaterThan(target.version);
    // Every row as it was: both applications (every column), their histories, the activities, the reminder.
    expect(content(dumpCandidateGraph(t.db, [target.id, source.id]))).toEqual(content(before));
    expect(t.db.prepare('SELECT * FROM reminders WHERE id = ?').get(reminderId)).toEqual(reminderBefore);
    expect((await pipeline(job.id)).map((a) => [a.id, a.candidateId]).sort()).toEqual(
      [
        [targetApp.id, target.id],
        [sourceApp.id, source.id],
      ].sort(),
    );
  });

  it('deletes nothing: the newest application folded keeps its id, which no application added meanwhile takes', async () => {
    const { job, target, source, targetApp, sourceApp } = await sharedJob('newest');
    const before = dumpCandidateGraph(t.db, [target.id, source.id]);
    // The source's application is the newest row of the table; keeping the target's folds it.
    expect((t.db.prepare('SELECT max(id) AS id FROM applications').get() as { id: number }).id).toBe(sourceApp.id);
    const { merge } = await t.call('candidates:merge-candidates', {
      targetId: target.id,
      targetVersion: target.version,
      sourceId: source.id,
      sourceVersion: source.version,
      keepApplicationIds: [targetApp.id],
    });
    expect((await pipeline(job.id)).map((a) => a.id)).toEqual([targetApp.id]);
    const other = await t.call('candidates:create-candidate', { firstName: 'Olu', lastName: 'Meanwhile', allowDuplicate: true });
    const added = await t.call('applications:create-application', { candidateId: other.id, jobId: job.id });
    expect(added.id).toBeGreaterThan(sourceApp.id);
    await t.call('candidates:unmerge-candidates', { mergeId: merge.id, force: true });
    expect(content(dumpCandidateGraph(t.db, [target.id, source.id]))).toEqual(content(before));
    expect((await pipeline(job.id)).map((a) => a.id).sort((a, b) => a - b)).toEqual([targetApp.id, sourceApp.id, added.id]);
  });

  it('keeps the application the user picks, and notes the folded one\'s offer, fee and stage on the kept one', async () => {
    const { job, target, source, targetApp, sourceApp } = await sharedJob('picked');
    for (const keepApplicationIds of [[999_999], [targetApp.id, sourceApp.id]]) {
      const error = await t.fail('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: source.version, keepApplicationIds });
      expect(error, JSON.stringify(keepApplicationIds)).toMatchObject({ code: 'invalid_input', field: 'keepApplicationIds' });
    }
    await t.call('candidates:merge-candidates', {
      targetId: target.id,
      targetVersion: target.version,
      sourceId: source.id,
      sourceVersion: source.version,
      keepApplicationIds: [targetApp.id],
    });
    expect((await pipeline(job.id)).map((a) => [a.id, a.candidateId, a.status])).toEqual([[targetApp.id, target.id, 'active']]);
    const note = (await t.call('activities:list-timeline', { candidateId: target.id })).items.find((a) => a.subject === 'Applications merged')!;
    expect(note).toMatchObject({ applicationId: targetApp.id, direction: 'internal', jobId: job.id });
    expect(note.body).toMatch(`Application ${sourceApp.id} of John Shared picked (record ${source.id}, merged into this one)`);
    expect(note.body).toMatch(/"Hired" \(hired\)/);
    expect(note.body).toMatch(/Offer of 90000 EUR, extended \d{4}-\d\d-\d\d, accepted \d{4}-\d\d-\d\d\./);
    expect(note.body).toMatch('Placement fee: 18000.');
  });

  it('keeps an open application over a rejected one, even one moved later', async () => {
    const job = await t.call('jobs:create-job', { clientId, title: 'Rejected once' });
    const target = await t.call('candidates:create-candidate', { firstName: 'Ana', lastName: 'Open', allowDuplicate: true });
    const source = await t.call('candidates:create-candidate', { firstName: 'Ana', lastName: 'Rejected', allowDuplicate: true });
    const open = await t.call('applications:create-application', { candidateId: target.id, jobId: job.id });
    t.clock.advanceDays(1);
    const closed = await t.call('applications:create-application', { candidateId: source.id, jobId: job.id });
    await t.call('applications:reject-application', { id: closed.id, version: closed.version, reason: 'Salary too high' });
    await t.call('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: (await t.call('candidates:get-candidate', { id: source.id })).version });
    expect((await pipeline(job.id)).map((a) => a.id)).toEqual([open.id]);
    const note = (await t.call('activities:list-timeline', { candidateId: target.id })).items.find((a) => a.subject === 'Applications merged')!;
    expect(note.body).toMatch('Rejection reason: Salary too high');
  });
});

describe('candidates:delete-candidate after merges', () => {
  it('deletes the records merged into the candidate, recursively, and their merges say why they cannot be undone', async () => {
    const { target, source } = await pair('del');
    const top = await t.call('candidates:create-candidate', { firstName: 'Maria', lastName: 'Top', allowDuplicate: true });
    const undone = await t.call('candidates:create-candidate', { firstName: 'Maria', lastName: 'Undone', allowDuplicate: true });
    const first = await t.call('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: source.version });
    const second = await t.call('candidates:merge-candidates', { targetId: top.id, targetVersion: top.version, sourceId: target.id, sourceVersion: first.candidate.version });
    // A merge undone before the delete leaves a separate person, who stays.
    const third = await t.call('candidates:merge-candidates', { targetId: top.id, targetVersion: second.candidate.version, sourceId: undone.id, sourceVersion: undone.version });
    const { target: topNow } = await t.call('candidates:unmerge-candidates', { mergeId: third.merge.id });

    t.clock.advanceDays(1);
    expect(await t.call('candidates:delete-candidate', { id: top.id, version: topNow.version })).toEqual({ id: top.id, deletedAt: t.clock.iso() });
    for (const id of [top.id, target.id, source.id]) {
      expect(await t.fail('candidates:get-candidate', { id }), `candidate ${id}`).toMatchObject({ code: 'not_found', message: `No candidate with id ${id}` });
      expect(t.db.prepare('SELECT deleted_at FROM candidates WHERE id = ?').get(id)).toEqual({ deleted_at: t.clock.iso() });
    }
    expect((await t.call('audit:list-entries', { entity: 'candidate', entityId: source.id })).items[0]).toMatchObject({ action: 'delete' });
    expect((await t.call('candidates:get-candidate', { id: undone.id })).id).toBe(undone.id);
    // Nothing left to reach: deleting a merged-in record again is "not found", not "edit that record instead".
    expect((await t.fail('candidates:delete-candidate', { id: source.id, version: 99 })).code).toBe('not_found');

    for (const [merge, deleted] of [
      [first.merge, target.id],
      [second.merge, top.id],
    ] as const) {
      const listed = (await t.call('candidates:list-merges', { candidateId: merge.sourceId })).items.find((m) => m.id === merge.id)!;
      const reason = `Merge ${merge.id} can no longer be undone: candidate ${deleted} was deleted on ${t.clock.iso()}, together with the records merged into it`;
      expect(listed).toMatchObject({ canUnmerge: false, unmergedAt: null, cannotUnmergeReason: reason });
      for (const force of [false, true]) {
        expect(await t.fail('candidates:unmerge-candidates', { mergeId: merge.id, force })).toMatchObject({ code: 'conflict', message: reason });
      }
      // The undo copies of the deleted records go now, not at the end of the window.
      expect(t.db.prepare('SELECT snapshot FROM candidate_merges WHERE id = ?').get(merge.id)).toEqual({ snapshot: null });
    }
    const kept = (await t.call('candidates:list-merges', { candidateId: undone.id })).items[0]!;
    expect(kept).toMatchObject({ canUnmerge: false, cannotUnmergeReason: `Merge ${third.merge.id} was already undone on ${kept.unmergedAt}` });
  });

  it('leaves other merges undoable', async () => {
    const { target, source } = await pair('keep');
    const { merge } = await t.call('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: source.version });
    const other = await t.call('candidates:create-candidate', { firstName: 'Someone', lastName: 'Else', allowDuplicate: true });
    await t.call('candidates:delete-candidate', { id: other.id, version: other.version });
    expect((await t.call('candidates:list-merges', { candidateId: target.id })).items[0]).toMatchObject({ id: merge.id, canUnmerge: true, cannotUnmergeReason: null });
  });
});

/** The graph without the candidates' versions: an unmerge restores the content, and moves the versions forward. */
function content(dump: Record<string, unknown[]>): Record<string, unknown[]> {
  return { ...dump, candidates: (dump.candidates as Record<string, unknown>[]).map(({ version: _version, ...rest }) => rest) };
}

describe('candidates:unmerge-candidates', () => {
  it('restores both records and every related row exactly', async () => {
    const { target, source } = await pair('c');
    const before = dumpCandidateGraph(t.db, [target.id, source.id]);
    const searchBefore = await t.call('search:search-candidates', { query: 'name:"garcia c"' });
    t.clock.advanceDays(3);
    const { merge } = await t.call('candidates:merge-candidates', {
      targetId: target.id,
      targetVersion: target.version,
      sourceId: source.id,
      sourceVersion: source.version,
      picks: { currentTitle: 'source', lastName: 'source' },
    });
    expect(dumpCandidateGraph(t.db, [target.id, source.id])).not.toEqual(before);
    t.clock.advanceDays(29);
    const res = await t.call('candidates:unmerge-candidates', { mergeId: merge.id });
    expect(res.merge).toMatchObject({ unmergedAt: t.clock.iso(), canUnmerge: false });
    expect({ ...res.target, version: target.version }).toEqual(target);
    expect({ ...res.source, version: source.version }).toEqual(source);
    expect(content(dumpCandidateGraph(t.db, [target.id, source.id]))).toEqual(content(before));
    expect((await t.call('search:search-candidates', { query: 'name:"garcia c"' })).items.map((r) => r.id).sort()).toEqual(
      searchBefore.items.map((r) => r.id).sort(),
    );
    expect((await t.fail('candidates:unmerge-candidates', { mergeId: merge.id })).message).toMatch(/already undone/);
    expect(t.db.prepare('SELECT snapshot FROM candidate_merges WHERE id = ?').get(merge.id)).toEqual({ snapshot: null });
  });

  it('is refused after 30 days, and the snapshot is purged', async () => {
    const { target, source } = await pair('d');
    const { merge } = await t.call('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: source.version });
    t.clock.advanceDays(30);
    t.clock.set(new Date(t.clock.now().getTime() + 1000).toISOString());
    const error = await t.fail('candidates:unmerge-candidates', { mergeId: merge.id });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/can no longer be undone: merges can be undone for 30 days/);
    expect((await t.call('candidates:list-merges', { candidateId: target.id })).items.find((m) => m.id === merge.id)!.canUnmerge).toBe(false);
    // The next merge purges expired snapshots (personal data is not kept past the window).
    const other = await pair('e');
    await t.call('candidates:merge-candidates', { targetId: other.target.id, targetVersion: other.target.version, sourceId: other.source.id, sourceVersion: other.source.version });
    expect(t.db.prepare('SELECT snapshot FROM candidate_merges WHERE id = ?').get(merge.id)).toEqual({ snapshot: null });
  });

  it('asks before discarding edits made after the merge, and restores exactly with force', async () => {
    const { target, source } = await pair('f');
    const before = dumpCandidateGraph(t.db, [target.id, source.id]);
    const { merge, candidate } = await t.call('candidates:merge-candidates', {
      targetId: target.id,
      targetVersion: target.version,
      sourceId: source.id,
      sourceVersion: source.version,
    });
    await t.call('candidates:update-candidate', {
      id: target.id,
      version: candidate.version,
      patch: { headline: 'Edited after merge', emails: [{ address: 'new@after.example' }], tags: ['after'] },
    });
    const error = await t.fail('candidates:unmerge-candidates', { mergeId: merge.id });
    expect(error).toMatchObject({ code: 'conflict', field: 'force' });
    expect(error.message).toMatch(/edited after the merge/);
    await t.call('candidates:unmerge-candidates', { mergeId: merge.id, force: true });
    expect(content(dumpCandidateGraph(t.db, [target.id, source.id]))).toEqual(content(before));
  });

  it('undoes chained merges only in reverse order', async () => {
    const { target, source } = await pair('g');
    const third = await t.call('candidates:create-candidate', { firstName: 'Maria', lastName: 'Third', allowDuplicate: true });
    const before = dumpCandidateGraph(t.db, [target.id, source.id, third.id]);
    const first = await t.call('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: source.version });
    const second = await t.call('candidates:merge-candidates', {
      targetId: third.id,
      targetVersion: third.version,
      sourceId: target.id,
      sourceVersion: first.candidate.version,
    });
    expect((await t.fail('candidates:unmerge-candidates', { mergeId: first.merge.id })).message).toMatch(`Undo the later merge ${second.merge.id} first`);
    await t.call('candidates:unmerge-candidates', { mergeId: second.merge.id });
    await t.call('candidates:unmerge-candidates', { mergeId: first.merge.id });
    expect(content(dumpCandidateGraph(t.db, [target.id, source.id, third.id]))).toEqual(content(before));
  });

  it('moves both versions forward: an edit based on the merged record, or on the record before the merge, is a conflict', async () => {
    const { target, source } = await pair('v');
    const { merge, candidate: merged } = await t.call('candidates:merge-candidates', { targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: source.version });
    const { target: restored, source: back } = await t.call('candidates:unmerge-candidates', { mergeId: merge.id });
    expect(restored.version).toBe(merged.version + 1);
    expect(back.version).toBeGreaterThan(source.version + 1);
    for (const stale of [target.version, merged.version]) {
      const error = await t.fail('candidates:update-candidate', { id: target.id, version: stale, patch: { city: 'Stale' } });
      expect(error.code, `version ${stale}`).toBe('conflict');
    }
    expect((await t.fail('candidates:update-candidate', { id: source.id, version: source.version, patch: { city: 'Stale' } })).code).toBe('conflict');
    expect((await t.call('candidates:update-candidate', { id: target.id, version: restored.version, patch: { city: 'Fresh' } })).city).toBe('Fresh');
  });

  it('rejects unknown merges', async () => {
    expect((await t.fail('candidates:unmerge-candidates', { mergeId: 999_999 })).code).toBe('not_found');
    expect((await t.fail('candidates:unmerge-candidates', { mergeId: 'x' })).field).toBe('mergeId');
  });
});
