import { create } from 'zustand';
import type { CandidateFilters } from '../../../src-shared/domain/candidate.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';
import { cleanFilters, defaultColumns, fromSearch, fromSummary, PAGE_SIZE, pagesFor, SEARCH_WINDOW, type CandidateRow, type ColumnId } from './list-model.js';

export type SortKey = 'name' | 'updated' | 'created';

interface CandidateListState {
  /** Loaded pages only (PAGE_SIZE rows each), keyed by page number: the vault holds the rest; 100k rows never sit here. */
  pages: Record<number, CandidateRow[]>;
  /** Rows the list scrolls through: search results stop at SEARCH_WINDOW. */
  total: number;
  /** Every match of the search query (may exceed total); null when not searching. */
  matches: number | null;
  /** Bumped whenever the query changes, so late answers for an old query are dropped. */
  generation: number;
  sort: SortKey;
  direction: 'asc' | 'desc';
  filters: CandidateFilters;
  /** Recruiter search syntax; non-empty switches the list to ranked search results. */
  query: string;
  columns: ColumnId[];
  loading: boolean;
  loaded: boolean;
  error: AppError | null;
  /** A malformed search query: shown on the search box. */
  queryError: string | null;
  searchMs: number | null;
  /** Set while the vault rebuilds its search index in the background: results may be incomplete. */
  indexing: { pending: number; of: number } | null;
  load(): Promise<void>;
  ensureRange(first: number, last: number): void;
  setSort(sort: SortKey): Promise<void>;
  setFilters(filters: CandidateFilters): Promise<void>;
  setQuery(query: string): Promise<void>;
  setColumns(columns: ColumnId[]): void;
  applyView(view: { columns: ColumnId[]; sort: SortKey; direction: 'asc' | 'desc'; filters: CandidateFilters; query: string }): Promise<void>;
  reset(): void;
}

const initial = {
  pages: {},
  total: 0,
  matches: null,
  generation: 0,
  sort: 'updated' as SortKey,
  direction: 'desc' as const,
  filters: {},
  query: '',
  columns: defaultColumns,
  loading: false,
  loaded: false,
  error: null,
  queryError: null,
  searchMs: null,
  indexing: null,
};
const inFlight = new Set<string>();
/** At most this many pages (PAGE_SIZE rows each) are held at once. */
export const MAX_PAGES = 20;

export const useCandidateListStore = create<CandidateListState>()((set, get) => {
  async function fetchPage(page: number): Promise<void> {
    const { generation, query, sort, direction, filters } = get();
    const key = `${generation}:${page}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    set({ loading: true });
    try {
      const offset = page * PAGE_SIZE;
      if (query.trim()) {
        if (offset >= SEARCH_WINDOW) return;
        const r = await invoke('search:search-candidates', { query, limit: PAGE_SIZE, offset });
        if (get().generation !== generation) return;
        if (r.ok) {
          set((s) => ({
            pages: { ...s.pages, [page]: r.value.items.map(fromSearch) },
            total: Math.min(r.value.total, SEARCH_WINDOW),
            matches: r.value.total,
            loaded: true,
            error: null,
            queryError: null,
            searchMs: r.value.ms,
            indexing: r.value.indexing,
          }));
        } else if (r.error.code === 'invalid_input') {
          set({ queryError: r.error.message, pages: {}, total: 0, matches: null, loaded: true });
        } else set({ error: r.error });
      } else {
        const r = await invoke('candidates:list-candidates', { limit: PAGE_SIZE, offset, sort, direction, ...cleanFilters(filters) });
        if (get().generation !== generation) return;
        if (r.ok) {
          set((s) => ({ pages: { ...s.pages, [page]: r.value.items.map(fromSummary) }, total: r.value.total, matches: null, loaded: true, error: null, queryError: null, searchMs: null, indexing: null }));
        } else set({ error: r.error, loaded: true });
      }
    } finally {
      inFlight.delete(key);
      if (get().generation === generation && [...inFlight].every((k) => !k.startsWith(`${generation}:`))) set({ loading: false });
    }
  }

  const restart = async () => {
    set((s) => ({ generation: s.generation + 1, pages: {}, error: null }));
    await fetchPage(0);
  };

  return {
    ...initial,
    load: restart,
    ensureRange: (first, last) => {
      const { pages, total } = get();
      const wanted = pagesFor(first, last, total);
      // Keep memory flat however far the user scrolls: pages far from the window are dropped (and re-read if needed).
      const keys = Object.keys(pages).map(Number);
      if (keys.length > MAX_PAGES && wanted.length) {
        const mid = wanted[0]!;
        const keep = keys.sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid)).slice(0, MAX_PAGES);
        set({ pages: Object.fromEntries(keep.map((k) => [k, pages[k]!])) });
      }
      const now = get().pages;
      for (const p of wanted) if (!now[p]) void fetchPage(p);
    },
    setSort: async (sort) => {
      const s = get();
      const direction = s.sort === sort ? (s.direction === 'asc' ? 'desc' : 'asc') : sort === 'name' ? 'asc' : 'desc';
      set({ sort, direction });
      await restart();
    },
    setFilters: async (filters) => {
      set({ filters });
      await restart();
    },
    setQuery: async (query) => {
      if (query === get().query) return;
      set({ query });
      await restart();
    },
    setColumns: (columns) => set({ columns }),
    applyView: async (view) => {
      set({ columns: view.columns, sort: view.sort, direction: view.direction, filters: view.filters, query: view.query });
      await restart();
    },
    reset: () => set((s) => ({ ...initial, generation: s.generation + 1 })),
  };
});

/** Row `index` if its page is loaded. */
export const rowAt = (pages: Record<number, CandidateRow[]>, index: number): CandidateRow | undefined =>
  pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
