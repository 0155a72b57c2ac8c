import { create } from 'zustand';
import type { PersonaSummary } from '../../../src-shared/ipc/contracts/personas.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface PersonaListState {
  items: PersonaSummary[];
  loaded: boolean;
  loading: boolean;
  error: AppError | null;
  load(): Promise<void>;
  reset(): void;
}

const initial = { items: [], loaded: false, loading: false, error: null };
let request = 0;

/** Personas with their segment and its member count now. */
export const usePersonaListStore = create<PersonaListState>()((set) => ({
  ...initial,
  load: async () => {
    const mine = ++request;
    set({ loading: true });
    const r = await invoke('personas:list-personas', {});
    if (mine !== request) return;
    if (r.ok) set({ items: r.value.items, loaded: true, loading: false, error: null });
    else set({ loading: false, error: r.error });
  },
  reset: () => {
    request++;
    set(initial);
  },
}));
