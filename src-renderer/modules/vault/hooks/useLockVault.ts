import { useCallback, useState } from 'react';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';
import { useVaultStatusStore } from '../store.js';

/** Locks the vault now; the gate then swaps the shell for the unlock screen. */
export function useLockVault(): { lock: () => Promise<void>; locking: boolean } {
  const [locking, setLocking] = useState(false);
  const lock = useCallback(async () => {
    setLocking(true);
    const result = await invoke('vault:lock', {});
    setLocking(false);
    if (result.ok) useVaultStatusStore.getState().setStatus(result.value);
    else notify.error(result.error.message);
  }, []);
  return { lock, locking };
}
