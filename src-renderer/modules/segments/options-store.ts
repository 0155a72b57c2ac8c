import { create } from 'zustand';
import type { Res } from '../../../src-shared/ipc/contract.js';
import { invoke } from '../../ipc/client.js';

type Options = Res<'segments:get-options'>;
export type JobOption = Res<'segments:suggest-jobs'>['items'][number];

interface OptionsState extends Options {
  loaded: boolean;
  /** Jobs seen so far (picked or named by a saved segment), so their titles and stages can be shown. */
  jobs: Record<number, JobOption>;
  load(): Promise<void>;
  rememberJobs(jobs: JobOption[]): void;
  ensureJobs(ids: number[]): Promise<void>;
  reset(): void;
}

const initial = { owners: [], lists: [], pools: [], loaded: false, jobs: {} };

/** The small pick lists the condition editors share: owners, lists, pools, and the jobs in use. */
export const useSegmentOptionsStore = create<OptionsState>()((set, get) => ({
  ...initial,
  load: async () => {
    const r = await invoke('segments:get-options', {});
    if (r.ok) set({ ...r.value, loaded: true });
  },
  rememberJobs: (jobs) => set({ jobs: { ...get().jobs, ...Object.fromEntries(jobs.map((j) => [j.id, j])) } }),
  ensureJobs: async (ids) => {
    const missing = ids.filter((id) => !get().jobs[id]);
    if (missing.length === 0) return;
    const r = await invoke('segments:suggest-jobs', { ids: missing, limit: 50 });
    if (r.ok) get().rememberJobs(r.value.items);
  },
  reset: () => set(initial),
}));
