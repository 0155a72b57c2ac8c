import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRoute, useNavigationStore } from '../../../app/navigation-store.js';
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

  it('a click on the Web Notification opens that reminder; on a burst, the reminders list', async () => {
    const shown: { title: string; onclick: (() => void) | null; closed: boolean }[] = [];
    class FakeNotification {
      static permission = 'granted';
      onclick: (() => void) | null = null;
      closed = false;
      constructor(readonly title: string) {
        shown.push(this);
      }
      close() {
        this.closed = true;
      }
    }
    vi.stubGlobal('Notification', FakeNotification);
    vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    try {
      const fake = installFakeBridge({
        'reminders:count-reminders': () => ok({ overdue: 1, today: 0, upcoming: 0 }),
        'reminders:list-reminders': () => ok({ items: [], total: 0 }),
      });
      useNavigationStore.getState().go('dashboard');
      render(<Harness />);
      act(() => fake.emit('reminder:due', event(12, 'Call Ada')));
      await waitFor(() => expect(shown.map((n) => n.title)).toEqual(['Call Ada']));
      act(() => shown[0]!.onclick?.());
      expect(useNavigationStore.getState()).toMatchObject({ screen: 'reminders', params: ['12'] });
      expect(window.location.hash).toBe('#/reminders/12');
      expect(shown[0]!.closed).toBe(true);

      act(() => {
        fake.emit('reminder:due', event(13, 'A'));
        fake.emit('reminder:due', event(14, 'B'));
      });
      await waitFor(() => expect(shown).toHaveLength(2));
      act(() => shown[1]!.onclick?.());
      expect(useNavigationStore.getState()).toMatchObject({ screen: 'reminders', params: [] });
    } finally {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });

  it('the desktop shell’s app:open-route opens the route it names', () => {
    useNavigationStore.getState().go('dashboard');
    openRoute('/reminders/7');
    expect(useNavigationStore.getState()).toMatchObject({ screen: 'reminders', params: ['7'] });
    openRoute('/no-such-screen/1');
    expect(useNavigationStore.getState()).toMatchObject({ screen: 'dashboard', params: [] });
  });
});
