import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type ReactNode } from 'react';

/**
 * "Delete X?" with the consequence spelled out. Focus starts on Cancel, so Enter never deletes by accident; a
 * refusal (e.g. the core keeps a client that still has jobs) stays in the dialog with the core's reason.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  error,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onCancel(): void;
  onConfirm(): void;
}) {
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog open={open} onClose={() => (busy ? undefined : onCancel())} maxWidth="xs" fullWidth aria-labelledby={titleId} aria-describedby={textId} role="alertdialog">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText id={textId}>{children}</DialogContentText>
        {error ? (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel} disabled={busy} autoFocus>
          {error ? 'Close' : 'Cancel'}
        </Button>
        {error ? null : (
          <Button onClick={onConfirm} disabled={busy} color="error" variant="contained">
            {confirmLabel}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

/** What a confirmed action exposes (see modules/forms/use-confirm-action). */
export interface ConfirmableAction {
  open: boolean;
  busy: boolean;
  error: string | null;
  ask(): void;
  cancel(): void;
  confirm(): Promise<void>;
}

/** A red "Delete" button that asks first, through ConfirmDialog. */
export function DeleteButton({ action, title, confirmLabel, children }: { action: ConfirmableAction; title: string; confirmLabel: string; children: ReactNode }) {
  return (
    <>
      <Button color="error" onClick={action.ask}>
        Delete
      </Button>
      <ConfirmDialog
        open={action.open}
        title={title}
        confirmLabel={confirmLabel}
        busy={action.busy}
        error={action.error}
        onCancel={action.cancel}
        onConfirm={() => void action.confirm()}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
