import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
let candidateId: number;
let appId: number;
let jobId: number;
beforeAll(async () => {
  t = await createTestCore(); // clock 2026-03-01T10:00Z
  await t.call('reminders:update-settings', { timeZone: 'Europe/Oslo' });
  const client = await t.call('clients:create-client', { name: 'Globex' });
  const job = await t.call('jobs:create-job', { clientId: client.id, title: 'Data Engineer' });
  jobId = job.id;
  candidateId = (await t.call('candidates:create-candidate', { firstName: 'Ada', lastName: 'Lovelace' })).id;
  appId = (await t.call('applications:create-application', { candidateId, jobId })).id;
  // Disable all, each test enables the one it checks.
  for (const kind of ['no-contact', 'post-meeting', 'pool-checkin', 'stage-stale'] as const) await t.call('rules:update-rule', { kind, enabled: false });
});
afterAll(() => t.close());

const ruleReminders = (source: string) =>
  t.db.prepare(`SELECT title, due_at, rule_key FROM reminders WHERE source = ? ORDER BY id`).all(source) as { title: string; due_at: string; rule_key: string }[];

describe('follow-up rules', () => {
  it('lists the four rules with their settings; each is switchable and configurable', async () => {
    const { items } = await t.call('rules:list-rules', {});
    expect(items.map((r) => [r.kind, r.enabled, r.unit])).toEqual([
      ['no-contact', false, 'days'],
      ['post-meeting', false, 'hours'],
      ['pool-checkin', false, 'days'],
      ['stage-stale', false, 'days'],
    ]);
    expect(await t.call('rules:update-rule', { kind: 'no-contact', amount: 7 })).toMatchObject({ amount: 7, enabled: false });
    expect((await t.fail('rules:update-rule', { kind: 'no-contact', amount: 0 })).code).toBe('invalid_input');
  });

  it('no contact for N days while active: one reminder per silence, idempotent', async () => {
    await t.call('rules:update-rule', { kind: 'no-contact', enabled: true, amount: 7 });
    expect((await t.call('rules:run-rules', {})).created['no-contact']).toBe(0); // applied today
    t.clock.advanceDays(8);
    expect((await t.call('rules:run-rules', {})).created['no-contact']).toBe(1);
    expect((await t.call('rules:run-rules', {})).created['no-contact']).toBe(0);
    const [r] = ruleReminders('rule:no-contact');
    expect(r!.title).toBe('No contact for 7 days: Ada Lovelace (Data Engineer)');
    expect(r!.due_at).toBe('2026-03-08T10:00:00.000Z');
    // A touch resets the clock; 7 quiet days later there is exactly one new reminder.
    await t.call('outreach:log-touch', { channel: 'email', candidateId, subject: 'Hi' });
    t.clock.advanceDays(3);
    expect((await t.call('rules:run-rules', {})).created['no-contact']).toBe(0);
    t.clock.advanceDays(5);
    expect((await t.call('rules:run-rules', {})).created['no-contact']).toBe(1);
    expect((await t.call('rules:run-rules', {})).created['no-contact']).toBe(0);
    expect(ruleReminders('rule:no-contact')).toHaveLength(2);
    await t.call('rules:update-rule', { kind: 'no-contact', enabled: false });
  });

  it('follow up within N hours after a meeting, once per meeting, until there is a touch', async () => {
    await t.call('rules:update-rule', { kind: 'post-meeting', enabled: true, amount: 24 });
    await t.call('activities:log-activity', { channel: 'meeting', direction: 'outbound', candidateId, occurredAt: t.clock.iso(), subject: 'Interview' });
    expect((await t.call('rules:run-rules', {})).created['post-meeting']).toBe(1);
    expect((await t.call('rules:run-rules', {})).created['post-meeting']).toBe(0);
    const [r] = ruleReminders('rule:post-meeting');
    expect(Date.parse(r!.due_at) - t.clock.now().getTime()).toBe(24 * 3_600_000);
    // A second meeting followed by an e-mail needs no reminder.
    t.clock.advanceDays(1);
    await t.call('activities:log-activity', { channel: 'video', direction: 'outbound', candidateId, occurredAt: t.clock.iso() });
    t.clock.set(new Date(t.clock.now().getTime() + 60_000).toISOString());
    await t.call('outreach:log-touch', { channel: 'email', candidateId });
    expect((await t.call('rules:run-rules', {})).created['post-meeting']).toBe(0);
    await t.call('rules:update-rule', { kind: 'post-meeting', enabled: false });
  });

  it('status update due when waiting in a stage longer than N days, once per stage entry', async () => {
    await t.call('rules:update-rule', { kind: 'stage-stale', enabled: true, amount: 10 });
    expect((await t.call('rules:run-rules', {})).created['stage-stale']).toBe(1); // applied 10+ days ago
    expect((await t.call('rules:run-rules', {})).created['stage-stale']).toBe(0);
    const job = await t.call('jobs:get-job', { id: jobId });
    const screening = job.stages.find((s) => s.type === 'screening')!;
    const app = await t.call('applications:get-application', { id: appId });
    await t.call('applications:move-application', { id: appId, version: app.version, toStageId: screening.id });
    expect((await t.call('rules:run-rules', {})).created['stage-stale']).toBe(0);
    t.clock.advanceDays(11);
    expect((await t.call('rules:run-rules', {})).created['stage-stale']).toBe(1);
    expect((await t.call('rules:run-rules', {})).created['stage-stale']).toBe(0);
    expect(ruleReminders('rule:stage-stale').map((r) => r.title)).toEqual([
      'Status update due: Ada Lovelace has waited 10+ days in Sourced',
      'Status update due: Ada Lovelace has waited 10+ days in Screening',
    ]);
    await t.call('rules:update-rule', { kind: 'stage-stale', enabled: false });
  });

  it('check in with pool members on the pool cadence, once per period', async () => {
    await t.call('rules:update-rule', { kind: 'pool-checkin', enabled: true });
    const bo = (await t.call('candidates:create-candidate', { firstName: 'Bo' })).id;
    const pool = await t.call('pools:create-pool', { name: 'Silver medalists', cadenceDays: 30 });
    await t.call('pools:add-members', { poolId: pool.id, candidateIds: [bo], source: 'selection' });
    expect((await t.call('rules:run-rules', {})).created['pool-checkin']).toBe(0);
    t.clock.advanceDays(30);
    expect((await t.call('rules:run-rules', {})).created['pool-checkin']).toBe(1);
    expect((await t.call('rules:run-rules', {})).created['pool-checkin']).toBe(0);
    expect(ruleReminders('rule:pool-checkin')[0]!.title).toBe('Check in with Bo (Silver medalists)');
    await t.call('outreach:log-touch', { channel: 'linkedin', candidateId: bo });
    t.clock.advanceDays(29);
    expect((await t.call('rules:run-rules', {})).created['pool-checkin']).toBe(0);
    t.clock.advanceDays(1);
    expect((await t.call('rules:run-rules', {})).created['pool-checkin']).toBe(1);
  });

  it('a disabled rule creates nothing', async () => {
    for (const kind of ['no-contact', 'post-meeting', 'pool-checkin', 'stage-stale'] as const) await t.call('rules:update-rule', { kind, enabled: false });
    t.clock.advanceDays(100);
    expect((await t.call('rules:run-rules', {})).created).toEqual({ 'no-contact': 0, 'post-meeting': 0, 'pool-checkin': 0, 'stage-stale': 0 });
  });
});
