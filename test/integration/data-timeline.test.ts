import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
let candidateId: number;
let contactId: number;
let jobId: number;
let applicationId: number;
beforeAll(async () => {
  t = await createTestCore();
  t.db.prepare(`INSERT INTO recruiters (id, name, created_at) VALUES (1, 'Rita Recruiter', '2026-01-01T00:00:00Z')`).run();
  candidateId = (await t.call('candidates:create-candidate', { firstName: 'Tess', lastName: 'Timeline' })).id;
  const client = await t.call('clients:create-client', { name: 'Timeline Ltd' });
  contactId = (await t.call('contacts:create-contact', { clientId: client.id, firstName: 'Hank', lastName: 'Manager' })).id;
  jobId = (await t.call('jobs:create-job', { clientId: client.id, contactId, title: 'QA Lead' })).id;
  applicationId = (await t.call('applications:create-application', { candidateId, jobId })).id;
});
afterAll(() => t.close());

describe('activities', () => {
  it('logs every channel and direction, linked to what it concerns', async () => {
    const channels = ['email', 'phone', 'sms', 'whatsapp', 'linkedin', 'video', 'meeting', 'event', 'note'] as const;
    for (const [i, channel] of channels.entries()) {
      const a = await t.call('activities:log-activity', {
        channel,
        direction: channel === 'note' ? 'internal' : i % 2 ? 'inbound' : 'outbound',
        outcome: i % 3 ? 'connected' : 'no answer',
        subject: `${channel} touch`,
        occurredAt: `2026-02-${String(i + 1).padStart(2, '0')}T09:00:00Z`,
        durationMin: channel === 'phone' ? 15 : null,
        candidateId,
        recruiterId: 1,
      });
      expect(a).toMatchObject({ channel, candidateId, recruiterId: 1, createdAt: t.clock.iso() });
    }
    const viaApplication = await t.call('activities:log-activity', { channel: 'video', occurredAt: '2026-02-20T15:00:00+01:00', applicationId, contactId, subject: 'Panel interview' });
    expect(viaApplication).toMatchObject({ candidateId, jobId, applicationId, contactId, occurredAt: '2026-02-20T14:00:00.000Z' });
    expect((await t.call('audit:list-entries', { entity: 'activity', entityId: viaApplication.id })).items[0]).toMatchObject({ action: 'create', before: null });
    // Notes are searchable on the candidate.
    expect((await t.call('search:search-candidates', { query: 'notes:"panel interview"' })).items.map((r) => r.id)).toEqual([candidateId]);
  });

  it('lists one timeline newest first, filtered by channel and date range, with paging', async () => {
    const all = await t.call('activities:list-timeline', { candidateId });
    expect(all.total).toBe(10);
    expect(all.items[0]!.subject).toBe('Panel interview');
    const dates = all.items.map((a) => a.occurredAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    const calls = await t.call('activities:list-timeline', { candidateId, channels: ['phone', 'video'] });
    expect(calls.items.map((a) => a.channel)).toEqual(['video', 'video', 'phone']);
    const range = await t.call('activities:list-timeline', { candidateId, from: '2026-02-03T00:00:00Z', to: '2026-02-05T23:59:59Z' });
    expect(range.items.map((a) => a.channel)).toEqual(['linkedin', 'whatsapp', 'sms']);
    const page = await t.call('activities:list-timeline', { candidateId, limit: 3, offset: 3 });
    expect(page.items.map((a) => a.id)).toEqual(all.items.slice(3, 6).map((a) => a.id));
    expect((await t.call('activities:list-timeline', { contactId })).items.map((a) => a.subject)).toEqual(['Panel interview']);
    expect((await t.call('activities:list-timeline', { jobId })).items.map((a) => a.subject)).toEqual(['Panel interview']);
  });

  it('rejects bad activity input', async () => {
    expect((await t.fail('activities:log-activity', { channel: 'email', occurredAt: '2026-02-01T00:00:00Z' })).field).toBe('candidateId');
    expect((await t.fail('activities:log-activity', { channel: 'fax', occurredAt: '2026-02-01T00:00:00Z', candidateId })).field).toBe('channel');
    expect((await t.fail('activities:log-activity', { channel: 'email', occurredAt: 'yesterday', candidateId })).field).toBe('occurredAt');
    expect((await t.fail('activities:log-activity', { channel: 'email', direction: 'sideways', occurredAt: '2026-02-01T00:00:00Z', candidateId })).field).toBe('direction');
    expect(await t.fail('activities:log-activity', { channel: 'email', occurredAt: '2026-02-01T00:00:00Z', candidateId: 999 })).toMatchObject({
      code: 'not_found',
      field: 'candidateId',
    });
    expect(await t.fail('activities:log-activity', { channel: 'email', occurredAt: '2026-02-01T00:00:00Z', applicationId, candidateId: candidateId + 100 })).toMatchObject({
      field: 'candidateId',
    });
    expect((await t.fail('activities:log-activity', { channel: 'email', occurredAt: '2026-02-01T00:00:00Z', contactId: 999 })).code).toBe('not_found');
    expect((await t.fail('activities:list-timeline', { candidateId, contactId })).field).toBe('candidateId');
    expect((await t.fail('activities:list-timeline', {})).field).toBe('candidateId');
    expect((await t.fail('activities:list-timeline', { candidateId, from: '2026-03-01T00:00:00Z', to: '2026-02-01T00:00:00Z' })).field).toBe('from');
  });

  it('keeps a candidate-linked entry when the contact is deleted', async () => {
    const contact = await t.call('contacts:get-contact', { id: contactId });
    await t.call('contacts:delete-contact', { id: contactId, version: contact.version });
    const timeline = await t.call('activities:list-timeline', { candidateId });
    expect(timeline.items[0]).toMatchObject({ subject: 'Panel interview', contactId: null });
  });
});

describe('attachments', () => {
  const pdf = Buffer.from('%PDF-1.4 fake binary \u0000\u0001\u0002 content');

  it('stores files in the vault and returns them byte for byte', async () => {
    const meta = await t.call('attachments:add-attachment', {
      candidateId,
      filename: 'tess-resume.pdf',
      mime: 'Application/PDF',
      kind: 'resume',
      contentBase64: pdf.toString('base64'),
      text: 'Tess Timeline — Selenium, Cypress, test automation',
    });
    expect(meta).toMatchObject({ filename: 'tess-resume.pdf', mime: 'application/pdf', size: pdf.length, kind: 'resume', hasText: true });
    expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    const got = await t.call('attachments:get-attachment-content', { id: meta.id });
    expect(Buffer.from(got.contentBase64, 'base64')).toEqual(pdf);
    expect((await t.call('attachments:list-attachments', { candidateId })).items.map((a) => a.id)).toEqual([meta.id]);
    expect((await t.call('search:search-candidates', { query: 'resume:cypress' })).items.map((r) => r.id)).toEqual([candidateId]);
  });

  it('reads text files as searchable text', async () => {
    await t.call('attachments:add-attachment', { candidateId, filename: 'notes.txt', mime: 'text/plain', contentBase64: Buffer.from('Speaks fluent Icelandic').toString('base64') });
    expect((await t.call('search:search-candidates', { query: 'icelandic' })).items.map((r) => r.id)).toEqual([candidateId]);
  });

  it('rejects bad attachments', async () => {
    const ok = { candidateId, filename: 'a.txt', mime: 'text/plain', contentBase64: 'aGk=' };
    expect((await t.fail('attachments:add-attachment', { ...ok, contentBase64: 'not base64!' })).field).toBe('contentBase64');
    expect((await t.fail('attachments:add-attachment', { ...ok, contentBase64: '' })).field).toBe('contentBase64');
    expect((await t.fail('attachments:add-attachment', { ...ok, filename: '../../etc/passwd' })).field).toBe('filename');
    expect((await t.fail('attachments:add-attachment', { ...ok, mime: 'pdf' })).field).toBe('mime');
    expect(await t.fail('attachments:add-attachment', { ...ok, candidateId: 999 })).toMatchObject({ code: 'not_found', field: 'candidateId' });
    expect((await t.fail('attachments:get-attachment-content', { id: 999 })).code).toBe('not_found');
    expect((await t.fail('attachments:list-attachments', { candidateId: 999 })).code).toBe('not_found');
  });
});

describe('audit log', () => {
  it('lists an entity’s entries newest first with paging', async () => {
    const all = await t.call('audit:list-entries', { entity: 'application', entityId: applicationId });
    expect(all.items.map((e) => e.action)).toEqual(['create']);
    expect(all.items[0]!.after).toMatchObject({ id: applicationId, stageName: 'Sourced' });
    const job = await t.call('audit:list-entries', { entity: 'job', entityId: jobId, limit: 1 });
    expect(job.total).toBe(1);
    expect((await t.fail('audit:list-entries', { entity: 'spaceship', entityId: 1 })).field).toBe('entity');
    expect((await t.fail('audit:list-entries', { entity: 'job', entityId: 0 })).field).toBe('entityId');
    // Without an id: every entry of that kind.
    expect((await t.call('audit:list-entries', { entity: 'job' })).items.map((e) => e.entityId)).toContain(jobId);
  });
});
