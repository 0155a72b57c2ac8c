import { create } from 'zustand';

interface CandidateSelectionState {
  /** Ids, not rows: the selection survives scrolling pages out of memory. */
  ids: number[];
  toggle(id: number): void;
  setMany(ids: number[], selected: boolean): void;
  clear(): void;
}

export const useCandidateSelectionStore = create<CandidateSelectionState>()((set) => ({
  ids: [],
  toggle: (id) => set((s) => ({ ids: s.ids.includes(id) ? s.ids.filter((x) => x !== id) : [...s.ids, id] })),
  setMany: (ids, selected) =>
    set((s) => {
      if (!selected) {
        const drop = new Set(ids);
        return { ids: s.ids.filter((x) => !drop.has(x)) };
      }
      const have = new Set(s.ids);
      return { ids: [...s.ids, ...ids.filter((x) => !have.has(x))] };
    }),
  clear: () => set({ ids: [] }),
}));
