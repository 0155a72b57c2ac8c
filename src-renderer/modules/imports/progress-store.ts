import { create } from 'zustand';
import { on } from '../../ipc/client.js';

export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

interface ImportProgressState {
  /** Progress of running import jobs, by the job id the wizard gave the core. */
  jobs: Record<string, JobProgress>;
  listen(): () => void;
  clear(jobId: string): void;
}

export const useImportProgressStore = create<ImportProgressState>()((set) => ({
  jobs: {},
  listen: () =>
    on('job:progress', (p) => set((s) => ({ jobs: { ...s.jobs, [p.jobId]: { phase: p.phase, done: p.done, total: p.total } } }))),
  clear: (jobId) =>
    set((s) => {
      const { [jobId]: _gone, ...jobs } = s.jobs;
      return { jobs };
    }),
}));
