import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
let candidateId: number;
beforeAll(async () => {
  t = await createTestCore();
  t.clock.set('2026-03-27T10:00:00.000Z'); // Friday before the EU spring switch
  await t.call('reminders:update-settings', { timeZone: 'Europe/Oslo' });
  candidateId = (await t.call('candidates:create-candidate', { firstName: 'Ada', lastName: 'Lovelace' })).id;
});
afterAll(() => t.close());

describe('reminders', () => {
  it('creates linked reminders and lists them in overdue / today / upcoming / done (local day)', async () => {
    const overdue = await t.call('reminders:create-reminder', { title: 'Overdue', dueAt: '2026-03-27T07:00:00.000Z', candidateId, priority: 'high' });
    expect(overdue).toMatchObject({ candidateName: 'Ada Lovelace', timeZone: 'Europe/Oslo', status: 'open', recurrence: null, source: 'manual' });
    await t.call('reminders:create-reminder', { title: 'Tonight', dueAt: '2026-03-27T22:30:00.000Z' }); // 23:30 Oslo: still today
    await t.call('reminders:create-reminder', { title: 'Tomorrow', dueAt: '2026-03-27T23:30:00.000Z' }); // 00:30 Oslo tomorrow
    const names = async (bucket: 'overdue' | 'today' | 'upcoming' | 'done') => (await t.call('reminders:list-reminders', { bucket })).items.map((r) => r.title);
    expect(await names('overdue')).toEqual(['Overdue']);
    expect(await names('today')).toEqual(['Tonight']);
    expect(await names('upcoming')).toEqual(['Tomorrow']);
    expect(await t.call('reminders:count-reminders', {})).toEqual({ overdue: 1, today: 1, upcoming: 1 });
    expect((await t.fail('reminders:create-reminder', { title: 'x', dueAt: '2026-03-27T07:00:00Z', candidateId: 999 })).code).toBe('not_found');
    expect((await t.fail('reminders:create-reminder', { title: 'x', dueAt: '2026-03-27T07:00:00Z', timeZone: 'Mars/Olympus' })).field).toBe('timeZone');
  });

  it('snoozes with presets in local time and with a custom time; past times are refused', async () => {
    const r = await t.call('reminders:create-reminder', { title: 'Snooze me', dueAt: '2026-03-27T09:00:00.000Z', candidateId });
    // Tomorrow 09:00 Oslo is Saturday, still CET.
    expect((await t.call('reminders:snooze-reminder', { id: r.id, preset: 'tomorrow' })).dueAt).toBe('2026-03-28T08:00:00.000Z');
    t.clock.set('2026-03-28T12:00:00.000Z');
    // From Saturday, "tomorrow" is Sunday 29 March — after the switch: 09:00 CEST.
    const s = await t.call('reminders:snooze-reminder', { id: r.id, preset: 'tomorrow' });
    expect(s).toMatchObject({ dueAt: '2026-03-29T07:00:00.000Z', snoozeCount: 2, firedAt: null });
    expect((await t.call('reminders:snooze-reminder', { id: r.id, until: '2026-04-01T10:15:00+02:00' })).dueAt).toBe('2026-04-01T08:15:00.000Z');
    expect((await t.fail('reminders:snooze-reminder', { id: r.id, until: '2020-01-01T00:00:00Z' })).field).toBe('until');
    expect((await t.fail('reminders:snooze-reminder', { id: r.id, preset: '1h', until: '2030-01-01T00:00:00Z' })).code).toBe('invalid_input');
  });

  it('completes with an outcome logged on the timeline; a recurring one comes back at the same local time', async () => {
    t.clock.set('2026-03-23T08:05:00.000Z');
    const r = await t.call('reminders:create-reminder', {
      title: 'Weekly check-in',
      dueAt: '2026-03-23T08:00:00.000Z', // Monday 09:00 CET
      candidateId,
      recurrence: { every: 7, unit: 'day' },
    });
    const done = await t.call('reminders:complete-reminder', { id: r.id, outcome: 'Left voicemail', channel: 'phone', note: 'Try again' });
    expect(done.reminder).toMatchObject({ status: 'done', outcome: 'Left voicemail' });
    expect(done.next).toMatchObject({ title: 'Weekly check-in', dueAt: '2026-03-30T07:00:00.000Z', status: 'open', recurrence: { every: 7, unit: 'day' } }); // 09:00 CEST
    const timeline = await t.call('activities:list-timeline', { candidateId });
    expect(timeline.items[0]).toMatchObject({ id: done.activityId, channel: 'phone', direction: 'outbound', outcome: 'Left voicemail', subject: 'Weekly check-in', body: 'Try again' });
    expect((await t.fail('reminders:complete-reminder', { id: r.id })).code).toBe('conflict');
    expect((await t.call('reminders:list-reminders', { bucket: 'done' })).items.map((x) => x.id)).toContain(r.id);
    expect((await t.call('reminders:list-reminders', { candidateId })).items.map((x) => x.title)).toContain('Weekly check-in');
  });

  it('a plain task completes without a timeline entry; cancel removes it from the lists', async () => {
    const task = await t.call('reminders:create-reminder', { title: 'Order coffee', dueAt: '2026-03-23T09:00:00.000Z' });
    expect((await t.call('reminders:complete-reminder', { id: task.id })).activityId).toBeNull();
    const c = await t.call('reminders:create-reminder', { title: 'Drop me', dueAt: '2026-03-23T09:00:00.000Z' });
    expect((await t.call('reminders:cancel-reminder', { id: c.id })).status).toBe('cancelled');
    expect((await t.call('reminders:list-reminders', {})).items.map((x) => x.title)).not.toContain('Drop me');
  });
});
