import { create } from 'zustand';
import type { DrilldownResult, DrilldownTarget } from '../../../src-shared/domain/kpi/dashboard.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';
import type { KpiFilterState } from './filter.js';

export const DRILLDOWN_PAGE = 25;

interface DrilldownState {
  target: DrilldownTarget | null;
  filter: KpiFilterState | null;
  result: DrilldownResult | null;
  page: number;
  loading: boolean;
  error: AppError | null;
  open(filter: KpiFilterState, target: DrilldownTarget): Promise<void>;
  setPage(page: number): Promise<void>;
  close(): void;
}

let request = 0;

/** The records behind the bar or point that was clicked. */
export const useKpiDrilldownStore = create<DrilldownState>()((set, get) => ({
  target: null,
  filter: null,
  result: null,
  page: 0,
  loading: false,
  error: null,
  open: async (filter, target) => {
    set({ filter, target, result: null, page: 0, error: null });
    await get().setPage(0);
  },
  setPage: async (page) => {
    const { filter, target } = get();
    if (!filter || !target) return;
    const mine = ++request;
    set({ page, loading: true });
    const result = await invoke('kpi:list-drilldown', { filter, target, limit: DRILLDOWN_PAGE, offset: page * DRILLDOWN_PAGE });
    if (mine !== request) return;
    if (result.ok) set({ result: result.value, loading: false, error: null });
    else set({ loading: false, error: result.error });
  },
  close: () => {
    request++;
    set({ target: null, filter: null, result: null, page: 0, loading: false, error: null });
  },
}));
