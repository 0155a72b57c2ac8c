import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../src-shared/ipc/result.js';

/** Name + description, for "Save segment" and "Freeze as list"; a name clash shows on the name field. */
export function NameDialog({
  title,
  intro,
  confirm,
  initialName = '',
  initialDescription = '',
  onClose,
  onSubmit,
}: {
  title: string;
  intro?: string;
  confirm: string;
  initialName?: string;
  initialDescription?: string;
  onClose(): void;
  onSubmit(values: { name: string; description: string }): Promise<AppError | null>;
}) {
  const id = useId();
  const [name, setName] = useState(initialName);
  const [description, setDescription] = useState(initialDescription);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const problem = await onSubmit({ name: name.trim(), description: description.trim() });
    setBusy(false);
    setError(problem);
  };
  const nameError = error && (error.field === 'name' || error.code === 'conflict') ? error.message : null;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={id}>
      <Box component="form" onSubmit={(e) => void submit(e)}>
        <DialogTitle id={id}>{title}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          {intro ? <DialogContentText>{intro}</DialogContentText> : null}
          {error && !nameError ? <Alert severity="error">{error.message}</Alert> : null}
          <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required autoFocus error={Boolean(nameError)} helperText={nameError ?? ' '} />
          <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} multiline minRows={2} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={!name.trim() || busy}>
            {confirm}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
