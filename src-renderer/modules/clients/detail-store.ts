import { create } from 'zustand';
import type { Client, Contact } from '../../../src-shared/domain/client.js';
import type { JobSummary } from '../../../src-shared/domain/job.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';

interface ClientDetailState {
  client: Client | null;
  contacts: Contact[];
  jobs: JobSummary[];
  jobTotal: number;
  loading: boolean;
  error: AppError | null;
  /** `keep` leaves the page as it is while re-reading (after an edit), instead of blanking it. */
  load(id: number, options?: { keep?: boolean }): Promise<void>;
  reset(): void;
}

const initial = { client: null, contacts: [], jobs: [], jobTotal: 0, loading: false, error: null };
let request = 0;

/** One client with its contacts and jobs, read together so the page fills in one step. */
export const useClientDetailStore = create<ClientDetailState>()((set) => ({
  ...initial,
  load: async (id, { keep = false } = {}) => {
    const mine = ++request;
    set(keep ? { loading: true } : { ...initial, loading: true });
    const [client, contacts, jobs] = await Promise.all([
      invoke('clients:get-client', { id }),
      invoke('contacts:list-contacts', { clientId: id, limit: 500 }),
      invoke('jobs:list-jobs', { clientId: id, limit: 500, sort: 'updated' }),
    ]);
    if (mine !== request) return;
    const failed = [client, contacts, jobs].find((r) => !r.ok);
    if (failed && !failed.ok) {
      set({ loading: false, error: failed.error });
      return;
    }
    if (client.ok && contacts.ok && jobs.ok) {
      set({ client: client.value, contacts: contacts.value.items, jobs: jobs.value.items, jobTotal: jobs.value.total, loading: false, error: null });
    }
  },
  reset: () => {
    request++;
    set(initial);
  },
}));
