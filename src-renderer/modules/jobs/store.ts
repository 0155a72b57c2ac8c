import type { JobStatus, JobSummary } from '../../../src-shared/domain/job.js';
import { invoke } from '../../ipc/client.js';
import { createPagedListStore } from '../lists/paged-list-store.js';

export type JobStatusFilter = 'active' | 'all' | JobStatus;

const statusesFor = (f: JobStatusFilter): JobStatus[] | undefined =>
  f === 'all' ? undefined : f === 'active' ? ['open', 'on_hold', 'draft'] : [f];

/** The jobs list: newest change first, filtered by status (the filter). */
export const useJobListStore = createPagedListStore<JobSummary, JobStatusFilter>({
  initialFilter: 'active',
  fetch: (status, page) => {
    const statuses = statusesFor(status);
    return invoke('jobs:list-jobs', { ...page, sort: 'updated', ...(statuses ? { status: statuses } : {}) });
  },
});
