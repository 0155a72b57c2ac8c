import { useEffect } from 'react';
import type { ReminderDueEvent } from '../../../src-shared/domain/reminders/reminder.js';
import { BRIDGE_GLOBAL } from '../../../src-shared/ipc/bridge.js';
import { useNavigationStore } from '../../app/navigation-store.js';
import { on } from '../../ipc/client.js';
import { notify } from '../notifications/store.js';
import { useReminderStore } from './store.js';

/** In the desktop app the shell shows OS notifications itself; in the browser host the page uses Web Notifications. */
export const isBrowserHost = (): boolean => (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] === undefined;

export const webNotificationsAvailable = (): boolean => isBrowserHost() && typeof Notification !== 'undefined';

/**
 * Mounted once in the shell while unlocked: keeps the badge count fresh and turns `reminder:due` into a toast
 * (and a Web Notification in the browser host, when the user allowed them).
 */
export function useReminderEvents(): void {
  useEffect(() => {
    const store = useReminderStore.getState();
    void store.loadCounts();
    // The badge's "today" moves with the clock even when nothing fires.
    const timer = setInterval(() => void useReminderStore.getState().loadCounts(), 60_000);
    // A catch-up after a restart announces several at once: gather them briefly and say it once.
    let batch: ReminderDueEvent[] = [];
    let flush: ReturnType<typeof setTimeout> | null = null;
    const announce = () => {
      flush = null;
      const events = batch;
      batch = [];
      const s = useReminderStore.getState();
      void s.loadCounts();
      void s.load();
      useReminderStore.setState((x) => ({ revision: x.revision + 1 }));
      const first = events[0]!;
      const title =
        events.length === 1 ? `${first.late ? 'Missed while closed: ' : 'Due: '}${first.title}` : `${events.length} reminders due${events.some((e) => e.late) ? ' (some while closed)' : ''}`;
      notify.info(title);
      if (webNotificationsAvailable() && Notification.permission === 'granted') {
        try {
          const shown = new Notification(events.length === 1 ? (first.late ? `Missed while closed: ${first.title}` : first.title) : title, {
            body: events.length === 1 ? (first.subjectName ?? 'Reminder due') : events.map((e) => e.title).slice(0, 3).join('\n'),
            tag: events.length === 1 ? `reminder-${first.reminderId}` : 'reminders',
          });
          // A click opens the reminder (or the list, for several) in this tab.
          shown.onclick = () => {
            window.focus();
            const go = useNavigationStore.getState().go;
            if (events.length === 1) go('reminders', first.reminderId);
            else go('reminders');
            shown.close();
          };
        } catch {
          // Some browsers only allow notifications from a service worker; the toast is enough.
        }
      }
    };
    const off = on('reminder:due', (e) => {
      batch.push(e);
      flush ??= setTimeout(announce, 400);
    });
    return () => {
      if (flush) clearTimeout(flush);
      clearInterval(timer);
      off();
      useReminderStore.getState().reset();
    };
  }, []);
}
