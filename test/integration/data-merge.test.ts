import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, dumpCandidateGraph, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
let jobA: number;
let jobB: number;
beforeAll(async () => {
  t = await createTestCore();
  t.db.prepare(`INSERT INTO recruiters (id, name, created_at) VALUES (1, 'Rita Recruiter', '2026-01-01T00:00:00Z')`).run();
  const client = await t.call('clients:create-client', { name: 'Merge Corp' });
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
    expect(timeline.items.map((a) => a.subject || a.body)).toEqual(['Target note', 'Interview invite', 'Intro call']);
    const apps = await t.call('applications:list-applications', { candidateId: target.id });
    expect(apps.items.map((a) => a.jobId).sort()).toEqual([jobA, jobB].sort());
    expect(apps.items.find((a) => a.jobId === jobB)!.id).toBe(sourceAppB.id);
    // Both were in job A: the target's application stays; the source's stays with the hidden source record.
    expect((await t.call('applications:list-applications', { jobId: jobA })).items.map((a) => a.id)).not.toContain(sourceAppA.id);
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
