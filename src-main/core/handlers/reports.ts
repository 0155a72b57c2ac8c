import { randomUUID } from 'node:crypto';
import { defineHandlers } from '../ipc/handlers.js';
import { getBranding, updateBranding } from '../services/reports/branding.js';
import { candidateProfile } from '../services/reports/candidate-profile.js';
import { kpiReport } from '../services/reports/kpi-report.js';
import { recordAudit } from '../services/write-meta.js';
import { writeContext } from './write-context.js';

export const reportHandlers = defineHandlers({
  'reports:get-branding': (_req, ctx) => getBranding(ctx.vault.database()),
  'reports:update-branding': (req, ctx) => {
    const db = ctx.vault.database();
    return db.transaction(() => {
      const before = getBranding(db);
      const after = updateBranding(db, req);
      // The logo itself is not copied into the audit log; whether it changed is enough.
      const brief = (b: typeof before) => ({ agencyName: b.agencyName, colour: b.colour, logo: b.logo ? `${b.logo.mime}, ${b.logo.base64.length} base64 chars` : null });
      recordAudit(db, writeContext(ctx), 'settings', null, 'update', { branding: brief(before) }, { branding: brief(after) });
      return after;
    })();
  },
  'reports:generate-kpi-report': (req, ctx) => {
    const jobId = req.jobId ?? randomUUID();
    return kpiReport(ctx.vault.database(), req.filter, {
      now: ctx.clock.now(),
      onProgress: (phase, p) => ctx.emit('job:progress', { jobId, kind: 'report', phase, done: p.done, total: p.total }),
    });
  },
  'reports:generate-candidate-profile': async (req, ctx) => {
    const jobId = req.jobId ?? randomUUID();
    ctx.emit('job:progress', { jobId, kind: 'report', phase: 'report', done: 0, total: 1 });
    const file = await candidateProfile(ctx.vault.database(), req.candidateId, req.anonymize, ctx.clock.now());
    ctx.emit('job:progress', { jobId, kind: 'report', phase: 'report', done: 1, total: 1 });
    return file;
  },
});
