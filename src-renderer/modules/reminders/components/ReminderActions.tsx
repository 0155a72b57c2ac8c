import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState, type FormEvent } from 'react';
import type { Reminder } from '../../../../src-shared/domain/reminders/reminder.js';
import { snoozePresetLabels, snoozePresets } from '../../../../src-shared/domain/reminders/schedule.js';
import { notify } from '../../notifications/store.js';
import { toLocalInput } from '../format.js';
import { CheckIcon, SnoozeIcon } from '../icons.js';
import { useReminderStore } from '../store.js';

export function SnoozeButton({ reminder }: { reminder: Reminder }) {
  const snooze = useReminderStore((s) => s.snooze);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [custom, setCustom] = useState(false);
  const [until, setUntil] = useState(() => toLocalInput(new Date(Date.now() + 2 * 3_600_000)));
  const pick = async (p: Parameters<typeof snooze>[1]) => {
    setAnchor(null);
    setCustom(false);
    if (await snooze(reminder.id, p)) notify.info('Snoozed');
  };
  return (
    <>
      <Tooltip title="Snooze">
        <IconButton aria-label={`Snooze ${reminder.title}`} onClick={(e) => setAnchor(e.currentTarget)} size="small">
          <SnoozeIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {snoozePresets.map((p) => (
          <MenuItem key={p} onClick={() => void pick(p)}>
            {snoozePresetLabels[p]}
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setCustom(true);
          }}
        >
          Pick a time…
        </MenuItem>
      </Menu>
      <Dialog open={custom} onClose={() => setCustom(false)} aria-labelledby="snooze-custom-title">
        <DialogTitle id="snooze-custom-title">Snooze until</DialogTitle>
        <DialogContent sx={{ pt: '8px !important' }}>
          <TextField type="datetime-local" label="Until" value={until} onChange={(e) => setUntil(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} fullWidth />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setCustom(false)}>Cancel</Button>
          <Button variant="contained" onClick={() => void pick({ until: new Date(until).toISOString() })}>
            Snooze
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

const channels = [
  ['note', 'Just done (internal note)'],
  ['phone', 'Phone call'],
  ['email', 'E-mail'],
  ['sms', 'SMS'],
  ['whatsapp', 'WhatsApp'],
  ['linkedin', 'LinkedIn'],
  ['video', 'Video call'],
  ['meeting', 'Meeting'],
] as const;

export function CompleteButton({ reminder }: { reminder: Reminder }) {
  const complete = useReminderStore((s) => s.complete);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState('Done');
  const [channel, setChannel] = useState<(typeof channels)[number][0]>('note');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const linked = reminder.candidateId !== null || reminder.contactId !== null || reminder.jobId !== null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await complete({ id: reminder.id, outcome, channel, note });
    if (!ok) return setError(useReminderStore.getState().error?.message ?? 'Could not complete');
    setOpen(false);
    notify.success(reminder.recurrence ? 'Done — the next check-in is scheduled' : linked ? 'Done and logged on the timeline' : 'Done');
  };
  return (
    <>
      <Tooltip title="Complete">
        <IconButton aria-label={`Complete ${reminder.title}`} onClick={() => setOpen(true)} size="small" color="success">
          <CheckIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs" aria-labelledby={`complete-${reminder.id}`}>
        <Box component="form" onSubmit={(e) => void submit(e)}>
          <DialogTitle id={`complete-${reminder.id}`}>Complete “{reminder.title}”</DialogTitle>
          <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
            {error ? <Alert severity="error">{error}</Alert> : null}
            <TextField label="Outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)} required autoFocus />
            {linked ? (
              <TextField select label="How" value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)} helperText="Logged on the timeline">
                {channels.map(([v, l]) => (
                  <MenuItem key={v} value={v}>
                    {l}
                  </MenuItem>
                ))}
              </TextField>
            ) : null}
            <TextField label="Note" value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="contained" disabled={!outcome.trim()}>
              Complete
            </Button>
          </DialogActions>
        </Box>
      </Dialog>
    </>
  );
}
