import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { Reminder } from '../../../../src-shared/domain/reminders/reminder.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { useReminderStore } from '../store.js';
import { ReminderList } from './ReminderList.js';

/** Dashboard panel: overdue and due-today reminders, with snooze and complete in place. */
export function DueTodayPanel() {
  const revision = useReminderStore((s) => s.revision);
  const go = useNavigationStore((s) => s.go);
  const [items, setItems] = useState<Reminder[] | null>(null);
  const [overdue, setOverdue] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all([invoke('reminders:list-reminders', { bucket: 'overdue', limit: 10 }), invoke('reminders:list-reminders', { bucket: 'today', limit: 10 })]).then(
      ([a, b]) => {
        if (!live) return;
        setItems([...(a.ok ? a.value.items : []), ...(b.ok ? b.value.items : [])]);
        setOverdue(a.ok ? a.value.total : 0);
      },
    );
    return () => {
      live = false;
    };
  }, [revision]);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="due-today-title" sx={{ p: 2, mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography id="due-today-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600, flex: 1 }}>
          {/* Same words as the Reminders screen: a reminder whose time has passed is overdue, even if it was today. */}
          {overdue > 0 ? `Overdue (${overdue}) and due today` : 'Due today'}
        </Typography>
        <Button size="small" onClick={() => go('reminders')}>
          All reminders
        </Button>
      </Box>
      {items === null ? null : items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Nothing due today. Nice.
        </Typography>
      ) : (
        <ReminderList items={items} dense />
      )}
    </Paper>
  );
}
