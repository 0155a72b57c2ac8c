import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useEffect, useState } from 'react';
import type { Reminder } from '../../../../src-shared/domain/reminders/reminder.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { webNotificationsAvailable } from '../hooks.js';
import { AlarmIcon } from '../icons.js';
import { useReminderStore, type Bucket } from '../store.js';
import { CreateReminderDialog } from './CreateReminderDialog.js';
import { ReminderList } from './ReminderList.js';
import { RulesPanel } from './RulesPanel.js';
import { TimeZoneSetting } from './TimeZoneSetting.js';

const TABS: { id: Bucket; label: string }[] = [
  { id: 'overdue', label: 'Overdue' },
  { id: 'today', label: 'Today' },
  { id: 'upcoming', label: 'Upcoming' },
  { id: 'done', label: 'Done' },
];

function NotificationPermission() {
  const [permission, setPermission] = useState(() => (webNotificationsAvailable() ? Notification.permission : 'granted'));
  if (permission !== 'default') return null;
  return (
    <Alert
      severity="info"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" onClick={() => void Notification.requestPermission().then(setPermission)}>
          Allow
        </Button>
      }
    >
      Allow browser notifications so due reminders reach you while Rapport is in the background.
    </Alert>
  );
}

/** Which list holds a reminder, by the core's own bucket queries (its "today" is the recruiter's zone). */
async function bucketOf(reminder: Reminder): Promise<Bucket | null> {
  if (reminder.status === 'done') return 'done';
  if (reminder.status !== 'open') return null;
  if (Date.parse(reminder.dueAt) <= Date.now()) return 'overdue';
  const today = await invoke('reminders:list-reminders', { bucket: 'today', limit: 200 });
  return today.ok && today.value.items.some((r) => r.id === reminder.id) ? 'today' : 'upcoming';
}

export function RemindersScreen() {
  const { bucket, items, counts, loading, error } = useReminderStore();
  const setBucket = useReminderStore((s) => s.setBucket);
  const [creating, setCreating] = useState(false);
  // #/reminders/12 (a notification click, a link) opens the list holding reminder 12 and points at it.
  const routeId = Number(useNavigationStore((s) => s.params[0]) ?? NaN);
  const focusId = Number.isInteger(routeId) && routeId > 0 ? routeId : null;
  const [missing, setMissing] = useState<string | null>(null);

  useEffect(() => {
    const s = useReminderStore.getState();
    setMissing(null);
    void s.loadCounts().then(async () => {
      if (focusId !== null) {
        const r = await invoke('reminders:get-reminder', { id: focusId });
        const bucket = r.ok ? await bucketOf(r.value) : null;
        if (bucket) return s.setBucket(bucket);
        setMissing(r.ok ? `“${r.value.title}” was cancelled.` : r.error.message);
      }
      // Otherwise open on what needs attention first.
      const c = useReminderStore.getState().counts;
      s.setBucket(c && c.overdue > 0 ? 'overdue' : 'today');
    });
  }, [focusId]);

  const count = (b: Bucket) => (b === 'done' || !counts ? '' : ` (${counts[b]})`);

  return (
    <>
      <PageHeader
        title="Reminders"
        subtitle="Follow-ups and tasks, with automatic reminders from your pipeline and talent pools"
        actions={
          <Button variant="contained" startIcon={<AlarmIcon />} onClick={() => setCreating(true)}>
            New reminder
          </Button>
        }
      />
      <NotificationPermission />
      {missing ? (
        <Alert severity="warning" sx={{ mb: 2 }} onClose={() => setMissing(null)}>
          {missing}
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: 'minmax(0, 1fr)', xl: 'minmax(0, 2fr) minmax(320px, 1fr)' }, alignItems: 'start' }}>
        <Paper variant="outlined">
          <Tabs value={bucket} onChange={(_e, v: Bucket) => setBucket(v)} aria-label="Reminder lists" sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}>
            {TABS.map((t) => (
              <Tab key={t.id} value={t.id} label={`${t.label}${count(t.id)}`} />
            ))}
          </Tabs>
          {error ? (
            <Alert severity="error" sx={{ m: 2 }}>
              {error.message}
            </Alert>
          ) : null}
          {items.length === 0 && !loading ? (
            <EmptyState icon={<AlarmIcon />} title={bucket === 'done' ? 'Nothing completed yet' : `Nothing ${bucket === 'today' ? 'due today' : bucket}`}>
              {bucket === 'overdue' ? 'You are all caught up.' : 'Reminders you set from a profile or that the rules create show up here.'}
            </EmptyState>
          ) : (
            <Box sx={{ px: 1 }}>
              <ReminderList items={items} focusId={focusId} />
            </Box>
          )}
        </Paper>
        <Box sx={{ display: 'grid', gap: 1 }}>
          <RulesPanel />
          <Box sx={{ maxWidth: 420 }}>
            <TimeZoneSetting />
          </Box>
        </Box>
      </Box>
      {creating ? <CreateReminderDialog open onClose={() => setCreating(false)} subject={{}} /> : null}
    </>
  );
}
