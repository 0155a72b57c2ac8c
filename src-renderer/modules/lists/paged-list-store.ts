import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { AppError, Result } from '../../../src-shared/ipc/result.js';

export interface PagedListState<T, F> {
  items: T[];
  total: number;
  page: number;
  rowsPerPage: number;
  /** What narrows the list (a status, a name query, …); changing it goes back to the first page. */
  filter: F;
  loading: boolean;
  loaded: boolean;
  error: AppError | null;
  load(): Promise<void>;
  setPage(page: number): Promise<void>;
  setRowsPerPage(rows: number): Promise<void>;
  setFilter(filter: F): Promise<void>;
  reset(): void;
}

/**
 * One paged list screen's state (jobs, clients): a page of rows, its total, the filter, and only the newest
 * answer shown when requests overlap.
 */
export function createPagedListStore<T, F>(options: {
  initialFilter: F;
  fetch(filter: F, page: { limit: number; offset: number }): Promise<Result<{ items: T[]; total: number }>>;
}): UseBoundStore<StoreApi<PagedListState<T, F>>> {
  const initial = { items: [] as T[], total: 0, page: 0, rowsPerPage: 25, filter: options.initialFilter, loading: false, loaded: false, error: null };
  let request = 0;
  return create<PagedListState<T, F>>()((set, get) => ({
    ...initial,
    load: async () => {
      const mine = ++request;
      const { page, rowsPerPage, filter } = get();
      set({ loading: true });
      const result = await options.fetch(filter, { limit: rowsPerPage, offset: page * rowsPerPage });
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
    setFilter: async (filter) => {
      set({ filter, page: 0 });
      await get().load();
    },
    reset: () => {
      request++;
      set(initial);
    },
  }));
}
