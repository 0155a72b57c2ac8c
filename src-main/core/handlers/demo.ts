import { randomUUID } from 'node:crypto';
import { entityCounts } from '../db/repositories/overview.js';
import { defineHandlers } from '../ipc/handlers.js';
import { generateSampleAgency } from '../services/sample/generator.js';
import { CodedError } from '../../../src-shared/ipc/result.js';

const loading = new WeakSet<object>();

export const demoHandlers = defineHandlers({
  'demo:load-sample': async (req, ctx) => {
    const db = ctx.vault.database();
    if (entityCounts(db).candidates > 0) {
      throw new CodedError('conflict', 'Sample data goes into an empty vault only; this vault already has candidates.');
    }
    if (loading.has(db)) throw new CodedError('conflict', 'Sample data is already being loaded.');
    loading.add(db);
    const started = performance.now();
    const jobId = randomUUID();
    // One outer transaction, committed in chunks' gaps: a failure leaves the vault empty, never half-filled.
    db.exec('BEGIN IMMEDIATE');
    try {
      await generateSampleAgency(db, {
        candidates: req.candidates,
        seed: req.seed,
        now: ctx.clock.now(),
        onProgress: (done, total, phase) => ctx.emit('job:progress', { jobId, kind: 'sample-data', phase, done, total }),
      });
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    } finally {
      loading.delete(db);
    }
    return { counts: entityCounts(db), ms: Math.round(performance.now() - started) };
  },
});
