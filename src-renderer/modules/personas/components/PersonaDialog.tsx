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
import { useEffect, useState, type FormEvent } from 'react';
import { channels, seniorityLevels, type Channel, type Seniority } from '../../../../src-shared/domain/candidate.js';
import type { Persona, PersonaInput } from '../../../../src-shared/domain/personas.js';
import type { SegmentSummary } from '../../../../src-shared/ipc/contracts/segments.js';
import type { AppError } from '../../../../src-shared/ipc/result.js';
import { invoke } from '../../../ipc/client.js';
import { ChoicesField, ValuesField } from '../../segments/components/fields.js';

/** Create or edit a persona: who they are, what drives them, typical skills and experience, and its segment. */
export function PersonaDialog({ persona, onClose, onSaved }: { persona: Persona | null; onClose(): void; onSaved(p: Persona): void }) {
  const [name, setName] = useState(persona?.name ?? '');
  const [description, setDescription] = useState(persona?.description ?? '');
  const [motivations, setMotivations] = useState(persona?.motivations ?? '');
  const [careerGoals, setCareerGoals] = useState(persona?.careerGoals ?? '');
  const [skills, setSkills] = useState<string[]>(persona?.skills.map((s) => s.name) ?? []);
  const [minLevel, setMinLevel] = useState<string>(String(persona?.skills.find((s) => s.minLevel !== null)?.minLevel ?? ''));
  const [seniority, setSeniority] = useState<Seniority[]>(persona?.seniority ?? []);
  const [industries, setIndustries] = useState<string[]>(persona?.industries ?? []);
  const [preferred, setPreferred] = useState<Channel[]>(persona?.channels ?? []);
  const [notes, setNotes] = useState(persona?.notes ?? '');
  const [segmentId, setSegmentId] = useState<string>(persona?.segmentId ? String(persona.segmentId) : '');
  const [segments, setSegments] = useState<SegmentSummary[]>([]);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void invoke('segments:list-segments', {}).then((r) => r.ok && setSegments(r.value.items));
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fields: PersonaInput = {
      name,
      description,
      motivations,
      careerGoals,
      skills: skills.map((s) => ({ name: s, minLevel: minLevel === '' ? null : Number(minLevel) })),
      seniority,
      industries,
      channels: preferred,
      notes,
      segmentId: segmentId === '' ? null : Number(segmentId),
    };
    const r = persona ? await invoke('personas:update-persona', { id: persona.id, version: persona.version, patch: fields }) : await invoke('personas:create-persona', fields);
    if (!r.ok) return setError(r.error);
    onSaved(r.value);
  };
  const fieldError = (f: string) => (error?.field === f ? error.message : undefined);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="persona-dialog-title">
      <Box component="form" onSubmit={(e) => void submit(e)}>
        <DialogTitle id="persona-dialog-title">{persona ? 'Edit persona' : 'New persona'}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          {error && !error.field ? (
            <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
              {error.message}
            </Alert>
          ) : null}
          <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required autoFocus placeholder="Senior backend engineer" error={Boolean(fieldError('name'))} helperText={fieldError('name') ?? (error?.code === 'conflict' ? error.message : ' ')} />
          <TextField select label="Segment (who they are in your data)" value={segmentId} onChange={(e) => setSegmentId(e.target.value)} error={Boolean(fieldError('segmentId'))} helperText={fieldError('segmentId') ?? 'Its members are this persona’s candidates'}>
            <MenuItem value="">None yet</MenuItem>
            {segments.map((s) => (
              <MenuItem key={s.id} value={String(s.id)}>
                {s.name} ({s.count})
              </MenuItem>
            ))}
          </TextField>
          <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} multiline minRows={2} sx={{ gridColumn: '1 / -1' }} />
          <TextField label="Motivations" value={motivations} onChange={(e) => setMotivations(e.target.value)} multiline minRows={2} placeholder="Technical ownership, remote work…" />
          <TextField label="Career goals" value={careerGoals} onChange={(e) => setCareerGoals(e.target.value)} multiline minRows={2} placeholder="Move into leadership" helperText="Words shared with a candidate’s goals add to the match score" />
          <Typography variant="subtitle2" component="h3" sx={{ gridColumn: '1 / -1', mt: 1 }}>
            Typical skills and experience
          </Typography>
          <ValuesField field="skill" label="Skills" value={skills} onChange={setSkills} />
          <TextField select label="Usual skill level" value={minLevel} onChange={(e) => setMinLevel(e.target.value)}>
            <MenuItem value="">Any level</MenuItem>
            {[1, 2, 3, 4, 5].map((n) => (
              <MenuItem key={n} value={String(n)}>
                {n} or more
              </MenuItem>
            ))}
          </TextField>
          <ChoicesField label="Seniority" options={seniorityLevels} value={seniority} onChange={setSeniority} />
          <ValuesField field="industry" label="Industries" value={industries} onChange={setIndustries} />
          <ChoicesField label="Preferred channels" options={channels} value={preferred} onChange={setPreferred} />
          <TextField label="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={!name.trim()}>
            Save persona
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
