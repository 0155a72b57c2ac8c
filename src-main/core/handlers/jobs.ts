import { getJob, listJobs } from '../db/repositories/jobs.js';
import { defineHandlers } from '../ipc/handlers.js';
import { addStage, createJob, deleteJob, removeStage, renameStage, reorderStages, updateJob } from '../services/jobs.js';
import { writeContext } from './write-context.js';

export const jobHandlers = defineHandlers({
  'jobs:create-job': (req, ctx) => createJob(ctx.vault.database(), req, writeContext(ctx)),
  'jobs:get-job': (req, ctx) => getJob(ctx.vault.database(), req.id),
  'jobs:update-job': (req, ctx) => updateJob(ctx.vault.database(), req.id, req.version, req.patch, writeContext(ctx)),
  'jobs:delete-job': (req, ctx) => {
    deleteJob(ctx.vault.database(), req.id, req.version, writeContext(ctx));
    return { id: req.id, deleted: true as const };
  },
  'jobs:list-jobs': (req, ctx) => listJobs(ctx.vault.database(), req),
  'jobs:add-stage': (req, ctx) => addStage(ctx.vault.database(), req, writeContext(ctx)),
  'jobs:rename-stage': (req, ctx) => renameStage(ctx.vault.database(), req, writeContext(ctx)),
  'jobs:reorder-stages': (req, ctx) => reorderStages(ctx.vault.database(), req, writeContext(ctx)),
  'jobs:remove-stage': (req, ctx) => removeStage(ctx.vault.database(), req, writeContext(ctx)),
});
