import { randomUUID } from 'node:crypto';
import { defineHandlers } from '../ipc/handlers.js';
import { computeDashboard } from '../services/kpi/dashboard.js';
import { drilldown } from '../services/kpi/drilldown.js';
import { filterOptions } from '../services/kpi/options.js';
import { loadKpiSettings, saveKpiSettings } from '../services/kpi/settings.js';
import { recordAudit } from '../services/write-meta.js';
import { writeContext } from './write-context.js';

export const kpiHandlers = defineHandlers({
  'kpi:get-dashboard': async (req, ctx) => {
    const jobId = req.jobId ?? randomUUID();
    const { dashboard } = await computeDashboard(ctx.vault.database(), req.filter, {
      now: ctx.clock.now(),
      onProgress: (phase, p) => ctx.emit('job:progress', { jobId, kind: 'kpi', phase, done: p.done, total: p.total }),
    });
    return dashboard;
  },
  'kpi:list-drilldown': (req, ctx) => drilldown(ctx.vault.database(), req.filter, req.target, req.limit, req.offset, ctx.clock.now()),
  'kpi:list-filter-options': (req, ctx) => filterOptions(ctx.vault.database(), req.clientId),
  'kpi:get-settings': (_req, ctx) => loadKpiSettings(ctx.vault.database()),
  'kpi:update-settings': (req, ctx) => {
    const db = ctx.vault.database();
    return db.transaction(() => {
      const before = loadKpiSettings(db);
      const after = saveKpiSettings(db, req);
      recordAudit(db, writeContext(ctx), 'settings', null, 'update', { 'kpi.settings': before }, { 'kpi.settings': after });
      return after;
    })();
  },
});
