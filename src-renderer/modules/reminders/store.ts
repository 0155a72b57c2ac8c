import { create } from 'zustand';
import type { Reminder } from '../../../src-shared/domain/reminders/reminder.js';
import type { SnoozePreset } from '../../../src-shared/domain/reminders/schedule.js';
import type { ReqInput } from '../../../src-shared/ipc/contract.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

export type Bucket = 'overdue' | 'today' | 'upcoming' | 'done';
export interface Counts {
  overdue: number;
  today: number;
  upcoming: number;
}

interface ReminderState {
  counts: Counts | null;
  bucket: Bucket;
  items: Reminder[];
  total: number;
  loading: boolean;
  error: AppError | null;
  /** Bumped on every change so other views (profile, dashboard panel) can reload. */
  revision: number;
  setBucket(bucket: Bucket): void;
  load(): Promise<void>;
  loadCounts(): Promise<void>;
  create(input: ReqInput<'reminders:create-reminder'>): Promise<Reminder | AppError>;
  snooze(id: number, preset: SnoozePreset | { until: string }): Promise<boolean>;
  complete(input: ReqInput<'reminders:complete-reminder'>): Promise<boolean>;
  cancel(id: number): Promise<boolean>;
  reset(): void;
}

export const useReminderStore = create<ReminderState>()((set, get) => {
  const changed = async () => {
    set((s) => ({ revision: s.revision + 1 }));
    await Promise.all([get().load(), get().loadCounts()]);
  };
  return {
    counts: null,
    bucket: 'today',
    items: [],
    total: 0,
    loading: false,
    error: null,
    revision: 0,
    setBucket(bucket) {
      set({ bucket });
      void get().load();
    },
    async load() {
      const bucket = get().bucket;
      set({ loading: true });
      const r = await invoke('reminders:list-reminders', { bucket, limit: 200 });
      if (get().bucket !== bucket) return;
      set(r.ok ? { items: r.value.items, total: r.value.total, loading: false, error: null } : { loading: false, error: r.error });
    },
    async loadCounts() {
      const r = await invoke('reminders:count-reminders', {});
      if (r.ok) set({ counts: r.value });
    },
    async create(input) {
      const r = await invoke('reminders:create-reminder', input);
      if (!r.ok) return r.error;
      await changed();
      return r.value;
    },
    async snooze(id, preset) {
      const r = await invoke('reminders:snooze-reminder', typeof preset === 'string' ? { id, preset } : { id, until: preset.until });
      if (!r.ok) {
        set({ error: r.error });
        return false;
      }
      await changed();
      return true;
    },
    async complete(input) {
      const r = await invoke('reminders:complete-reminder', input);
      if (!r.ok) {
        set({ error: r.error });
        return false;
      }
      await changed();
      return true;
    },
    async cancel(id) {
      const r = await invoke('reminders:cancel-reminder', { id });
      if (!r.ok) return false;
      await changed();
      return true;
    },
    reset() {
      set({ counts: null, items: [], total: 0, error: null, bucket: 'today' });
    },
  };
});

/** The badge: what needs attention now (overdue, which includes "due now") plus the rest of today. */
export const badgeCount = (c: Counts | null): number => (c ? c.overdue + c.today : 0);
