import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { directions } from '../../../../src-shared/domain/activity.js';
import { channels, type Channel } from '../../../../src-shared/domain/candidate.js';
import { notify } from '../../notifications/store.js';
import { useCandidateTimelineStore } from '../timeline-store.js';
import { Section } from './ProfileSections.js';

export type LogKind = 'call' | 'meeting' | 'message' | 'note';
const KIND: Record<LogKind, { title: string; channel: Channel; outcomes: string[] }> = {
  call: { title: 'Log a call', channel: 'phone', outcomes: ['Connected', 'Left voicemail', 'No answer', 'Interested', 'Not interested', 'Call back later'] },
  meeting: { title: 'Log a meeting', channel: 'meeting', outcomes: ['Held', 'No-show', 'Rescheduled', 'Positive', 'Negative'] },
  message: { title: 'Log a message', channel: 'email', outcomes: ['Sent', 'Replied', 'No reply', 'Interested', 'Not interested'] },
  note: { title: 'Add a note', channel: 'note', outcomes: [] },
};
const MESSAGE_CHANNELS: Channel[] = ['email', 'sms', 'whatsapp', 'linkedin'];
const CHANNEL_LABEL: Record<Channel, string> = {
  email: 'E-mail',
  phone: 'Call',
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  linkedin: 'LinkedIn',
  video: 'Video call',
  meeting: 'Meeting',
  event: 'Event',
  note: 'Note',
};
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const localInput = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

export function LogActivityDialog({ kind, onClose }: { kind: LogKind | null; onClose: () => void }) {
  const log = useCandidateTimelineStore((s) => s.log);
  const [channel, setChannel] = useState<Channel>('phone');
  const [direction, setDirection] = useState<(typeof directions)[number]>('outbound');
  const [outcome, setOutcome] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [at, setAt] = useState('');
  const [duration, setDuration] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!kind) return;
    setChannel(KIND[kind].channel);
    setDirection(kind === 'note' ? 'internal' : 'outbound');
    setOutcome('');
    setSubject('');
    setBody('');
    setAt(localInput(new Date()));
    setDuration('');
    setErrors({});
  }, [kind]);
  if (!kind) return null;
  const def = KIND[kind];
  const submit = async () => {
    const occurred = new Date(at);
    if (Number.isNaN(occurred.getTime())) return setErrors({ occurredAt: 'Pick a date and time' });
    if (kind === 'note' && !body.trim()) return setErrors({ body: 'Write the note' });
    const mins = duration.trim() ? Number(duration) : null;
    if (mins !== null && (!Number.isInteger(mins) || mins < 0)) return setErrors({ durationMin: 'Whole minutes' });
    setBusy(true);
    const error = await log({ channel, direction, outcome, subject, body, occurredAt: occurred.toISOString(), durationMin: mins });
    setBusy(false);
    if (error) {
      if (error.code === 'invalid_input' && error.field) setErrors({ [error.field]: error.message });
      notify.error(`Not logged: ${error.message}`);
      return;
    }
    notify.success(`${CHANNEL_LABEL[channel]} logged`);
    onClose();
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="log-activity-title" fullWidth maxWidth="sm">
      <DialogTitle id="log-activity-title">{def.title}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          sx={{ display: 'grid', gap: 2, pt: 1, gridTemplateColumns: '1fr 1fr' }}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {kind === 'message' ? (
            <TextField select label="Channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
              {MESSAGE_CHANNELS.map((c) => (
                <MenuItem key={c} value={c}>
                  {CHANNEL_LABEL[c]}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          {kind !== 'note' ? (
            <TextField select label="Direction" value={direction} onChange={(e) => setDirection(e.target.value as (typeof directions)[number])}>
              {directions.map((d) => (
                <MenuItem key={d} value={d}>
                  {d[0]!.toUpperCase() + d.slice(1)}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          {def.outcomes.length ? (
            <TextField select label="Outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)} error={!!errors.outcome} helperText={errors.outcome}>
              <MenuItem value="">—</MenuItem>
              {def.outcomes.map((o) => (
                <MenuItem key={o} value={o}>
                  {o}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          <TextField
            label="When"
            type="datetime-local"
            value={at}
            onChange={(e) => setAt(e.target.value)}
            error={!!errors.occurredAt}
            helperText={errors.occurredAt}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {kind === 'call' || kind === 'meeting' ? (
            <TextField label="Minutes" value={duration} onChange={(e) => setDuration(e.target.value)} error={!!errors.durationMin} helperText={errors.durationMin} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
          ) : null}
          {kind !== 'note' ? <TextField label="Subject" value={subject} onChange={(e) => setSubject(e.target.value)} error={!!errors.subject} helperText={errors.subject} sx={{ gridColumn: '1 / -1' }} /> : null}
          <TextField label={kind === 'note' ? 'Note' : 'Notes'} multiline minRows={3} value={body} onChange={(e) => setBody(e.target.value)} error={!!errors.body} helperText={errors.body} sx={{ gridColumn: '1 / -1' }} />
          <button type="submit" hidden />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={busy} onClick={() => void submit()}>
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function TimelineSection({ candidateId, onLog }: { candidateId: number; onLog: (kind: LogKind) => void }) {
  const { items, total, channels: active, load, setChannels } = useCandidateTimelineStore();
  useEffect(() => {
    void load(candidateId);
  }, [candidateId, load]);
  return (
    <Section
      title="Timeline"
      action={
        <Typography variant="body2" color="text.secondary">
          {total} {total === 1 ? 'entry' : 'entries'}
        </Typography>
      }
    >
      <Box role="group" aria-label="Filter by channel" sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mb: 1.5 }}>
        {channels.map((c) => {
          const on = active.includes(c);
          return (
            <Chip
              key={c}
              size="small"
              label={CHANNEL_LABEL[c]}
              color={on ? 'primary' : 'default'}
              variant={on ? 'filled' : 'outlined'}
              aria-pressed={on}
              onClick={() => void setChannels(on ? active.filter((x) => x !== c) : [...active, c])}
            />
          );
        })}
      </Box>
      {items.length === 0 ? (
        <Box sx={{ color: 'text.secondary', py: 2 }}>
          <Typography variant="body2">Nothing logged{active.length ? ' on these channels' : ' yet'}.</Typography>
          <Button size="small" sx={{ mt: 1 }} onClick={() => onLog('call')}>
            Log the first call
          </Button>
        </Box>
      ) : (
        <Box component="ol" aria-label="Activities" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1, maxHeight: 420, overflow: 'auto' }} tabIndex={0}>
          {items.map((a) => (
            <Box component="li" key={a.id} sx={{ borderLeft: 3, borderColor: a.channel === 'note' ? 'secondary.main' : 'primary.main', pl: 1.5, py: 0.5, opacity: a.id < 0 ? 0.6 : 1 }}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {CHANNEL_LABEL[a.channel]}
                  {a.channel !== 'note' ? ` · ${a.direction}` : ''}
                </Typography>
                {a.outcome ? <Chip size="small" label={a.outcome} variant="outlined" /> : null}
                <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
                  {when.format(new Date(a.occurredAt))}
                  {a.durationMin ? ` · ${a.durationMin} min` : ''}
                </Typography>
              </Box>
              {a.subject ? <Typography variant="body2">{a.subject}</Typography> : null}
              {a.body ? (
                <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap', display: '-webkit-box', WebkitLineClamp: 4, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
                  {a.body}
                </Typography>
              ) : null}
            </Box>
          ))}
        </Box>
      )}
    </Section>
  );
}
