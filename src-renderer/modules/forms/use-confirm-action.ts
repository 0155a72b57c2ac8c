import { useState } from 'react';
import type { Result } from '../../../src-shared/ipc/result.js';
import { notify } from '../notifications/store.js';

/** State for a ConfirmDialog whose action asks the core: busy while it runs, the core's refusal kept on screen. */
export function useConfirmAction<T>(action: () => Promise<Result<T>>, { success, failure, onDone }: { success: string; failure: string; onDone(value: T): void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return {
    open,
    busy,
    error,
    ask: () => {
      setError(null);
      setOpen(true);
    },
    cancel: () => {
      if (!busy) setOpen(false);
    },
    confirm: async () => {
      setBusy(true);
      const r = await action();
      setBusy(false);
      if (r.ok) {
        setOpen(false);
        notify.success(success);
        onDone(r.value);
      } else {
        setError(r.error.message);
        notify.error(`${failure}: ${r.error.message}`);
      }
    },
  };
}
