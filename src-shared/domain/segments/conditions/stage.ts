import { z } from 'zod';
import { stageTypes } from '../../job.js';
import { defineCondition, listText } from '../define.js';

/**
 * Currently in a pipeline stage: of any job or of one job, by stage type (interview, offer…) and/or by a
 * specific stage. With no stage given: in that job's pipeline at all.
 */
export const stageCondition = defineCondition(
  z
    .object({
      kind: z.literal('stage'),
      jobId: z.number().int().positive().nullable().default(null),
      stageTypes: z.array(z.enum(stageTypes)).max(stageTypes.length).default([]),
      stageIds: z.array(z.number().int().positive()).max(50).default([]),
    })
    .strict()
    .refine((c) => c.jobId !== null || c.stageTypes.length > 0 || c.stageIds.length > 0, { message: 'Pick a stage type or a job', path: ['stageTypes'] }),
)({
  kind: 'stage',
  label: 'Current stage',
  category: 'Pipeline',
  create: () => ({ kind: 'stage', jobId: null, stageTypes: [], stageIds: [] }),
  evaluate: (c, f) =>
    f.applications.some(
      (a) =>
        (c.jobId === null || a.jobId === c.jobId) &&
        ((c.stageTypes.length === 0 && c.stageIds.length === 0) || c.stageTypes.includes(a.stageType) || c.stageIds.includes(a.stageId)),
    ),
  describe: (c) => {
    const stages = [...c.stageTypes, ...c.stageIds.map((id) => `stage #${id}`)];
    return `Current stage${stages.length ? `: ${listText(stages)}` : ''}${c.jobId !== null ? ` in job #${c.jobId}` : ' in any job'}`;
  },
});
