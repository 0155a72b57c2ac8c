import { create } from 'zustand';
import type { Candidate, CandidatePatch } from '../../../src-shared/domain/candidate.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';
import { notify } from '../notifications/store.js';

interface CandidateProfileState {
  /** What is on screen: the confirmed record with optimistic edits applied. */
  candidate: Candidate | null;
  /** The last version the core confirmed: what a refused edit rolls back to. */
  confirmed: Candidate | null;
  loading: boolean;
  error: AppError | null;
  /** Field → message, from local validation or the core's invalid_input. */
  fieldErrors: Record<string, string>;
  load(id: number): Promise<void>;
  /** Applies the patch at once, then asks the core; rolls back with a message if it refuses. Resolves true when saved. */
  update(patch: CandidatePatch, field: string): Promise<boolean>;
  setFieldError(field: string, message: string | null): void;
  reset(): void;
}

let chain: Promise<unknown> = Promise.resolve();

export const CONFLICT_MESSAGE = 'Someone else changed this candidate meanwhile: your edit was undone and the latest version is shown.';

export const useCandidateProfileStore = create<CandidateProfileState>()((set, get) => ({
  candidate: null,
  confirmed: null,
  loading: false,
  error: null,
  fieldErrors: {},
  load: async (id) => {
    set({ loading: true });
    const r = await invoke('candidates:get-candidate', { id });
    if (r.ok) set({ candidate: r.value, confirmed: r.value, loading: false, error: null });
    else set({ loading: false, error: r.error });
  },
  update: (patch, field) => {
    const shown = get().candidate;
    if (!shown) return Promise.resolve(false);
    const { [field]: _dropped, ...rest } = get().fieldErrors;
    set({ candidate: { ...shown, ...(patch as Partial<Candidate>) }, fieldErrors: rest });
    // Edits go one at a time so each carries the version the previous one produced.
    const run = async (): Promise<boolean> => {
      const base = get().confirmed;
      if (!base) return false;
      const r = await invoke('candidates:update-candidate', { id: base.id, version: base.version, patch });
      if (r.ok) {
        set({ candidate: r.value, confirmed: r.value });
        return true;
      }
      set({ candidate: get().confirmed });
      if (r.error.code === 'invalid_input') {
        set({ fieldErrors: { ...get().fieldErrors, [field]: r.error.message } });
        notify.error(`Not saved: ${r.error.message}`);
      } else if (r.error.code === 'conflict') {
        notify.error(CONFLICT_MESSAGE);
        await get().load(base.id);
      } else notify.error(`Not saved: ${r.error.message}`);
      return false;
    };
    const p = chain.then(run, run);
    chain = p;
    return p;
  },
  setFieldError: (field, message) => {
    const { [field]: _dropped, ...rest } = get().fieldErrors;
    set({ fieldErrors: message ? { ...rest, [field]: message } : rest });
  },
  reset: () => set({ candidate: null, confirmed: null, error: null, fieldErrors: {}, loading: false }),
}));
