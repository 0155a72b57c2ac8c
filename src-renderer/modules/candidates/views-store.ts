import { create } from 'zustand';
import type { CandidateView } from '../../../src-shared/ipc/contracts/views.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface SavedViewsState {
  /** Saved list views, kept in the vault (settings), never in browser storage. */
  items: CandidateView[];
  load(): Promise<void>;
  save(view: CandidateView): Promise<AppError | null>;
  remove(name: string): Promise<AppError | null>;
}

export const useSavedViewsStore = create<SavedViewsState>()((set) => ({
  items: [],
  load: async () => {
    const r = await invoke('views:list-views', {});
    if (r.ok) set({ items: r.value.items });
  },
  save: async (view) => {
    const r = await invoke('views:save-view', view);
    if (!r.ok) return r.error;
    set({ items: r.value.items });
    return null;
  },
  remove: async (name) => {
    const r = await invoke('views:delete-view', { name });
    if (!r.ok) return r.error;
    set({ items: r.value.items });
    return null;
  },
}));
