import { create } from 'zustand';
import type { Res } from '../../../src-shared/ipc/contract.js';
import { invoke } from '../../ipc/client.js';

export type FilterOptions = Res<'kpi:list-filter-options'>;

interface FilterOptionsState {
  options: FilterOptions | null;
  /** The client whose jobs `options.jobs` lists (null: all, possibly truncated). */
  forClient: number | null;
  load(clientId: number | null): Promise<void>;
  reset(): void;
}

/** What the dashboard's filter menus offer. */
export const useKpiFilterOptionsStore = create<FilterOptionsState>()((set) => ({
  options: null,
  forClient: null,
  load: async (clientId) => {
    const result = await invoke('kpi:list-filter-options', { clientId });
    if (result.ok) set({ options: result.value, forClient: clientId });
  },
  reset: () => set({ options: null, forClient: null }),
}));
