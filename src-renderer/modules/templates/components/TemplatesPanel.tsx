import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import { mergeFields } from '../../../../src-shared/domain/templates/merge-fields.js';
import type { Res } from '../../../../src-shared/ipc/contract.js';
import type { MessageTemplateDto } from '../../../../src-shared/ipc/contracts/templates.js';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';
import { CandidatePicker, type PickedCandidate } from './CandidatePicker.js';

const PURPOSES = [
  ['interview-invitation', 'Interview invitation'],
  ['status-update', 'Status update'],
  ['rejection', 'Rejection with feedback'],
  ['interview-follow-up', 'Follow-up after interview'],
  ['check-in', 'Check-in'],
  ['offer', 'Offer'],
  ['custom', 'Custom'],
] as const;
const CHANNELS = ['email', 'linkedin', 'whatsapp', 'sms', 'phone'] as const;

type Draft = Pick<MessageTemplateDto, 'name' | 'purpose' | 'channel' | 'subject' | 'body'> & { id?: number };
const blank: Draft = { name: 'New template', purpose: 'custom', channel: 'email', subject: '', body: 'Hi {{ candidate.first_name }},\n\n' };

/** The template library: edit with Liquid, preview live against a real candidate, warnings for empty fields. */
export function TemplatesPanel() {
  const [items, setItems] = useState<MessageTemplateDto[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [candidate, setCandidate] = useState<PickedCandidate | null>(null);
  const [preview, setPreview] = useState<Res<'templates:preview-template'> | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const r = await invoke('templates:list-templates', {});
    if (r.ok) {
      setItems(r.value.items);
      setDraft((d) => d ?? (r.value.items[0] ? { ...r.value.items[0] } : { ...blank }));
    }
  }, []);
  useEffect(() => void load(), [load]);

  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => {
      void invoke('templates:preview-template', { subject: draft.subject, body: draft.body, ...(candidate ? { candidateId: candidate.id } : {}) }).then((r) => {
        if (r.ok) {
          setPreview(r.value);
          setPreviewError(null);
        } else setPreviewError(r.error.message);
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [draft, candidate]);

  // Without a chosen candidate every field is empty: only unknown fields are worth a warning then.
  const warnings = (preview?.warnings ?? []).filter((w) => candidate !== null || w.kind === 'unknown');

  const save = async () => {
    if (!draft) return;
    const r = await invoke('templates:save-template', { ...draft, purpose: draft.purpose as Draft['purpose'] & (typeof PURPOSES)[number][0], channel: draft.channel as (typeof CHANNELS)[number] });
    if (!r.ok) return notify.error(r.error.message);
    notify.success('Template saved');
    setDraft({ ...r.value });
    void load();
  };
  const remove = async () => {
    if (!draft?.id) return;
    const r = await invoke('templates:delete-template', { id: draft.id });
    if (r.ok) {
      setDraft(null);
      void load();
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '220px minmax(0, 1fr)' }, alignItems: 'start' }}>
      <Paper variant="outlined">
        <List dense aria-label="Templates" disablePadding>
          {items.map((t) => (
            <ListItem key={t.id} disablePadding divider>
              <ListItemButton selected={draft?.id === t.id} onClick={() => setDraft({ ...t })}>
                <ListItemText primary={t.name} secondary={`${t.channel}${t.builtin ? ' · library' : ''}`} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
        <Box sx={{ p: 1 }}>
          <Button fullWidth onClick={() => setDraft({ ...blank })}>
            New template
          </Button>
        </Box>
      </Paper>
      {draft ? (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', xl: '1fr 1fr' }, alignItems: 'start' }}>
          <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }} component="section" aria-label="Template editor">
            <TextField label="Name" size="small" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: '1fr 1fr' }}>
              <TextField select size="small" label="Stage" value={draft.purpose} onChange={(e) => setDraft({ ...draft, purpose: e.target.value })}>
                {PURPOSES.map(([v, l]) => (
                  <MenuItem key={v} value={v}>
                    {l}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select size="small" label="Channel" value={draft.channel} onChange={(e) => setDraft({ ...draft, channel: e.target.value })}>
                {CHANNELS.map((c) => (
                  <MenuItem key={c} value={c}>
                    {c}
                  </MenuItem>
                ))}
              </TextField>
            </Box>
            <TextField label="Subject" size="small" value={draft.subject} onChange={(e) => setDraft({ ...draft, subject: e.target.value })} />
            <TextField
              label="Body (Liquid)"
              value={draft.body}
              onChange={(e) => setDraft({ ...draft, body: e.target.value })}
              multiline
              minRows={8}
              slotProps={{ htmlInput: { style: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 }, spellCheck: false } }}
            />
            <Typography variant="caption" color="text.secondary">
              Merge fields: {Object.entries(mergeFields).map(([o, fs]) => `${o}.${fs.slice(0, 3).join('/')}…`).join(' · ')}. Conditions:{' '}
              <code>{'{% if candidate.seniority == "senior" %}…{% endif %}'}</code>, defaults: <code>{'{{ job.title | default: "the role" }}'}</code>
            </Typography>
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button variant="contained" onClick={() => void save()}>
                Save
              </Button>
              {draft.id ? (
                <Button color="error" onClick={() => void remove()}>
                  Delete
                </Button>
              ) : null}
            </Box>
          </Paper>
          <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5 }} component="section" aria-label="Preview">
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Typography variant="subtitle2" sx={{ flex: 1 }}>
                Preview
              </Typography>
              <CandidatePicker value={candidate} onChange={setCandidate} />
            </Box>
            {previewError ? <Alert severity="error">{previewError}</Alert> : null}
            {preview && warnings.length > 0 ? (
              <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                {warnings.map((w) => (
                  <Chip key={w.path} size="small" color="warning" variant="outlined" label={w.message} />
                ))}
              </Box>
            ) : null}
            {preview ? (
              <Box sx={{ bgcolor: 'action.hover', borderRadius: 1, p: 2 }}>
                {draft.subject ? (
                  <Typography variant="body2" sx={{ fontWeight: 600, mb: 1 }}>
                    {preview.subject}
                  </Typography>
                ) : null}
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {preview.body}
                </Typography>
              </Box>
            ) : null}
            {!candidate ? (
              <Typography variant="caption" color="text.secondary">
                Pick a candidate to see their data filled in.
              </Typography>
            ) : null}
          </Paper>
        </Box>
      ) : null}
    </Box>
  );
}
