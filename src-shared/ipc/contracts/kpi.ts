import { z } from 'zod';
import { drilldownResult, drilldownTarget, kpiDashboard, kpiFilter } from '../../domain/kpi/dashboard.js';
import { kpiSettings } from '../../domain/kpi/settings.js';
import { empty } from './common.js';

const progressId = z.string().min(1).max(64).optional();
const named = z.object({ id: z.number().int(), name: z.string() });

export const kpiContract = {
  /** Every KPI card and chart for a filter, compared with the period before. Reports `job:progress` (kind `kpi`) while summarising. */
  'kpi:get-dashboard': { req: z.object({ filter: kpiFilter, jobId: progressId }).strict(), res: kpiDashboard },
  /** The applications behind one bar or point of a chart. */
  'kpi:list-drilldown': {
    req: z
      .object({
        filter: kpiFilter,
        target: drilldownTarget,
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    res: drilldownResult,
  },
  /** What the filter menus offer. Jobs are listed per client once there are many. */
  'kpi:list-filter-options': {
    req: z.object({ clientId: z.number().int().positive().nullable().default(null) }).strict(),
    res: z.object({
      clients: z.array(named),
      jobs: z.array(z.object({ id: z.number().int(), title: z.string(), clientName: z.string() })),
      /** True when only some jobs are listed: pick a client to see all of its jobs. */
      jobsTruncated: z.boolean(),
      recruiters: z.array(named),
      sources: z.array(z.string()),
      segments: z.array(named),
      segmentsAvailable: z.boolean(),
    }),
  },
  'kpi:get-settings': { req: empty, res: kpiSettings },
  /** Replaces the KPI choices and targets (send the whole object; omitted fields take their defaults). */
  'kpi:update-settings': { req: kpiSettings, res: kpiSettings },
} as const;
