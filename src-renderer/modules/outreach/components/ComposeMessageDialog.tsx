import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { handoffUrl } from '../../../../src-shared/domain/templates/handoff.js';
import type { Res } from '../../../../src-shared/ipc/contract.js';
import type { MessageTemplateDto } from '../../../../src-shared/ipc/contracts/templates.js';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';
import { SendIcon } from '../../reminders/icons.js';

type TouchChannel = 'email' | 'phone' | 'sms' | 'whatsapp' | 'linkedin';
const CHANNELS: { id: TouchChannel; label: string; open: string }[] = [
  { id: 'email', label: 'E-mail', open: 'Open in mail app' },
  { id: 'phone', label: 'Phone', open: 'Call' },
  { id: 'sms', label: 'SMS', open: 'Open dialler' },
  { id: 'whatsapp', label: 'WhatsApp', open: 'Open WhatsApp' },
  { id: 'linkedin', label: 'LinkedIn', open: 'Open LinkedIn profile' },
];

export interface ComposeTarget {
  candidateId: number;
  applicationId?: number | undefined;
  jobId?: number | undefined;
  /** Preselects the first template with this purpose (e.g. 'rejection' from the reject dialog). */
  purpose?: string | undefined;
  label?: string | undefined;
}

/**
 * Compose from a template for one candidate: rendered with their data, warnings for empty merge fields, a
 * hand-off to the recruiter's own mail client / dialler / WhatsApp / LinkedIn, then one click to log the touch.
 */
export function ComposeMessageDialog({ open, onClose, target, onLogged }: { open: boolean; onClose(): void; target: ComposeTarget; onLogged?: () => void }) {
  const [templates, setTemplates] = useState<MessageTemplateDto[]>([]);
  const [templateId, setTemplateId] = useState<number | ''>('');
  const [channel, setChannel] = useState<TouchChannel | null>(null);
  const [composed, setComposed] = useState<Res<'outreach:compose-message'> | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [handedOff, setHandedOff] = useState(false);

  useEffect(() => {
    if (!open) return;
    void invoke('templates:list-templates', {}).then((r) => {
      if (!r.ok) return;
      setTemplates(r.value.items);
      const preferred = r.value.items.find((t) => t.purpose === target.purpose) ?? r.value.items[0];
      if (preferred) setTemplateId(preferred.id);
    });
  }, [open, target.purpose]);

  useEffect(() => {
    if (!open || templateId === '') return;
    void invoke('outreach:compose-message', {
      templateId,
      candidateId: target.candidateId,
      ...(target.applicationId ? { applicationId: target.applicationId } : {}),
      ...(target.jobId && !target.applicationId ? { jobId: target.jobId } : {}),
      ...(channel ? { channel } : {}),
    }).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setError(null);
      setComposed(r.value);
      setSubject(r.value.subject);
      setBody(r.value.body);
      if (!channel) setChannel(r.value.channel);
    });
    // The channel is deliberately not a dependency: changing it rebuilds the link locally, no new render needed.
  }, [open, templateId, target.candidateId, target.applicationId, target.jobId]);

  const ch = channel ?? composed?.channel ?? 'email';
  const link = useMemo(
    () =>
      composed?.recipient
        ? handoffUrl({ channel: ch, email: composed.recipient.email, phone: composed.recipient.phone, linkedinUrl: composed.recipient.linkedinUrl, subject, body })
        : { url: null, reason: 'No recipient' },
    [composed, ch, subject, body],
  );

  const log = async (direction: 'outbound' | 'inbound') => {
    const r = await invoke('outreach:log-touch', {
      channel: ch,
      direction,
      subject: direction === 'outbound' ? subject : `Reply: ${subject}`,
      body: direction === 'outbound' ? body : '',
      candidateId: target.candidateId,
      applicationId: target.applicationId ?? null,
      templateId: direction === 'outbound' && templateId !== '' ? templateId : null,
    });
    if (!r.ok) return setError(r.error.message);
    notify.success(direction === 'outbound' ? 'Logged on the timeline' : 'Reply logged');
    onLogged?.();
    onClose();
  };

  const channelLabel = CHANNELS.find((c) => c.id === ch)!;
  const preferred = composed?.recipient?.preferredChannel;

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="compose-title">
      <DialogTitle id="compose-title">Message {target.label ?? composed?.recipient?.name ?? ''}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {error ? <Alert severity="error">{error}</Alert> : null}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' } }}>
          <TextField select label="Template" value={templateId} onChange={(e) => setTemplateId(Number(e.target.value))}>
            {templates.map((t) => (
              <MenuItem key={t.id} value={t.id}>
                {t.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Channel"
            value={ch}
            onChange={(e) => setChannel(e.target.value as TouchChannel)}
            helperText={preferred ? `Prefers ${preferred}` : 'No preferred channel set'}
          >
            {CHANNELS.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.label}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        {composed && composed.warnings.length > 0 ? (
          <Alert severity="warning" data-testid="merge-warnings">
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              Check before sending:
            </Typography>
            {composed.warnings.map((w) => (
              <div key={w.path}>{w.message}</div>
            ))}
          </Alert>
        ) : null}
        {ch === 'email' ? <TextField label="Subject" value={subject} onChange={(e) => setSubject(e.target.value)} /> : null}
        <TextField label="Message" value={body} onChange={(e) => setBody(e.target.value)} multiline minRows={8} maxRows={18} />
        {link.url === null ? <Alert severity="info">{link.reason} — you can still copy the text and log the touch.</Alert> : null}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={() => void log('inbound')} color="inherit">
          Log a reply
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button
          component="a"
          href={link.url ?? undefined}
          target="_blank"
          rel="noopener noreferrer"
          disabled={link.url === null}
          variant="outlined"
          startIcon={<SendIcon />}
          onClick={() => setHandedOff(true)}
        >
          {channelLabel.open}
        </Button>
        <Button variant={handedOff ? 'contained' : 'outlined'} onClick={() => void log('outbound')}>
          Log as sent
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function ComposeMessageButton({
  onLogged,
  size = 'medium',
  ...target
}: ComposeTarget & { onLogged?: () => void; size?: 'small' | 'medium' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size={size} startIcon={<SendIcon />} onClick={() => setOpen(true)} variant={size === 'small' ? 'text' : 'outlined'}>
        Compose
      </Button>
      {open ? <ComposeMessageDialog open onClose={() => setOpen(false)} target={target} {...(onLogged ? { onLogged } : {})} /> : null}
    </>
  );
}
