import type { Job, JobStatus } from '../../../src-shared/domain/job.js';
import { invoke } from '../../ipc/client.js';
import { conflictMessage } from '../forms/record-form-store.js';
import { notify } from '../notifications/store.js';
import { jobStatusLabel } from './format.js';

/**
 * Open / on hold / filled / closed from the job's page. Answers the saved job, or — when someone else changed
 * it first — `stale` so the page re-reads the latest version instead of writing over it.
 */
export async function changeJobStatus(job: Job, status: JobStatus): Promise<{ kind: 'saved'; job: Job } | { kind: 'stale' } | { kind: 'failed' }> {
  if (status === job.status) return { kind: 'failed' };
  const r = await invoke('jobs:update-job', { id: job.id, version: job.version, patch: { status } });
  if (r.ok) {
    notify.success(`“${r.value.title}” is now ${jobStatusLabel[r.value.status].toLowerCase()}`);
    return { kind: 'saved', job: r.value };
  }
  if (r.error.code === 'conflict') {
    notify.error(conflictMessage('job'));
    return { kind: 'stale' };
  }
  notify.error(`Status not changed: ${r.error.message}`);
  return { kind: 'failed' };
}
