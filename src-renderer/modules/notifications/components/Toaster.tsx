import Alert from '@mui/material/Alert';
import Snackbar, { type SnackbarCloseReason } from '@mui/material/Snackbar';
import { useToastStore } from '../store.js';

/** Errors stay longer than confirmations: they usually need reading. */
const DURATION = { success: 4000, info: 5000, warning: 8000, error: 8000 } as const;

export function Toaster() {
  const toast = useToastStore((s) => s.queue[0]);
  const dismiss = useToastStore((s) => s.dismiss);
  if (!toast) return null;
  const close = (_: unknown, reason?: SnackbarCloseReason) => {
    // A stray click elsewhere should not swallow an error before it was read.
    if (reason === 'clickaway') return;
    dismiss(toast.id);
  };
  return (
    <Snackbar
      key={toast.id}
      open
      autoHideDuration={DURATION[toast.severity]}
      onClose={close}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert onClose={() => dismiss(toast.id)} severity={toast.severity} variant="filled" sx={{ minWidth: 320, maxWidth: 560 }}>
        {toast.message}
      </Alert>
    </Snackbar>
  );
}
