import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { notify } from '../../notifications/store.js';
import { AlarmIcon } from '../icons.js';
import { defaultDue, toLocalInput } from '../format.js';
import { useReminderStore } from '../store.js';

export interface ReminderSubject {
  candidateId?: number | undefined;
  contactId?: number | undefined;
  jobId?: number | undefined;
  applicationId?: number | undefined;
  /** Shown in the title: "Reminder for Ada Lovelace". */
  label?: string | undefined;
}

export function CreateReminderDialog({ open, onClose, subject }: { open: boolean; onClose(): void; subject: ReminderSubject }) {
  const create = useReminderStore((s) => s.create);
  const [title, setTitle] = useState(subject.label ? `Follow up with ${subject.label}` : '');
  const [due, setDue] = useState(() => toLocalInput(defaultDue()));
  const [priority, setPriority] = useState<'low' | 'normal' | 'high'>('normal');
  const [notes, setNotes] = useState('');
  const [recurring, setRecurring] = useState(false);
  const [every, setEvery] = useState(7);
  const [unit, setUnit] = useState<'day' | 'week'>('day');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const when = new Date(due);
    if (Number.isNaN(when.getTime())) return setError('Pick a date and time');
    setBusy(true);
    const result = await create({
      title,
      notes,
      priority,
      dueAt: when.toISOString(),
      recurrence: recurring ? { every, unit } : null,
      candidateId: subject.candidateId ?? null,
      contactId: subject.contactId ?? null,
      jobId: subject.jobId ?? null,
      applicationId: subject.applicationId ?? null,
    });
    setBusy(false);
    if ('code' in result) return setError(result.message);
    notify.success('Reminder set');
    onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="create-reminder-title">
      <Box component="form" onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="create-reminder-title">{subject.label ? `Reminder for ${subject.label}` : 'New reminder'}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          {error ? <Alert severity="error">{error}</Alert> : null}
          <TextField label="What to do" value={title} onChange={(e) => setTitle(e.target.value)} required autoFocus slotProps={{ htmlInput: { maxLength: 300 } }} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: '2fr 1fr' }}>
            <TextField label="Due" type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} required slotProps={{ inputLabel: { shrink: true } }} />
            <TextField select label="Priority" value={priority} onChange={(e) => setPriority(e.target.value as typeof priority)}>
              <MenuItem value="low">Low</MenuItem>
              <MenuItem value="normal">Normal</MenuItem>
              <MenuItem value="high">High</MenuItem>
            </TextField>
          </Box>
          <TextField label="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2} />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <FormControlLabel control={<Switch checked={recurring} onChange={(e) => setRecurring(e.target.checked)} />} label="Repeat (check-in)" />
            {recurring ? (
              <>
                <TextField
                  label="Every"
                  type="number"
                  size="small"
                  value={every}
                  onChange={(e) => setEvery(Math.max(1, Math.min(365, Number(e.target.value) || 1)))}
                  sx={{ width: 96 }}
                />
                <TextField select size="small" label="Unit" value={unit} onChange={(e) => setUnit(e.target.value as 'day' | 'week')} sx={{ width: 120 }}>
                  <MenuItem value="day">days</MenuItem>
                  <MenuItem value="week">weeks</MenuItem>
                </TextField>
              </>
            ) : null}
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={busy || !title.trim()}>
            Save reminder
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/** Drop-in for the candidate profile, a job or an application: "Remind me". */
export function CreateReminderButton(props: ReminderSubject & { variant?: 'text' | 'outlined' | 'contained' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={props.variant ?? 'outlined'} startIcon={<AlarmIcon />} onClick={() => setOpen(true)}>
        Remind me
      </Button>
      {open ? <CreateReminderDialog open onClose={() => setOpen(false)} subject={props} /> : null}
    </>
  );
}
