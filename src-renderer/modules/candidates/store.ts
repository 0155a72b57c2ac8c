import { create } from 'zustand';
import type { CandidateSummary } from '../../../src-shared/domain/candidate.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface CandidateListState {
  /** The page on screen only: the vault holds the rest, and we ask again rather than keep a copy. */
  items: CandidateSummary[];
  total: number;
  page: number;
  rowsPerPage: number;
  loading: boolean;
  loaded: boolean;
  error: AppError | null;
  load(): Promise<void>;
  setPage(page: number): Promise<void>;
  setRowsPerPage(rows: number): Promise<void>;
  reset(): void;
}

const initial = { items: [], total: 0, page: 0, rowsPerPage: 25, loading: false, loaded: false, error: null };
let request = 0;

export const useCandidateListStore = create<CandidateListState>()((set, get) => ({
  ...initial,
  load: async () => {
    const mine = ++request;
    const { page, rowsPerPage } = get();
    set({ loading: true });
    const result = await invoke('candidates:list-candidates', { limit: rowsPerPage, offset: page * rowsPerPage });
    // Quick paging can overlap requests; only the latest may write.
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
  reset: () => {
    request++;
    set(initial);
  },
}));
