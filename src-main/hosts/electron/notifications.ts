import { Notification } from 'electron';
import type { EventName, EventPayload } from '../../../src-shared/ipc/events.js';
import { clampNotificationText, notificationForEvent, type NotificationContent } from './policy.js';

// Electron drops a notification's click handler once the object is garbage-collected: hold each until it closes.
const live = new Set<Notification>();

/** Shows an OS notification; false where the OS has none (some Linux sessions). */
export function showNotification(title: string, body: string, onClick?: () => void): boolean {
  if (!Notification.isSupported()) return false;
  const notification = new Notification({ title: clampNotificationText(title, 120), body: clampNotificationText(body, 300) });
  live.add(notification);
  const release = () => live.delete(notification);
  notification.on('click', () => {
    release();
    onClick?.();
  });
  notification.on('close', release);
  notification.on('failed', release);
  notification.show();
  return true;
}

/**
 * Hooked to core.subscribe: shows a notification for the events policy.notificationRules maps, ignores the rest.
 * A click hands back what was shown, so the shell can open its route.
 */
export function notifyForEvent<E extends EventName>(name: E, payload: EventPayload<E>, onClick?: (content: NotificationContent) => void): void {
  const content = notificationForEvent(name, payload);
  if (content) showNotification(content.title, content.body, () => onClick?.(content));
}
