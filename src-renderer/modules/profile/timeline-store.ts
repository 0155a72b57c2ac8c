import { create } from 'zustand';
import type { Activity, ActivityFields } from '../../../src-shared/domain/activity.js';
import type { Channel } from '../../../src-shared/domain/candidate.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface CandidateTimelineState {
  candidateId: number | null;
  items: Activity[];
  total: number;
  /** Empty: every channel. */
  channels: Channel[];
  loading: boolean;
  load(candidateId: number): Promise<void>;
  setChannels(channels: Channel[]): Promise<void>;
  /** Shows the entry at once; removes it again if the core refuses. */
  log(input: Omit<ActivityFields, 'candidateId' | 'contactId' | 'jobId' | 'applicationId' | 'recruiterId'>): Promise<AppError | null>;
}

let tempId = -1;

export const useCandidateTimelineStore = create<CandidateTimelineState>()((set, get) => ({
  candidateId: null,
  items: [],
  total: 0,
  channels: [],
  loading: false,
  load: async (candidateId) => {
    if (get().candidateId !== candidateId) set({ candidateId, items: [], total: 0, channels: [] });
    set({ loading: true });
    const { channels } = get();
    const r = await invoke('activities:list-timeline', { candidateId, limit: 100, ...(channels.length ? { channels } : {}) });
    if (get().candidateId !== candidateId) return;
    set(r.ok ? { items: r.value.items, total: r.value.total, loading: false } : { loading: false });
  },
  setChannels: async (channels) => {
    set({ channels });
    const id = get().candidateId;
    if (id) await get().load(id);
  },
  log: async (input) => {
    const candidateId = get().candidateId;
    if (!candidateId) return { code: 'invalid_input', message: 'No candidate' };
    const optimistic: Activity = {
      id: tempId--,
      ...input,
      candidateId,
      contactId: null,
      jobId: null,
      applicationId: null,
      recruiterId: null,
      createdAt: new Date().toISOString(),
    };
    const shows = get().channels.length === 0 || get().channels.includes(input.channel);
    if (shows) set((s) => ({ items: [optimistic, ...s.items], total: s.total + 1 }));
    const r = await invoke('activities:log-activity', { ...input, candidateId });
    if (r.ok) {
      set((s) => ({ items: s.items.map((a) => (a.id === optimistic.id ? r.value : a)) }));
      return null;
    }
    if (shows) set((s) => ({ items: s.items.filter((a) => a.id !== optimistic.id), total: s.total - 1 }));
    return r.error;
  },
}));
