import { create } from 'zustand';
import type { ClientSummary } from '../../../src-shared/domain/client.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface ClientListState {
  items: ClientSummary[];
  total: number;
  page: number;
  rowsPerPage: number;
  query: string;
  loading: boolean;
  loaded: boolean;
  error: AppError | null;
  load(): Promise<void>;
  setPage(page: number): Promise<void>;
  setRowsPerPage(rows: number): Promise<void>;
  setQuery(query: string): Promise<void>;
  reset(): void;
}

const initial = { items: [], total: 0, page: 0, rowsPerPage: 25, query: '', loading: false, loaded: false, error: null };
let request = 0;

export const useClientListStore = create<ClientListState>()((set, get) => ({
  ...initial,
  load: async () => {
    const mine = ++request;
    const { page, rowsPerPage, query } = get();
    set({ loading: true });
    const q = query.trim();
    const result = await invoke('clients:list-clients', { limit: rowsPerPage, offset: page * rowsPerPage, sort: 'name', ...(q ? { nameContains: q } : {}) });
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
  setQuery: async (query) => {
    set({ query, page: 0 });
    await get().load();
  },
  reset: () => {
    request++;
    set(initial);
  },
}));
