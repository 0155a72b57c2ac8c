import { Worker } from 'node:worker_threads';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { Logger } from '../ipc/ports.js';
import type { MatchCounter } from '../services/search.js';
import type { WorkerConnection } from '../vault/vault.js';
import type { ReaderReply, ReaderRequest, ReaderStart } from './protocol.js';
import { workerExecArgv } from './workers.js';

export interface SearchReaderOptions {
  /** The vault worker bundle; it runs the reader when started with ReaderStart. */
  script: string;
  connection: () => WorkerConnection;
  logger: Logger;
}

/** A reader that could not open is tried again after this long (searches count in place meanwhile). */
const RETRY_AFTER_MS = 30_000;

type Pending = { resolve(value: unknown): void; reject(error: unknown): void };

/** The reader went away (stopped, crashed, or never opened): the caller counts on its own connection. */
export class ReaderGone extends Error {
  override name = 'ReaderGone';
  constructor(
    message: string,
    /** `stopped` and `not-running` are the app's own doing (lock, rekey, start-up): nothing to report. */
    readonly reason: 'stopped' | 'not-running' | 'exited' | 'crashed',
  ) {
    super(message);
  }
}

/**
 * A second, read-only connection to the unlocked vault on a worker thread, kept open while the vault is: it
 * counts a search's matches while the main connection ranks them (searchCandidatesCounted). It holds a copy of the data key, so it lives exactly
 * as long as the unlock: stopped on lock, on close and before a rekey (SQLCipher's rekey needs the file to
 * itself, and the old key would no longer read it).
 */
export class SearchReader implements MatchCounter {
  private worker: Worker | null = null;
  private ready = false;
  private held = 0;
  /** When a worker last died before opening the vault: searches ask for a start each time; not every time. */
  private failedAt = -Infinity;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly options: SearchReaderOptions) {}

  /** True once the worker has opened the vault; until then searches count on the main connection. */
  get available(): boolean {
    return this.ready && this.worker !== null;
  }

  /** Starts the worker unless one runs or a hold() is in force. Never throws: without it, searches count in place. */
  start(): void {
    if (this.worker || this.held > 0 || performance.now() - this.failedAt < RETRY_AFTER_MS) return;
    let connection: WorkerConnection;
    try {
      connection = this.options.connection();
    } catch {
      return; // locked
    }
    const start: ReaderStart = { job: 'search-reader', connection };
    let worker: Worker;
    try {
      worker = new Worker(this.options.script, {
        workerData: start,
        transferList: [connection.key.buffer as ArrayBuffer],
        execArgv: workerExecArgv(),
      });
    } catch (error) {
      connection.key.fill(0);
      this.options.logger.error('search reader could not start', { kind: String((error as { code?: unknown }).code ?? (error as Error).name) });
      return;
    }
    // Idle, it must not keep the process alive; while a request waits, it must (see request()).
    worker.unref();
    this.worker = worker;
    worker.on('message', (message: ReaderReply) => {
      if (message.kind === 'opened') {
        if (this.worker === worker) this.ready = true;
        return;
      }
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (this.pending.size === 0) worker.unref();
      if (message.kind === 'reply') waiting.resolve(message.value);
      else if (message.kind === 'error') waiting.reject(new CodedError(message.code, message.message, message.field));
      else waiting.reject(new ReaderGone(`search reader: ${message.name} ${message.code}`.trim(), 'crashed'));
    });
    worker.on('error', (error) => this.options.logger.error('search reader failed', { kind: String((error as { code?: unknown }).code ?? error.name) }));
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      if (!this.ready) this.failedAt = performance.now();
      this.worker = null;
      this.ready = false;
      this.failAll(new ReaderGone('search reader exited', 'exited'));
    });
  }

  /** Stops the worker; requests in flight fail with ReaderGone (their callers count on their own connection). */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = false;
    this.failAll(new ReaderGone('search reader stopped', 'stopped'));
    if (worker) await worker.terminate();
  }

  /** Stops the reader and keeps it stopped while `work` runs (a rekey); start() afterwards is the caller's. */
  async hold<T>(work: () => Promise<T>): Promise<T> {
    this.held += 1;
    try {
      await this.stop();
      return await work();
    } finally {
      this.held -= 1;
    }
  }

  count(match: string): Promise<number> {
    return this.request({ kind: 'count', id: 0, match }) as Promise<number>;
  }

  private request(request: ReaderRequest): Promise<unknown> {
    const worker = this.worker;
    if (!worker || !this.ready) return Promise.reject(new ReaderGone('search reader not running', 'not-running'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(error);
  }
}
