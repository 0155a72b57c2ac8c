import { create } from 'zustand';
import type { PersonaReport } from '../../../src-shared/ipc/contracts/personas.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface PersonaReportState {
  report: PersonaReport | null;
  loading: boolean;
  error: AppError | null;
  load(id: number): Promise<void>;
  reset(): void;
}

const initial = { report: null, loading: false, error: null };
let request = 0;

/** The persona page: the persona, its members' distribution and the best-matching members with reasons. */
export const usePersonaReportStore = create<PersonaReportState>()((set) => ({
  ...initial,
  load: async (id) => {
    const mine = ++request;
    set({ loading: true });
    const r = await invoke('personas:get-report', { id, limit: 50 });
    if (mine !== request) return;
    if (r.ok) set({ report: r.value, loading: false, error: null });
    else set({ loading: false, error: r.error });
  },
  reset: () => {
    request++;
    set(initial);
  },
}));
