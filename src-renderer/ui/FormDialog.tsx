import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type FormEvent, type ReactNode } from 'react';

/**
 * A dialog that is one form: Enter in a field submits, Escape or Cancel closes (not while saving), a refusal that
 * names no field shows above the fields, where it is read first.
 */
export function FormDialog({
  open,
  title,
  submitLabel,
  saving,
  formError,
  onClose,
  onSubmit,
  children,
  maxWidth = 'sm',
}: {
  open: boolean;
  title: string;
  submitLabel: string;
  saving: boolean;
  formError: string | null;
  onClose(): void;
  onSubmit(): void;
  children: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
}) {
  const titleId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onClose={() => (saving ? undefined : onClose())} fullWidth maxWidth={maxWidth} aria-labelledby={titleId} scroll="paper">
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent dividers sx={{ display: 'grid', gap: 1 }}>
          {formError ? (
            <Alert severity="error" role="alert" sx={{ mb: 1 }}>
              {formError}
            </Alert>
          ) : null}
          {children}
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={saving} startIcon={saving ? <CircularProgress size={16} color="inherit" /> : null}>
            {saving ? 'Saving…' : submitLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
