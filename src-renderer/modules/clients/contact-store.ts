import { create } from 'zustand';
import type { Activity } from '../../../src-shared/domain/activity.js';
import type { Contact } from '../../../src-shared/domain/client.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface ContactState {
  contact: Contact | null;
  activities: Activity[];
  activityTotal: number;
  loading: boolean;
  error: AppError | null;
  load(id: number): Promise<void>;
  reset(): void;
}

const initial = { contact: null, activities: [], activityTotal: 0, loading: false, error: null };
let request = 0;

/** A contact and the newest 100 entries of their activity timeline. */
export const useContactStore = create<ContactState>()((set) => ({
  ...initial,
  load: async (id) => {
    const mine = ++request;
    set({ ...initial, loading: true });
    const [contact, timeline] = await Promise.all([invoke('contacts:get-contact', { id }), invoke('activities:list-timeline', { contactId: id, limit: 100 })]);
    if (mine !== request) return;
    if (!contact.ok) return set({ loading: false, error: contact.error });
    if (!timeline.ok) return set({ loading: false, error: timeline.error });
    set({ contact: contact.value, activities: timeline.value.items, activityTotal: timeline.value.total, loading: false, error: null });
  },
  reset: () => {
    request++;
    set(initial);
  },
}));
