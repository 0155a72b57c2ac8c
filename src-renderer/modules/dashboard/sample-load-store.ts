import { create } from 'zustand';
import type { EventPayload } from '../../../src-shared/ipc/events.js';
import { invoke, on } from '../../ipc/client.js';
import { notify } from '../notifications/store.js';
import { useOverviewStore } from './store.js';

export type JobProgress = EventPayload<'job:progress'>;

interface SampleLoadState {
  running: boolean;
  /** How many candidates the running load makes. */
  size: number | null;
  /** The latest `job:progress` report of the running load; null before the first one arrives. */
  progress: JobProgress | null;
  error: string | null;
  load(candidates: number): Promise<void>;
}

const number = new Intl.NumberFormat();

/**
 * The sample-data load outlives the dashboard card that starts it: leaving the screen mid-load and coming
 * back must show the same progress, not a fresh offer that would start a second, conflicting load.
 */
export const useSampleLoadStore = create<SampleLoadState>()((set, get) => ({
  running: false,
  size: null,
  progress: null,
  error: null,
  load: async (candidates) => {
    if (get().running) return;
    set({ running: true, size: candidates, progress: null, error: null });
    // The job id is only known from its first report (the call answers when the job is done): follow the kind.
    const off = on('job:progress', (p) => {
      if (p.kind === 'sample-data') set({ progress: p });
    });
    const result = await invoke('demo:load-sample', { candidates });
    off();
    if (!result.ok) {
      set({ running: false, progress: null, error: result.error.message });
      return;
    }
    await useOverviewStore.getState().load();
    set({ running: false, progress: null });
    const seconds = (result.value.ms / 1000).toFixed(1);
    notify.success(`Sample agency loaded: ${number.format(result.value.counts.candidates)} candidates in ${seconds} s`);
  },
}));
