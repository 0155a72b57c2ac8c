import { create } from 'zustand';
import type { CandidateList, SegmentSummary } from '../../../src-shared/ipc/contracts/segments.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface SegmentListState {
  segments: SegmentSummary[];
  lists: CandidateList[];
  loading: boolean;
  loaded: boolean;
  error: AppError | null;
  load(): Promise<void>;
  reset(): void;
}

const initial = { segments: [], lists: [], loading: false, loaded: false, error: null };
let request = 0;

/** Saved segments (with today's count and their 30-day history) and static lists. */
export const useSegmentListStore = create<SegmentListState>()((set) => ({
  ...initial,
  load: async () => {
    const mine = ++request;
    set({ loading: true });
    const [segments, lists] = await Promise.all([invoke('segments:list-segments', {}), invoke('lists:list-lists', {})]);
    if (mine !== request) return;
    if (!segments.ok) return set({ loading: false, error: segments.error });
    if (!lists.ok) return set({ loading: false, error: lists.error });
    set({ segments: segments.value.items, lists: lists.value.items, loading: false, loaded: true, error: null });
  },
  reset: () => {
    request++;
    set(initial);
  },
}));
