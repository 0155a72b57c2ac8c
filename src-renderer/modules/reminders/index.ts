// What other modules (profile, dashboard, shell) may use from reminders.
export { CreateReminderButton, CreateReminderDialog } from './components/CreateReminderDialog.js';
export { DueTodayPanel } from './components/DueTodayPanel.js';
export { RemindersScreen } from './components/RemindersScreen.js';
export { ReminderList } from './components/ReminderList.js';
export { useReminderEvents } from './hooks.js';
export { badgeCount, useReminderStore } from './store.js';
export { AlarmIcon, GroupsIcon, SendIcon } from './icons.js';
export { ReminderNavBadge } from './components/ReminderNavBadge.js';
