import { describe, expect, it } from 'vitest';
import { notificationForEvent } from '../../src-main/hosts/electron/policy.js';

// The Electron shell's typed event→notification map turns the scheduler's event into an OS notification that
// opens the reminder when clicked.
describe('reminder:due → OS notification', () => {
  const base = { reminderId: 1, title: 'Call Ada', dueAt: '2026-03-01T09:00:00.000Z', priority: 'normal' as const, candidateId: 3, subjectName: 'Ada Lovelace', late: false };
  it('titles with the reminder and names whom it concerns', () => {
    expect(notificationForEvent('reminder:due', base)).toEqual({ title: 'Call Ada', body: 'Ada Lovelace', route: '/reminders/1' });
  });
  it('says when it fell due while the app was closed, and flags high priority', () => {
    expect(notificationForEvent('reminder:due', { ...base, late: true, priority: 'high', subjectName: null })).toEqual({
      title: 'Missed while closed: Call Ada',
      body: 'High priority',
      route: '/reminders/1',
    });
  });
});
