import { create } from 'zustand';
import type { Res } from '../../../src-shared/ipc/contract.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

export type Overview = Res<'app:get-overview'>;

interface OverviewState {
  overview: Overview | null;
  error: AppError | null;
  loading: boolean;
  load(): Promise<void>;
  reset(): void;
}

/** The agency overview (counts, onboarding flags). Read on demand, never cached beyond the open session. */
export const useOverviewStore = create<OverviewState>()((set) => ({
  overview: null,
  error: null,
  loading: false,
  load: async () => {
    set({ loading: true });
    const result = await invoke('app:get-overview', {});
    if (result.ok) set({ overview: result.value, error: null, loading: false });
    else set({ error: result.error, loading: false });
  },
  reset: () => set({ overview: null, error: null, loading: false }),
}));
