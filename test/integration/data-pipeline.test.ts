import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from '../../src-shared/domain/job.js';
import { createTestCore, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore();
  t.db.prepare(`INSERT INTO recruiters (id, name, created_at) VALUES (1, 'Rita Recruiter', '2026-01-01T00:00:00Z')`).run();
});
afterAll(() => t.close());

describe('clients', () => {
  it('creates, gets, updates (versioned), lists and deletes a client', async () => {
    const c = await t.call('clients:create-client', { name: 'Globex', industry: 'Energy', website: 'https://globex.example', country: 'us', ownerId: 1 });
    expect(c).toMatchObject({ name: 'Globex', country: 'US', version: 1, notes: '' });
    expect(await t.call('clients:get-client', { id: c.id })).toEqual(c);
    const u = await t.call('clients:update-client', { id: c.id, version: 1, patch: { notes: 'Prefers video calls' } });
    expect(u).toMatchObject({ notes: 'Prefers video calls', industry: 'Energy', version: 2 });
    expect(await t.fail('clients:update-client', { id: c.id, version: 1, patch: { notes: 'stale' } })).toMatchObject({ code: 'conflict', field: 'version' });
    await t.call('clients:create-client', { name: 'Acme 50% Off' });
    const list = await t.call('clients:list-clients', { nameContains: '50%' });
    expect(list.items.map((i) => i.name)).toEqual(['Acme 50% Off']);
    expect((await t.call('clients:list-clients', { nameContains: 'GLOB' })).items[0]).toMatchObject({ name: 'Globex', contactCount: 0, openJobCount: 0 });
    expect(await t.call('clients:delete-client', { id: c.id, version: 2 })).toEqual({ id: c.id, deleted: true });
    expect((await t.fail('clients:get-client', { id: c.id })).code).toBe('not_found');
    const log = await t.call('audit:list-entries', { entity: 'client', entityId: c.id });
    expect(log.items.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
  });

  it('rejects bad client input', async () => {
    expect((await t.fail('clients:create-client', { name: '' })).field).toBe('name');
    expect((await t.fail('clients:create-client', { name: 'X', website: 'not a url' })).field).toBe('website');
    expect(await t.fail('clients:create-client', { name: 'X', ownerId: 77 })).toMatchObject({ code: 'not_found', field: 'ownerId' });
    expect((await t.fail('clients:update-client', { id: 1, version: 1, patch: {} })).code).toBe('invalid_input');
    expect((await t.fail('clients:delete-client', { id: 999, version: 1 })).code).toBe('not_found');
  });
});

describe('contacts', () => {
  it('creates, updates, lists and deletes contacts of a client', async () => {
    const client = await t.call('clients:create-client', { name: 'Initech' });
    const a = await t.call('contacts:create-contact', { clientId: client.id, firstName: 'Bill', lastName: 'Lumbergh', title: 'VP', email: 'bill@initech.example' });
    expect(a).toMatchObject({ clientName: 'Initech', version: 1 });
    const b = await t.call('contacts:update-contact', { id: a.id, version: 1, patch: { phone: '+1 555 0100' } });
    expect(b).toMatchObject({ phone: '+1 555 0100', title: 'VP', version: 2 });
    expect((await t.fail('contacts:update-contact', { id: a.id, version: 1, patch: { phone: 'x' } })).code).toBe('conflict');
    expect((await t.call('contacts:list-contacts', { clientId: client.id })).items.map((c) => c.id)).toEqual([a.id]);
    expect((await t.call('clients:get-client', { id: client.id })).name).toBe('Initech');
    expect(await t.call('contacts:delete-contact', { id: a.id, version: 2 })).toEqual({ id: a.id, deleted: true });
    expect((await t.fail('contacts:get-contact', { id: a.id })).code).toBe('not_found');
  });

  it('rejects bad contact input', async () => {
    expect(await t.fail('contacts:create-contact', { clientId: 999, firstName: 'X' })).toMatchObject({ code: 'not_found', field: 'clientId' });
    expect((await t.fail('contacts:create-contact', { clientId: 1, firstName: 'X', email: 'nope' })).field).toBe('email');
    expect((await t.fail('contacts:update-contact', { id: 1, version: 1, patch: { clientId: 2 } })).code).toBe('invalid_input');
    expect((await t.fail('contacts:list-contacts', { clientId: 999 })).code).toBe('not_found');
  });
});

describe('jobs and pipeline stages', () => {
  let clientId: number;
  let job: Job;
  beforeAll(async () => {
    clientId = (await t.call('clients:create-client', { name: 'Umbrella' })).id;
  });

  it('creates a job with the default pipeline and status history', async () => {
    const contact = await t.call('contacts:create-contact', { clientId, firstName: 'Alice' });
    job = await t.call('jobs:create-job', { clientId, contactId: contact.id, title: 'Data Engineer', salaryMin: 80000, salaryMax: 95000, salaryCurrency: 'eur', ownerId: 1 });
    expect(job).toMatchObject({ status: 'open', openedAt: t.clock.iso(), salaryCurrency: 'EUR', clientName: 'Umbrella', version: 1 });
    expect(job.stages.map((s) => [s.name, s.type, s.position])).toEqual([
      ['Sourced', 'sourced', 0],
      ['Screening', 'screening', 1],
      ['First interview', 'interview', 2],
      ['Final interview', 'interview', 3],
      ['Offer', 'offer', 4],
      ['Hired', 'hired', 5],
      ['Rejected', 'rejected', 6],
      ['Withdrawn', 'withdrawn', 7],
    ]);
    expect(t.db.prepare('SELECT status FROM job_status_history WHERE job_id = ?').all(job.id)).toEqual([{ status: 'open' }]);
    const list = await t.call('jobs:list-jobs', { clientId, status: ['open'] });
    expect(list.items.map((j) => j.id)).toEqual([job.id]);
  });

  it('rejects bad job input', async () => {
    expect(await t.fail('jobs:create-job', { clientId: 999, title: 'X' })).toMatchObject({ code: 'not_found', field: 'clientId' });
    expect((await t.fail('jobs:create-job', { clientId, title: 'X', salaryMin: 10, salaryMax: 5 })).field).toBe('salaryMin');
    expect((await t.fail('jobs:create-job', { clientId, title: 'X', stages: [{ name: 'Only', type: 'sourced' }] })).field).toBe('stages');
    const other = await t.call('clients:create-client', { name: 'Other' });
    const foreign = await t.call('contacts:create-contact', { clientId: other.id, firstName: 'Foreign' });
    expect(await t.fail('jobs:create-job', { clientId, title: 'X', contactId: foreign.id })).toMatchObject({ code: 'invalid_input', field: 'contactId' });
    expect((await t.fail('jobs:create-job', { clientId, title: 'X', status: 'paused' })).field).toBe('status');
    expect((await t.fail('jobs:update-job', { id: job.id, version: 1, patch: { clientId: 3 } })).code).toBe('invalid_input');
  });

  it('updates with status dates and history, refusing stale versions', async () => {
    t.clock.advanceDays(10);
    job = await t.call('jobs:update-job', { id: job.id, version: job.version, patch: { status: 'on_hold', openings: 2 } });
    expect(job).toMatchObject({ status: 'on_hold', openings: 2, version: 2 });
    expect((await t.fail('jobs:update-job', { id: job.id, version: 1, patch: { title: 'x' } })).code).toBe('conflict');
    expect((await t.fail('jobs:update-job', { id: job.id, version: 2, patch: { salaryMin: 100000 } })).field).toBe('patch.salaryMin');
    job = await t.call('jobs:update-job', { id: job.id, version: job.version, patch: { status: 'open' } });
    expect(t.db.prepare('SELECT status FROM job_status_history WHERE job_id = ? ORDER BY id').all(job.id)).toEqual([
      { status: 'open' },
      { status: 'on_hold' },
      { status: 'open' },
    ]);
  });

  it('adds, renames and reorders stages under the job version', async () => {
    job = await t.call('jobs:add-stage', { jobId: job.id, version: job.version, name: 'Technical test', type: 'interview' });
    expect(job.stages.map((s) => s.name)).toEqual([
      'Sourced', 'Screening', 'First interview', 'Final interview', 'Offer', 'Technical test', 'Hired', 'Rejected', 'Withdrawn',
    ]);
    job = await t.call('jobs:add-stage', { jobId: job.id, version: job.version, name: 'Phone screen', type: 'screening', position: 1 });
    expect(job.stages[1]!.name).toBe('Phone screen');
    const test = job.stages.find((s) => s.name === 'Technical test')!;
    job = await t.call('jobs:rename-stage', { stageId: test.id, version: job.version, name: 'Take-home test' });
    const ids = job.stages.map((s) => s.id);
    const takeHome = ids.indexOf(test.id);
    const reordered = [...ids];
    reordered.splice(takeHome, 1);
    reordered.splice(4, 0, test.id);
    job = await t.call('jobs:reorder-stages', { jobId: job.id, version: job.version, stageIds: reordered });
    expect(job.stages.map((s) => s.id)).toEqual(reordered);
    expect(job.stages.map((s) => s.position)).toEqual(reordered.map((_, i) => i));
    expect((await t.fail('jobs:reorder-stages', { jobId: job.id, version: job.version, stageIds: reordered.slice(1) })).field).toBe('stageIds');
    expect((await t.fail('jobs:rename-stage', { stageId: test.id, version: 1, name: 'Stale' })).code).toBe('conflict');
    expect((await t.fail('jobs:rename-stage', { stageId: 999_999, version: job.version, name: 'X' })).code).toBe('not_found');
  });

  it('moves an application through the pipeline with full history, reasons and offers', async () => {
    const cand = await t.call('candidates:create-candidate', { firstName: 'Pia', lastName: 'Pipeline' });
    let app = await t.call('applications:create-application', { candidateId: cand.id, jobId: job.id, movedBy: 1 });
    expect(app).toMatchObject({ stageName: 'Sourced', status: 'active', version: 1, candidateName: 'Pia Pipeline', jobTitle: 'Data Engineer' });
    expect(app.history).toEqual([expect.objectContaining({ fromStageId: null, toStageName: 'Sourced', movedBy: 1, movedAt: t.clock.iso() })]);
    expect((await t.fail('applications:create-application', { candidateId: cand.id, jobId: job.id })).code).toBe('conflict');

    const screening = job.stages.find((s) => s.name === 'Screening')!;
    const rejected = job.stages.find((s) => s.type === 'rejected')!;
    const offer = job.stages.find((s) => s.type === 'offer')!;
    t.clock.advanceDays(1);
    app = await t.call('applications:move-application', { id: app.id, version: 1, toStageId: screening.id, movedBy: 1, note: 'Strong CV' });
    expect(app).toMatchObject({ stageName: 'Screening', version: 2, stageEnteredAt: t.clock.iso() });
    expect(await t.fail('applications:move-application', { id: app.id, version: 2, toStageId: rejected.id })).toMatchObject({ code: 'invalid_input', field: 'reason' });
    expect(await t.fail('applications:move-application', { id: app.id, version: 1, toStageId: offer.id })).toMatchObject({ code: 'conflict' });
    expect((await t.fail('applications:move-application', { id: app.id, version: 2, toStageId: screening.id })).field).toBe('toStageId');
    expect((await t.fail('applications:move-application', { id: app.id, version: 2, toStageId: screening.id + 10_000 })).code).toBe('not_found');
    expect((await t.fail('applications:move-application', { id: app.id, version: 2, toStageId: screening.id, offer: { amount: 1, currency: 'EU' } })).field).toBe(
      'offer.currency',
    );

    app = await t.call('applications:move-application', {
      id: app.id,
      version: 2,
      toStageId: offer.id,
      offer: { amount: 90000, currency: 'eur' },
    });
    expect(app).toMatchObject({ stageType: 'offer', offerAmount: 90000, offerCurrency: 'EUR', offerExtendedAt: t.clock.iso() });
    t.clock.advanceDays(2);
    app = await t.call('applications:accept-offer', { id: app.id, version: app.version, movedBy: 1 });
    expect(app).toMatchObject({ status: 'hired', stageType: 'hired', offerAcceptedAt: t.clock.iso() });
    expect((await t.fail('applications:accept-offer', { id: app.id, version: app.version })).code).toBe('invalid_input');
    app = await t.call('applications:set-placement-fee', { id: app.id, version: app.version, fee: 18000 });
    expect(app.placementFee).toBe(18000);
    expect(app.history.map((h) => [h.fromStageName, h.toStageName])).toEqual([
      [null, 'Sourced'],
      ['Sourced', 'Screening'],
      ['Screening', 'Offer'],
      ['Offer', 'Hired'],
    ]);
    expect((await t.call('audit:list-entries', { entity: 'application', entityId: app.id })).items.map((e) => e.action)).toEqual([
      'set-placement-fee',
      'accept-offer',
      'move',
      'move',
      'create',
    ]);
  });

  it('rejects and withdraws with reasons; declined offers withdraw', async () => {
    const [a, b, c] = await Promise.all(['Rae', 'Wyn', 'Dee'].map((n) => t.call('candidates:create-candidate', { firstName: n, lastName: 'Candidate' })));
    let ra = await t.call('applications:create-application', { candidateId: a!.id, jobId: job.id });
    ra = await t.call('applications:reject-application', { id: ra.id, version: 1, reason: 'Salary expectations too high' });
    expect(ra).toMatchObject({ status: 'rejected', stageType: 'rejected', rejectionReason: 'Salary expectations too high' });
    expect(ra.history.at(-1)!.note).toBe('Salary expectations too high');
    expect((await t.fail('applications:reject-application', { id: ra.id, version: ra.version, reason: '  ' })).field).toBe('reason');
    expect((await t.fail('applications:extend-offer', { id: ra.id, version: ra.version, offer: { amount: 1, currency: 'EUR' } })).code).toBe('invalid_input');
    // Reopening clears the reason.
    const sourced = job.stages.find((s) => s.type === 'sourced')!;
    ra = await t.call('applications:move-application', { id: ra.id, version: ra.version, toStageId: sourced.id });
    expect(ra).toMatchObject({ status: 'active', rejectionReason: null });

    let wb = await t.call('applications:create-application', { candidateId: b!.id, jobId: job.id });
    wb = await t.call('applications:withdraw-application', { id: wb.id, version: 1, reason: 'Took another job' });
    expect(wb).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Took another job' });

    let dc = await t.call('applications:create-application', { candidateId: c!.id, jobId: job.id });
    expect((await t.fail('applications:decline-offer', { id: dc.id, version: 1, reason: 'x' })).code).toBe('invalid_input');
    dc = await t.call('applications:extend-offer', { id: dc.id, version: 1, offer: { amount: 85000, currency: 'EUR', extendedAt: '2026-03-20T09:00:00+01:00' } });
    expect(dc).toMatchObject({ stageType: 'offer', offerExtendedAt: '2026-03-20T09:00:00+01:00' });
    dc = await t.call('applications:decline-offer', { id: dc.id, version: dc.version, reason: 'Counter-offer' });
    expect(dc).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Declined offer: Counter-offer', offerDeclinedAt: t.clock.iso() });
    expect(await t.fail('applications:set-placement-fee', { id: dc.id, version: dc.version, fee: 1 })).toMatchObject({ code: 'invalid_input', field: 'fee' });

    const list = await t.call('applications:list-applications', { jobId: job.id, status: ['withdrawn'] });
    expect(list.items.map((i) => i.id).sort()).toEqual([wb.id, dc.id].sort());
    expect((await t.fail('applications:list-applications', {})).field).toBe('jobId');
  });

  it('removes a stage, reassigning its applications, and keeps history pointing at it', async () => {
    job = await t.call('jobs:get-job', { id: job.id });
    const screening = job.stages.find((s) => s.name === 'Screening')!;
    const phone = job.stages.find((s) => s.name === 'Phone screen')!;
    const cand = await t.call('candidates:create-candidate', { firstName: 'Sten', lastName: 'Stage' });
    const app = await t.call('applications:create-application', { candidateId: cand.id, jobId: job.id, stageId: screening.id });
    const rejected = job.stages.find((s) => s.type === 'rejected')!;
    expect(await t.fail('jobs:remove-stage', { stageId: screening.id, version: job.version })).toMatchObject({ code: 'invalid_input', field: 'reassignTo' });
    expect(await t.fail('jobs:remove-stage', { stageId: screening.id, version: job.version, reassignTo: rejected.id })).toMatchObject({
      code: 'invalid_input',
      field: 'reassignTo',
    });
    expect((await t.fail('jobs:remove-stage', { stageId: rejected.id, version: job.version })).field).toBe('stageId');
    job = await t.call('jobs:remove-stage', { stageId: screening.id, version: job.version, reassignTo: phone.id, movedBy: 1 });
    expect(job.stages.map((s) => s.name)).not.toContain('Screening');
    expect(job.stages.map((s) => s.position)).toEqual(job.stages.map((_, i) => i));
    const moved = await t.call('applications:get-application', { id: app.id });
    expect(moved).toMatchObject({ stageId: phone.id, version: 2 });
    expect(moved.history.at(-1)).toMatchObject({ fromStageName: 'Screening', toStageName: 'Phone screen', note: 'Stage "Screening" removed' });
    // Never used: deleted outright.
    const unused = job.stages.find((s) => s.name === 'Final interview')!;
    job = await t.call('jobs:remove-stage', { stageId: unused.id, version: job.version });
    expect(t.db.prepare('SELECT id FROM job_stages WHERE id = ?').get(unused.id)).toBeUndefined();
    expect(t.db.prepare('SELECT removed_at FROM job_stages WHERE id = ?').get(screening.id)).toEqual({ removed_at: t.clock.iso() });
  });

  it('refuses to delete a job or client that has history', async () => {
    expect((await t.fail('jobs:delete-job', { id: job.id, version: job.version })).code).toBe('conflict');
    const client = await t.call('clients:get-client', { id: clientId });
    expect((await t.fail('clients:delete-client', { id: clientId, version: client.version })).code).toBe('conflict');
    const empty = await t.call('jobs:create-job', { clientId, title: 'Never used', status: 'draft' });
    expect(empty.openedAt).toBeNull();
    expect(await t.call('jobs:delete-job', { id: empty.id, version: 1 })).toEqual({ id: empty.id, deleted: true });
  });
});

describe('bad input on the remaining channels', () => {
  it('answers with invalid_input or not_found, naming the field', async () => {
    expect((await t.fail('clients:list-clients', { sort: 'revenue' })).field).toBe('sort');
    expect((await t.fail('jobs:get-job', { id: 999_999 })).code).toBe('not_found');
    expect((await t.fail('jobs:list-jobs', { status: ['sleeping'] })).field).toBe('status.0');
    expect((await t.fail('jobs:add-stage', { jobId: 999_999, version: 1, name: 'X', type: 'interview' })).code).toBe('not_found');
    expect((await t.fail('jobs:add-stage', { jobId: 1, version: 1, name: 'X', type: 'party' })).field).toBe('type');
    expect((await t.fail('jobs:add-stage', { jobId: 1, version: 1, name: '', type: 'interview' })).field).toBe('name');
    expect((await t.fail('applications:get-application', { id: 999_999 })).code).toBe('not_found');
    expect(await t.fail('applications:create-application', { candidateId: 999_999, jobId: 1 })).toMatchObject({ code: 'not_found', field: 'candidateId' });
    const cand = await t.call('candidates:create-candidate', { firstName: 'Nobody' });
    expect(await t.fail('applications:create-application', { candidateId: cand.id, jobId: 999_999 })).toMatchObject({ code: 'not_found', field: 'jobId' });
    expect((await t.fail('applications:withdraw-application', { id: 1, version: 1 })).field).toBe('reason');
    expect((await t.fail('applications:extend-offer', { id: 1, version: 1, offer: { amount: -5, currency: 'EUR' } })).field).toBe('offer.amount');
    expect((await t.fail('applications:accept-offer', { id: 1, version: 1, acceptedAt: 'soon' })).field).toBe('acceptedAt');
    expect((await t.fail('applications:set-placement-fee', { id: 1, version: 1, fee: 1.5 })).field).toBe('fee');
    expect((await t.fail('candidates:list-merges', { candidateId: 0 })).field).toBe('candidateId');
    expect((await t.call('candidates:list-merges', { candidateId: cand.id })).items).toEqual([]);
  });
});
