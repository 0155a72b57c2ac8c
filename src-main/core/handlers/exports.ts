import { randomUUID } from 'node:crypto';
import { getCandidate } from '../db/repositories/candidates.js';
import { commandLineOnly, defineHandlers } from '../ipc/handlers.js';
import { phoneRegion } from '../services/duplicates.js';
import { exportCandidatesCsv } from '../services/export/candidates-csv.js';
import { toJsonResume } from '../services/export/json-resume.js';
import { exportVaultJson, exportVaultJsonFile } from '../services/export/vault-json.js';
import { exportVcards } from '../services/export/vcard.js';
import { foldKey } from '../services/import/countries.js';
import { exclusiveJob } from '../services/import/jobs.js';
import { APP_VERSION } from '../version.js';

const slug = (s: string): string =>
  foldKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase() || 'candidate';

export const exportHandlers = defineHandlers({
  'export:vault-json': (req, ctx) => {
    const db = ctx.vault.database();
    const jobId = req.jobId ?? randomUUID();
    const now = ctx.clock.now();
    const started = performance.now();
    return exclusiveJob(db, 'vault export', async () => {
      const { json, tables } = await exportVaultJson(db, { exportedAt: now.toISOString(), appVersion: APP_VERSION }, (phase, done, total) =>
        ctx.emit('job:progress', { jobId, kind: 'export-vault', phase, done, total }),
      );
      return { filename: `rapport-vault-${now.toISOString().slice(0, 10)}.json`, json, tables, bytes: Buffer.byteLength(json), ms: Math.round(performance.now() - started) };
    });
  },
  'export:vault-json-file': (req, ctx) => {
    commandLineOnly(ctx, 'Exporting to a file path');
    const db = ctx.vault.database();
    const jobId = req.jobId ?? randomUUID();
    const now = ctx.clock.now();
    const started = performance.now();
    return exclusiveJob(db, 'vault export', async () => {
      const { file, tables, bytes } = await exportVaultJsonFile(db, { exportedAt: now.toISOString(), appVersion: APP_VERSION }, req.file, {
        overwrite: req.overwrite,
        progress: (phase, done, total) => ctx.emit('job:progress', { jobId, kind: 'export-vault', phase, done, total }),
      });
      return { file, tables, bytes, ms: Math.round(performance.now() - started) };
    });
  },
  'export:candidates-csv': (req, ctx) => exportCandidatesCsv(ctx.vault.database(), req.candidateIds, ctx.clock.now().toISOString().slice(0, 10)),
  'export:vcard': (req, ctx) => {
    const db = ctx.vault.database();
    return exportVcards(db, { ...req, defaultRegion: phoneRegion(db), date: ctx.clock.now().toISOString().slice(0, 10) });
  },
  'export:json-resume': (req, ctx) => {
    const c = getCandidate(ctx.vault.database(), req.candidateId);
    const resume = toJsonResume(c);
    return { filename: `${slug(c.displayName)}.resume.json`, resume, json: `${JSON.stringify(resume, null, 2)}\n` };
  },
});
