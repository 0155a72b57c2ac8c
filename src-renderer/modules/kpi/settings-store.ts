import { create } from 'zustand';
import type { KpiSettings, KpiSettingsInput } from '../../../src-shared/domain/kpi/settings.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface KpiSettingsState {
  settings: KpiSettings | null;
  saving: boolean;
  error: AppError | null;
  load(): Promise<void>;
  save(next: KpiSettingsInput): Promise<boolean>;
}

/** The agency's KPI targets and definition choices. */
export const useKpiSettingsStore = create<KpiSettingsState>()((set) => ({
  settings: null,
  saving: false,
  error: null,
  load: async () => {
    const result = await invoke('kpi:get-settings', {});
    if (result.ok) set({ settings: result.value, error: null });
    else set({ error: result.error });
  },
  save: async (next) => {
    set({ saving: true });
    const result = await invoke('kpi:update-settings', next);
    if (result.ok) {
      set({ settings: result.value, saving: false, error: null });
      return true;
    }
    set({ saving: false, error: result.error });
    return false;
  },
}));
