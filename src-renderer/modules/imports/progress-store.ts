import { create } from 'zustand';
import { on } from '../../ipc/client.js';
import { advanceCsvProgress } from './import-model.js';

export interface JobProgress {
  phase: string;
  done: number;
  total: number;
  /** CSV imports: the step shown (index into CSV_IMPORT_STEPS; never decreases). 0 for other kinds. */
  step: number;
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
    on('job:progress', (p) =>
      set((s) => ({
        jobs: {
          ...s.jobs,
          [p.jobId]: p.kind === 'import-csv' ? advanceCsvProgress(s.jobs[p.jobId], p) : { phase: p.phase, done: p.done, total: p.total, step: 0 },
        },
      })),
    ),
  clear: (jobId) =>
    set((s) => {
      const { [jobId]: _gone, ...jobs } = s.jobs;
      return { jobs };
    }),
}));
