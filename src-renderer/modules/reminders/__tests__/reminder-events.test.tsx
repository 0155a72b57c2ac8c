import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { useToastStore } from '../../notifications/store.js';
import { ReminderNavBadge } from '../components/ReminderNavBadge.js';
import { useReminderEvents } from '../hooks.js';
import { badgeCount, useReminderStore } from '../store.js';

afterEach(() => {
  cleanup();
  useReminderStore.getState().reset();
  useToastStore.setState({ queue: [] });
});

function Harness() {
  useReminderEvents();
  return <ReminderNavBadge />;
}

const event = (reminderId: number, title: string, late = false) => ({
  reminderId,
  title,
  dueAt: '2026-03-01T09:00:00.000Z',
  priority: 'normal' as const,
  candidateId: null,
  subjectName: null,
  late,
});

describe('reminder events and badge', () => {
  it('counts overdue plus the rest of today', () => {
    expect(badgeCount(null)).toBe(0);
    expect(badgeCount({ overdue: 2, today: 3, upcoming: 9 })).toBe(5);
  });

  it('shows the badge, refreshes it on reminder:due and announces a burst once', async () => {
    let counts = { overdue: 0, today: 1, upcoming: 0 };
    const fake = installFakeBridge({
      'reminders:count-reminders': () => ok(counts),
      'reminders:list-reminders': () => ok({ items: [], total: 0 }),
    });
    render(<Harness />);
    await waitFor(() => expect(screen.getByTestId('reminder-badge')).toHaveTextContent('1'));
    counts = { overdue: 3, today: 1, upcoming: 0 };
    act(() => {
      fake.emit('reminder:due', event(1, 'Call Ada', true));
      fake.emit('reminder:due', event(2, 'Write to Bo', true));
    });
    await waitFor(() => expect(screen.getByTestId('reminder-badge')).toHaveTextContent('4'));
    await waitFor(() => expect(useToastStore.getState().queue.map((t) => t.message)).toEqual(['2 reminders due (some while closed)']));
    act(() => fake.emit('reminder:due', event(3, 'Lunch with Cy')));
    await waitFor(() => expect(useToastStore.getState().queue.map((t) => t.message)).toContain('Due: Lunch with Cy'));
  });
});
