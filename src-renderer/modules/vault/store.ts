import { create } from 'zustand';
import type { VaultStatus } from '../../../src-shared/domain/vault.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface VaultStatusState {
  /** null until the core first answered. */
  status: VaultStatus | null;
  /** Why the status could not be read (host gone, wrong token); cleared by the next good answer. */
  error: AppError | null;
  setStatus(status: VaultStatus): void;
  refresh(): Promise<void>;
}

export const useVaultStatusStore = create<VaultStatusState>()((set) => ({
  status: null,
  error: null,
  setStatus: (status) => set({ status, error: null }),
  refresh: async () => {
    const result = await invoke('vault:get-status', {});
    if (result.ok) set({ status: result.value, error: null });
    else set({ error: result.error });
  },
}));
