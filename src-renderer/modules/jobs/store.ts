import { create } from 'zustand';
import type { JobStatus, JobSummary } from '../../../src-shared/domain/job.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

export type JobStatusFilter = 'active' | 'all' | JobStatus;

const statusesFor = (f: JobStatusFilter): JobStatus[] | undefined =>
  f === 'all' ? undefined : f === 'active' ? ['open', 'on_hold', 'draft'] : [f];

interface JobListState {
  items: JobSummary[];
  total: number;
  page: number;
  rowsPerPage: number;
  status: JobStatusFilter;
  loading: boolean;
  loaded: boolean;
  error: AppError | null;
  load(): Promise<void>;
  setPage(page: number): Promise<void>;
  setRowsPerPage(rows: number): Promise<void>;
  setStatus(status: JobStatusFilter): Promise<void>;
  reset(): void;
}

const initial = { items: [], total: 0, page: 0, rowsPerPage: 25, status: 'active' as JobStatusFilter, loading: false, loaded: false, error: null };
let request = 0;

export const useJobListStore = create<JobListState>()((set, get) => ({
  ...initial,
  load: async () => {
    const mine = ++request;
    const { page, rowsPerPage, status } = get();
    set({ loading: true });
    const statuses = statusesFor(status);
    const result = await invoke('jobs:list-jobs', { limit: rowsPerPage, offset: page * rowsPerPage, sort: 'updated', ...(statuses ? { status: statuses } : {}) });
    if (mine !== request) return;
    if (result.ok) set({ items: result.value.items, total: result.value.total, loading: false, loaded: true, error: null });
    else set({ loading: false, error: result.error });
  },
  setPage: async (page) => {
    set({ page });
    await get().load();
  },
  setRowsPerPage: async (rowsPerPage) => {
    set({ rowsPerPage, page: 0 });
    await get().load();
  },
  setStatus: async (status) => {
    set({ status, page: 0 });
    await get().load();
  },
  reset: () => {
    request++;
    set(initial);
  },
}));
