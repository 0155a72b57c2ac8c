import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { stageTypes, type JobStage, type StageType } from '../../../../src-shared/domain/job.js';
import { useBoardStore } from '../store.js';

const typeLabel: Record<StageType, string> = {
  sourced: 'Sourced',
  screening: 'Screening',
  interview: 'Interview',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

function StageRow({ stage, index, stages, busy, run }: { stage: JobStage; index: number; stages: JobStage[]; busy: boolean; run(p: Promise<boolean>): void }) {
  const { renameStage, reorderStages, removeStage } = useBoardStore.getState();
  const [name, setName] = useState(stage.name);
  const [removing, setRemoving] = useState(false);
  const others = stages.filter((s) => s.id !== stage.id);
  const [reassignTo, setReassignTo] = useState<number | ''>('');
  const commitName = () => {
    if (name.trim() && name.trim() !== stage.name) run(renameStage(stage.id, name.trim()));
  };
  const shift = (step: -1 | 1) => {
    const ids = stages.map((s) => s.id);
    const j = index + step;
    [ids[index], ids[j]] = [ids[j]!, ids[index]!];
    run(reorderStages(ids));
  };
  return (
    <Box component="li" sx={{ listStyle: 'none', py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField
          size="small"
          label={`Stage ${index + 1} name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={commitName}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitName();
            }
          }}
          sx={{ flex: 1 }}
        />
        <Typography variant="caption" color="text.secondary" sx={{ width: 110 }}>
          {typeLabel[stage.type]} · {stage.applicationCount}
        </Typography>
        <IconButton size="small" aria-label={`Move ${stage.name} earlier`} disabled={busy || index === 0} onClick={() => shift(-1)}>
          <span aria-hidden>↑</span>
        </IconButton>
        <IconButton size="small" aria-label={`Move ${stage.name} later`} disabled={busy || index === stages.length - 1} onClick={() => shift(1)}>
          <span aria-hidden>↓</span>
        </IconButton>
        <Button size="small" color="error" disabled={busy} onClick={() => setRemoving((r) => !r)} aria-expanded={removing}>
          Remove
        </Button>
      </Stack>
      {removing ? (
        <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
          {stage.applicationCount > 0 ? (
            <TextField
              select
              size="small"
              label={`Move its ${stage.applicationCount} to`}
              value={reassignTo}
              onChange={(e) => setReassignTo(Number(e.target.value))}
              sx={{ minWidth: 220 }}
            >
              {others.map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.name}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <Typography variant="body2">No applications in this stage.</Typography>
          )}
          <Button
            size="small"
            variant="contained"
            color="error"
            disabled={busy || (stage.applicationCount > 0 && reassignTo === '')}
            onClick={() => run(removeStage(stage.id, reassignTo === '' ? undefined : reassignTo))}
          >
            Remove {stage.name}
          </Button>
        </Stack>
      ) : null}
    </Box>
  );
}

/** Add, rename, reorder and remove (with reassignment) the job's stages. Every change is saved at once. */
export function StagesDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const job = useBoardStore((s) => s.job);
  const addStage = useBoardStore((s) => s.addStage);
  const [busy, setBusy] = useState(false);
  const [newName, setNewName] = useState('');
  const [newType, setNewType] = useState<StageType>('interview');
  const run = (p: Promise<boolean>) => {
    setBusy(true);
    void p.finally(() => setBusy(false));
  };
  const stages = job ? [...job.stages].sort((a, b) => a.position - b.position) : [];
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="stages-dialog-title">
      <DialogTitle id="stages-dialog-title">Pipeline stages</DialogTitle>
      <DialogContent>
        <Alert severity="info" sx={{ mb: 1 }}>
          A pipeline keeps one hired, rejected and withdrawn stage and at least one active stage.
        </Alert>
        <Stack
          component="form"
          direction="row"
          spacing={1}
          sx={{ mt: 1, mb: 1, alignItems: 'center' }}
          onSubmit={(e) => {
            e.preventDefault();
            if (!newName.trim()) return;
            setBusy(true);
            void addStage(newName.trim(), newType).then((ok) => {
              setBusy(false);
              if (ok) setNewName('');
            });
          }}
        >
          <TextField size="small" label="New stage name" value={newName} onChange={(e) => setNewName(e.target.value)} sx={{ flex: 1 }} />
          <TextField select size="small" label="Type" value={newType} onChange={(e) => setNewType(e.target.value as StageType)} sx={{ width: 150 }}>
            {stageTypes.map((t) => (
              <MenuItem key={t} value={t}>
                {typeLabel[t]}
              </MenuItem>
            ))}
          </TextField>
          <Button type="submit" variant="outlined" disabled={busy || !newName.trim()}>
            Add stage
          </Button>
        </Stack>
        <Box component="ol" sx={{ p: 0, m: 0 }} aria-label="Stages">
          {stages.map((s, i) => (
            // The key includes the name so a refused rename resets the field to what the vault holds.
            <StageRow key={`${s.id}-${s.name}`} stage={s} index={i} stages={stages} busy={busy} run={run} />
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Done</Button>
      </DialogActions>
    </Dialog>
  );
}
