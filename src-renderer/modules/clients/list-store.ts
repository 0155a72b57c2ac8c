import type { ClientSummary } from '../../../src-shared/domain/client.js';
import { invoke } from '../../ipc/client.js';
import { createPagedListStore } from '../lists/paged-list-store.js';

/** The clients list: by name, narrowed by part of the name (the filter). */
export const useClientListStore = createPagedListStore<ClientSummary, string>({
  initialFilter: '',
  fetch: (query, page) => {
    const q = query.trim();
    return invoke('clients:list-clients', { ...page, sort: 'name', ...(q ? { nameContains: q } : {}) });
  },
});
