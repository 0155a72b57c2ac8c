import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { Candidate } from '../../../../src-shared/domain/candidate.js';
import { invoke } from '../../../ipc/client.js';
import {
  emptyCandidateForm,
  fieldMessage,
  formFieldForPath,
  toCandidateInput,
  type CandidateFormField,
  type CandidateFormValues,
} from '../candidate-form.js';

const FIELDS: { name: CandidateFormField; label: string; type?: string; autoComplete: string; helper?: string; maxLength?: number }[] = [
  { name: 'firstName', label: 'First name', autoComplete: 'off' },
  { name: 'lastName', label: 'Last name', autoComplete: 'off' },
  { name: 'email', label: 'E-mail', type: 'email', autoComplete: 'off' },
  { name: 'phone', label: 'Phone', type: 'tel', autoComplete: 'off', helper: 'With country code: +47 912 34 567' },
  { name: 'currentTitle', label: 'Current title', autoComplete: 'off' },
  { name: 'currentCompany', label: 'Company', autoComplete: 'off' },
  { name: 'city', label: 'City', autoComplete: 'off' },
  { name: 'country', label: 'Country', autoComplete: 'off', helper: 'Two-letter code, e.g. NO', maxLength: 2 },
];

export interface NewCandidateDialogProps {
  open: boolean;
  onClose(): void;
  onCreated(candidate: Candidate): void;
}

export function NewCandidateDialog({ open, onClose, onCreated }: NewCandidateDialogProps) {
  const [values, setValues] = useState<CandidateFormValues>(emptyCandidateForm);
  const [errors, setErrors] = useState<Partial<Record<CandidateFormField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const change = (name: CandidateFormField) => (e: ChangeEvent<HTMLInputElement>) => {
    const value = name === 'country' ? e.target.value.toUpperCase() : e.target.value;
    setValues((v) => ({ ...v, [name]: value }));
    if (errors[name]) setErrors((x) => ({ ...x, [name]: undefined }));
  };

  const close = () => {
    if (saving) return;
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!values.firstName.trim()) {
      setErrors({ firstName: 'First name is required' });
      document.getElementById('candidate-firstName')?.focus();
      return;
    }
    setSaving(true);
    const result = await invoke('candidates:create-candidate', toCandidateInput(values));
    setSaving(false);
    if (result.ok) {
      setValues(emptyCandidateForm);
      setErrors({});
      onCreated(result.value);
      return;
    }
    const field = result.error.code === 'invalid_input' ? formFieldForPath(result.error.field) : null;
    if (field) {
      setErrors({ [field]: fieldMessage(result.error) });
      document.getElementById(`candidate-${field}`)?.focus();
    } else {
      setFormError(result.error.message);
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="new-candidate-title">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id="new-candidate-title">New candidate</DialogTitle>
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2, rowGap: 1, pt: 1 }}>
            {FIELDS.map((f) => (
              <TextField
                key={f.name}
                id={`candidate-${f.name}`}
                name={f.name}
                label={f.label}
                type={f.type ?? 'text'}
                value={values[f.name]}
                onChange={change(f.name)}
                error={Boolean(errors[f.name])}
                // A blank helper line keeps the grid from jumping when an error appears.
                helperText={errors[f.name] ?? f.helper ?? ' '}
                required={f.name === 'firstName'}
                autoFocus={f.name === 'firstName'}
                autoComplete={f.autoComplete}
                slotProps={{ htmlInput: { maxLength: f.maxLength, spellCheck: false } }}
                fullWidth
              />
            ))}
          </Box>
          {formError ? <Alert severity="error">{formError}</Alert> : null}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close} disabled={saving}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={saving}
            startIcon={saving ? <CircularProgress size={16} color="inherit" /> : null}
          >
            {saving ? 'Saving…' : 'Add candidate'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
