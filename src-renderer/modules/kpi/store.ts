import { create } from 'zustand';
import type { KpiDashboard } from '../../../src-shared/domain/kpi/dashboard.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke, on } from '../../ipc/client.js';
import { defaultFilter, type KpiFilterState } from './filter.js';

interface KpiDashboardState {
  filter: KpiFilterState;
  dashboard: KpiDashboard | null;
  loading: boolean;
  /** Summaries being brought up to date (first view after a big import): done/total steps. */
  progress: { done: number; total: number } | null;
  error: AppError | null;
  load(): Promise<void>;
  setFilter(patch: Partial<KpiFilterState>): Promise<void>;
  /** Drops the figures but keeps the filter (leaving the screen; the filter is not data). */
  clear(): void;
  reset(): void;
}

let request = 0;

/** The dashboard's filter and the figures for it. Nothing is kept beyond the open session. */
export const useKpiDashboardStore = create<KpiDashboardState>()((set, get) => ({
  filter: defaultFilter(),
  dashboard: null,
  loading: false,
  progress: null,
  error: null,
  load: async () => {
    const mine = ++request;
    const jobId = `kpi-${mine}-${Date.now()}`;
    set({ loading: true, progress: null });
    const off = on('job:progress', (p) => {
      if (p.jobId === jobId && mine === request && p.total > 0) set({ progress: { done: p.done, total: p.total } });
    });
    const result = await invoke('kpi:get-dashboard', { filter: get().filter, jobId });
    off();
    // Quick filter changes overlap requests; only the latest may write.
    if (mine !== request) return;
    if (result.ok) set({ dashboard: result.value, loading: false, progress: null, error: null });
    else set({ loading: false, progress: null, error: result.error });
  },
  setFilter: async (patch) => {
    const next = { ...get().filter, ...patch };
    // A job belongs to a client: changing the client clears a job of another client.
    if ('clientId' in patch && patch.clientId !== get().filter.clientId && !('jobId' in patch)) next.jobId = null;
    set({ filter: next });
    await get().load();
  },
  clear: () => {
    request++;
    set({ dashboard: null, loading: false, progress: null, error: null });
  },
  reset: () => {
    request++;
    set({ filter: defaultFilter(), dashboard: null, loading: false, progress: null, error: null });
  },
}));
