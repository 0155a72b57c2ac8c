import type { Job } from '../../../src-shared/domain/job.js';
import { invoke } from '../../ipc/client.js';
import { createRecordFormStore } from '../forms/record-form-store.js';
import { emptyJobForm, jobFieldForPath, jobFormFromJob, toJobInput, toJobPatch, validateJobForm, type JobFormValues } from './job-form.js';

/** The "New job" / "Edit job" dialog. */
export const useJobFormStore = createRecordFormStore<JobFormValues, Job>({
  noun: 'job',
  empty: emptyJobForm,
  fromRecord: jobFormFromJob,
  label: (j) => j.title,
  validate: validateJobForm,
  fieldForPath: jobFieldForPath,
  create: (values) => invoke('jobs:create-job', toJobInput(values)),
  update: (job, values, initial) => {
    const patch = toJobPatch(values, initial);
    return patch ? invoke('jobs:update-job', { id: job.id, version: job.version, patch }) : null;
  },
  get: (id) => invoke('jobs:get-job', { id }),
});
