import { randomUUID } from 'node:crypto';
import { candidateInput } from '../../../src-shared/domain/candidate.js';
import { commandLineOnly, defineHandlers, type HandlerContext } from '../ipc/handlers.js';
import type { WriteDb } from '../db/database.js';
import { getCandidate } from '../db/repositories/candidates.js';
import { addAttachment } from '../services/attachments.js';
import { createCandidate } from '../services/candidates.js';
import { findDuplicates, phoneRegion } from '../services/duplicates.js';
import { fromJsonResume } from '../services/export/json-resume.js';
import { importVaultJson, importVaultJsonFile } from '../services/export/vault-json.js';
import { decodeBase64, previewCsv, runCsvImport, WORKER_COMMIT_ROWS } from '../services/import/csv-import.js';
import { exclusiveJob } from '../services/import/jobs.js';
import { mergeEmptyFields } from '../services/import/merge.js';
import { parseResumeFile, runResumeImport, saveResume, toCandidateMatches, type ResumeEnv } from '../services/resumes/resume-import.js';
import { writeContext } from './write-context.js';
import type { VaultWorkers } from '../jobs/workers.js';
import { CodedError } from '../../../src-shared/ipc/result.js';

const progressFor = (ctx: HandlerContext, kind: string, jobId: string) => (phase: string, done: number, total: number) =>
  ctx.emit('job:progress', { jobId, kind, phase, done, total });

const resumeEnv = (ctx: HandlerContext, db: WriteDb, progress?: ResumeEnv['progress']): ResumeEnv => ({
  db,
  w: writeContext(ctx),
  defaultRegion: phoneRegion(db),
  ...(progress ? { progress } : {}),
});

export const importHandlers = defineHandlers({
  'import:preview-csv': (req) => previewCsv(decodeBase64(req.content), req),

  'import:run-csv': (req, ctx) => {
    const db = ctx.vault.database();
    const jobId = req.jobId ?? randomUUID();
    const w = writeContext(ctx);
    const progress = progressFor(ctx, 'import-csv', jobId);
    const env = { at: w.at, actor: w.actor, defaultRegion: phoneRegion(db) };
    const inProcess = () => runCsvImport({ db, ...env, progress }, decodeBase64(req.content), { ...req, jobId });
    const onWorker = (workers: VaultWorkers) =>
      workers.run('csv-import', { env, req: { ...req, jobId } }, progress, inProcess, jobId).catch((error: unknown) => {
        if (!(error instanceof CodedError && error.code === 'cancelled')) throw error;
        throw new CodedError(
          'cancelled',
          req.onError === 'skip' && !req.dryRun
            ? `Import cancelled. Rows saved before it stopped (every ${WORKER_COMMIT_ROWS.toLocaleString('en')} rows) are kept; the rest were not imported.`
            : 'Import cancelled; nothing was imported.',
        );
      });
    return exclusiveJob(db, 'CSV import', () => (ctx.workers ? onWorker(ctx.workers) : inProcess()));
  },

  'import:parse-resume': (req, ctx) => {
    const db = ctx.vault.database();
    return parseResumeFile(resumeEnv(ctx, db), req.filename, decodeBase64(req.content));
  },

  'import:save-resume': (req, ctx) => {
    const db = ctx.vault.database();
    return exclusiveJob(db, 'resume import', () => saveResume(resumeEnv(ctx, db), req));
  },

  'import:run-resumes': (req, ctx) => {
    const db = ctx.vault.database();
    const jobId = req.jobId ?? randomUUID();
    return exclusiveJob(db, 'resume import', () =>
      runResumeImport(resumeEnv(ctx, db, progressFor(ctx, 'import-resumes', jobId)), req.files, { dryRun: req.dryRun, jobId }),
    );
  },

  'import:cancel-job': async (req, ctx) => ({ cancelled: ctx.workers ? await ctx.workers.cancel(req.jobId) : false }),

  'import:vault-json': (req, ctx) => {
    const db = ctx.vault.database();
    const jobId = req.jobId ?? randomUUID();
    const started = performance.now();
    const progress = progressFor(ctx, 'import-vault', jobId);
    const inProcess = () => importVaultJson(db, req.json, progress);
    return exclusiveJob(db, 'vault import', async () => {
      // On the worker, parsing a large export and its one long transaction never hold the main event loop.
      const result = ctx.workers ? await ctx.workers.run('vault-json-import', { json: req.json }, progress, inProcess, jobId) : await inProcess();
      return { ...result, ms: Math.round(performance.now() - started) };
    });
  },

  'import:vault-json-file': (req, ctx) => {
    commandLineOnly(ctx, 'Restoring from a file path');
    const db = ctx.vault.database();
    const started = performance.now();
    const progress = progressFor(ctx, 'import-vault', req.jobId ?? randomUUID());
    // In-process: only the command line gets here, and it has no window to keep responsive.
    return exclusiveJob(db, 'vault import', async () => ({ ...(await importVaultJsonFile(db, req.file, progress)), ms: Math.round(performance.now() - started) }));
  },

  'import:json-resume': (req, ctx) => {
    const db = ctx.vault.database();
    const w = writeContext(ctx);
    const region = phoneRegion(db);
    const { fields, messages } = fromJsonResume(req.resume);
    const { exact, likely } = findDuplicates(db, fields, { defaultRegion: region });
    const matches = toCandidateMatches(exact, likely);
    const target = exact[0]?.candidateId ?? null;
    if (target !== null && req.duplicates === 'skip') {
      return { status: 'duplicate' as const, candidateId: target, attachmentId: null, matches, messages: [...messages, `Already in the vault as candidate #${target}; not imported (duplicates: skip)`] };
    }
    const merge = target !== null && req.duplicates === 'merge-empty-fields';
    if (req.dryRun) return { status: merge ? ('updated' as const) : ('created' as const), candidateId: merge ? target : null, attachmentId: null, matches, messages };
    const json = JSON.stringify(req.resume, null, 2);
    return exclusiveJob(db, 'JSON Resume import', async () =>
      db.transaction(() => {
        let candidateId: number;
        if (merge) {
          const changed = mergeEmptyFields(db, target, candidateInput.parse(fields), w, region);
          messages.push(changed.length > 0 ? `Filled ${changed.join(', ')} of candidate #${target}` : `Candidate #${target} already had everything`);
          candidateId = target;
        } else {
          candidateId = createCandidate(db, fields, { allowDuplicate: true }, w).id;
        }
        // The document itself is kept: it holds what the candidate record has no field for (summary, projects…).
        const attachment = addAttachment(
          db,
          { candidateId, filename: req.filename, mime: 'application/json', kind: 'resume', contentBase64: Buffer.from(json, 'utf8').toString('base64'), text: json },
          w,
        );
        getCandidate(db, candidateId);
        return { status: merge ? ('updated' as const) : ('created' as const), candidateId, attachmentId: attachment.id, matches, messages };
      })(),
    );
  },
});
