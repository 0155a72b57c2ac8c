import { create } from 'zustand';
import type { Branding } from '../../../src-shared/domain/kpi/reports.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface BrandingState {
  branding: Branding | null;
  saving: boolean;
  error: AppError | null;
  load(): Promise<void>;
  save(patch: Partial<Branding>): Promise<boolean>;
  reset(): void;
}

/** The agency's name, colour and logo as reports print them. */
export const useBrandingStore = create<BrandingState>()((set) => ({
  branding: null,
  saving: false,
  error: null,
  load: async () => {
    const result = await invoke('reports:get-branding', {});
    if (result.ok) set({ branding: result.value, error: null });
    else set({ error: result.error });
  },
  save: async (patch) => {
    set({ saving: true });
    const result = await invoke('reports:update-branding', patch);
    if (result.ok) {
      set({ branding: result.value, saving: false, error: null });
      return true;
    }
    set({ saving: false, error: result.error });
    return false;
  },
  reset: () => set({ branding: null, saving: false, error: null }),
}));
