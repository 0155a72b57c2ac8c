import { useEffect } from 'react';
import { on, onReconnect } from '../../../ipc/client.js';
import { useVaultStatusStore } from '../store.js';

/**
 * Keeps the vault state current: read once, then follow the core's pushed changes (a lock from the CLI or
 * another window arrives here too). After the event stream reconnects we re-read, as changes may have been missed.
 */
export function useVaultStatusSync(): void {
  useEffect(() => {
    const { refresh, setStatus } = useVaultStatusStore.getState();
    void refresh();
    const offStatus = on('vault:status-changed', setStatus);
    const offReconnect = onReconnect(() => void refresh());
    return () => {
      offStatus();
      offReconnect();
    };
  }, []);
}
