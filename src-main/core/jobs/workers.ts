import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { WriteDb } from '../db/database.js';
import type { Logger } from '../ipc/ports.js';
import type { WorkerConnection } from '../vault/vault.js';
import type { MainMessage, WorkerJobName, WorkerJobs, WorkerMessage, WorkerStart } from './protocol.js';

export interface VaultWorkerOptions {
  /** The built worker bundle (dist/main/vault-worker.mjs); hosts know where their files are. */
  script: string;
  /** The main connection: it must not wait on the worker's write lock while the job runs (see run()). */
  database: () => WriteDb;
  connection: () => WorkerConnection;
  logger: Logger;
}

/**
 * Node flags for a vault worker (the job worker and the search reader): workers inherit the process's flags,
 * and a host started with `node --input-type=module -e …` would hand the worker a flag that Node refuses for a
 * file (ERR_INPUT_TYPE_NOT_ALLOWED).
 */
export const workerExecArgv = (): string[] => process.execArgv.filter((flag) => !flag.startsWith('--input-type'));

/** Thrown by a worker that died before opening the vault: the job never started, so it can run in-process. */
class WorkerUnavailable extends Error {}

/**
 * Runs bulk jobs on a worker thread with its own connection to the vault. The job's transaction, COMMIT and WAL
 * checkpoint then cost the main thread nothing; it keeps serving reads (WAL readers never wait for the writer).
 * While the worker holds the write lock, a write from the main thread fails at once with `busy` instead of
 * blocking the event loop in SQLite's busy handler.
 */
export class VaultWorkers {
  private readonly running = new Set<Worker>();
  /** Jobs that can be cancelled, by the caller's job id. */
  private readonly byJobId = new Map<string, { worker: Worker; cancel(): void }>();
  constructor(private readonly options: VaultWorkerOptions) {}

  /**
   * Stops every running job (the app is closing): a worker's open transaction dies with its connection, so an
   * all-or-nothing import leaves nothing behind. Without this, a running worker keeps the process alive.
   */
  async terminate(): Promise<void> {
    await Promise.all([...this.running].map((worker) => worker.terminate()));
  }

  /** Stops the job started with this id; its run() rejects with `cancelled`. False when no such job runs. */
  async cancel(jobId: string): Promise<boolean> {
    const job = this.byJobId.get(jobId);
    if (!job) return false;
    job.cancel();
    await job.worker.terminate();
    return true;
  }

  /** A worker-capable host without its bundle (e.g. a source checkout that was never built) runs jobs in-process. */
  static find(script: string | null | undefined): string | null {
    return script && existsSync(script) ? script : null;
  }

  async run<J extends WorkerJobName>(
    job: J,
    input: WorkerJobs[J]['input'],
    onProgress: (phase: string, done: number, total: number) => void,
    inProcess: () => Promise<WorkerJobs[J]['result']>,
    jobId?: string,
  ): Promise<WorkerJobs[J]['result']> {
    const db = this.options.database();
    const busy = db.pragma('busy_timeout', { simple: true }) as number;
    db.pragma('busy_timeout = 0');
    try {
      return (await this.spawn(job, input, onProgress, jobId)) as WorkerJobs[J]['result'];
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
      this.options.logger.error('vault worker unavailable; running the job in-process', { job, kind: error.message });
      db.pragma(`busy_timeout = ${busy}`);
      return await inProcess();
    } finally {
      if (db.open) db.pragma(`busy_timeout = ${busy}`);
    }
  }

  private spawn<J extends WorkerJobName>(
    job: J,
    input: WorkerJobs[J]['input'],
    onProgress: (phase: string, done: number, total: number) => void,
    jobId: string | undefined,
  ): Promise<unknown> {
    const connection = this.options.connection();
    const start: WorkerStart<J> = { job, connection, input };
    return new Promise((resolve, reject) => {
      let opened = false;
      let settled = false;
      let cancelled = false;
      const rows: unknown[] = [];
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
      };
      // The key's copy moves to the worker (transferred, not cloned): this thread keeps none.
      const worker = new Worker(this.options.script, {
        workerData: start,
        transferList: [connection.key.buffer as ArrayBuffer],
        execArgv: workerExecArgv(),
      });
      this.running.add(worker);
      if (jobId !== undefined) this.byJobId.set(jobId, { worker, cancel: () => (cancelled = true) });
      worker.on('message', (message: WorkerMessage) => {
        switch (message.kind) {
          case 'opened':
            opened = true;
            return;
          case 'progress':
            onProgress(message.phase, message.done, message.total);
            return;
          case 'rows':
            for (const row of message.rows) rows.push(row);
            setImmediate(() => worker.postMessage({ kind: 'more' } satisfies MainMessage));
            return;
          case 'result':
            settle(() => resolve(message.rowsSent ? { ...(message.value as object), rows } : message.value));
            return;
          case 'error':
            settle(() => reject(new CodedError(message.code, message.message, message.field)));
            return;
          case 'crash':
            settle(() => reject(Object.assign(new Error(`vault worker: ${message.name}`), { name: message.name, code: message.code })));
            return;
        }
      });
      worker.on('error', (error) => {
        settle(() => reject(opened ? error : new WorkerUnavailable(String((error as { code?: unknown }).code ?? error.name))));
      });
      worker.on('exit', (code) => {
        this.running.delete(worker);
        if (jobId !== undefined && this.byJobId.get(jobId)?.worker === worker) this.byJobId.delete(jobId);
        if (cancelled) settle(() => reject(new CodedError('cancelled', 'The job was cancelled.')));
        settle(() => reject(opened ? new Error(`vault worker exited (${code}) without a result`) : new WorkerUnavailable(`exit ${code}`)));
      });
    });
  }
}
