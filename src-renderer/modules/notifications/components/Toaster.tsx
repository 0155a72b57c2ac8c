import Alert from '@mui/material/Alert';
import Snackbar, { type SnackbarCloseReason } from '@mui/material/Snackbar';
import { useEffect } from 'react';
import { useToastStore } from '../store.js';

/** Errors stay longer than confirmations: they usually need reading. */
const DURATION = { success: 4000, info: 5000, warning: 8000, error: 8000 } as const;
/**
 * How long a toast stays once a newer one waits. Snackbar's own timer stops while the pointer rests on the toast,
 * so a "Not saved" left under the pointer hid the "Saved" of the next attempt for as long as it stayed there.
 */
export const GIVE_WAY_MS = 1500;

export function Toaster() {
  const toast = useToastStore((s) => s.queue[0]);
  const waiting = useToastStore((s) => s.queue.length > 1);
  const dismiss = useToastStore((s) => s.dismiss);
  const id = toast?.id;
  useEffect(() => {
    if (id === undefined || !waiting) return;
    const timer = setTimeout(() => dismiss(id), GIVE_WAY_MS);
    return () => clearTimeout(timer);
  }, [id, waiting, dismiss]);
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
