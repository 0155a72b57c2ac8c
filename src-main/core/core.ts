import { SearchReader } from './jobs/search-reader.js';
import { VaultWorkers } from './jobs/workers.js';
import { indexInBackground, restoreMergeSettings } from './services/search-index.js';
import type { EventName, EventPayload } from '../../src-shared/ipc/events.js';
import { appHandlers } from './handlers/app.js';
import { activityHandlers } from './handlers/activities.js';
import { applicationHandlers } from './handlers/applications.js';
import { attachmentHandlers } from './handlers/attachments.js';
import { boardHandlers } from './handlers/board.js';
import { candidateHandlers } from './handlers/candidates.js';
import { clientHandlers } from './handlers/clients.js';
import { jobHandlers } from './handlers/jobs.js';
import { recordHandlers } from './handlers/records.js';
import { demoHandlers } from './handlers/demo.js';
import { vaultHandlers } from './handlers/vault.js';
import { importHandlers } from './handlers/imports.js';
import { exportHandlers } from './handlers/exports.js';
import { viewHandlers } from './handlers/views.js';
import { reminderHandlers } from './handlers/reminders.js';
import { poolHandlers } from './handlers/pools.js';
import { templateHandlers } from './handlers/templates.js';
import { outreachHandlers } from './handlers/outreach.js';
import { ReminderScheduler, type SchedulerOptions } from './services/scheduler/scheduler.js';
import { kpiHandlers } from './handlers/kpi.js';
import { reportHandlers } from './handlers/reports.js';
import { segmentHandlers } from './handlers/segments.js';
import { personaHandlers } from './handlers/personas.js';
import { createDispatcher, type Dispatch } from './ipc/dispatcher.js';
import { combineHandlers, type HandlerContext, type HandlerTable, type HostKind } from './ipc/handlers.js';
import { silentLogger, systemClock, type Clock, type Logger } from './ipc/ports.js';
import type { KeyWrapper } from './vault/keyfile.js';
import { Vault } from './vault/vault.js';

/** The whole table. Leaving a channel out of every slice fails to compile here. */
export const createHandlerTable = (): HandlerTable =>
  combineHandlers(
    appHandlers,
    vaultHandlers,
    candidateHandlers,
    demoHandlers,
    clientHandlers,
    jobHandlers,
    applicationHandlers,
    boardHandlers,
    activityHandlers,
    attachmentHandlers,
    recordHandlers,
    importHandlers,
    exportHandlers,
    viewHandlers,
    reminderHandlers,
    poolHandlers,
    templateHandlers,
    outreachHandlers,
    kpiHandlers,
    reportHandlers,
    segmentHandlers,
    personaHandlers,
  );

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export interface CoreOptions {
  dataDir: string;
  host: HostKind;
  keyWrapper?: KeyWrapper | undefined;
  nativeBinding?: string | undefined;
  clock?: Clock;
  logger?: Logger;
  validateResponses?: boolean;
  /** The vault worker bundle (dist/main/vault-worker.mjs); without one, bulk jobs run on the main thread. */
  workerScript?: string | null | undefined;
  scrypt?: { N: number; r: number; p: number };
  /**
   * The reminder scheduler runs while the vault is unlocked. Off by default for one-shot CLI calls (a `call`
   * must not consume due reminders nobody sees); tests pass their own timings.
   */
  scheduler?: boolean | Pick<SchedulerOptions, 'maxSleepMs' | 'rulesEveryMs'>;
}

export interface Core {
  vault: Vault;
  dispatch: Dispatch;
  scheduler: ReminderScheduler | null;
  /** Counts search matches on a second connection (null for the CLI and without a worker bundle). */
  searchReader: SearchReader | null;
  /** Subscribe to pushed events; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

/** Everything a host needs: one vault, one dispatcher, one event stream. No transport here. */
export function createCore(options: CoreOptions): Core {
  const vault = new Vault({
    dataDir: options.dataDir,
    keyWrapper: options.keyWrapper,
    nativeBinding: options.nativeBinding,
    ...(options.scrypt ? { scrypt: options.scrypt } : {}),
  });
  const listeners = new Set<EventListener>();
  const emit: HandlerContext['emit'] = (name, payload) => {
    for (const listener of listeners) listener(name, payload);
  };
  vault.onChange((status) => emit('vault:status-changed', status));
  const ctx: HandlerContext = {
    vault,
    host: options.host,
    clock: options.clock ?? systemClock,
    logger: options.logger ?? silentLogger,
    emit,
  };
  const workerScript = VaultWorkers.find(options.workerScript);
  if (workerScript) {
    ctx.workers = new VaultWorkers({ script: workerScript, database: () => vault.database(), connection: () => vault.workerConnection(), logger: ctx.logger });
    // A one-shot CLI call would only pay for starting it: its first search runs before the reader has opened.
    if (options.host !== 'cli') {
      const reader = new SearchReader({ script: workerScript, connection: () => vault.workerConnection(), logger: ctx.logger });
      ctx.searchReader = reader;
      // Started at unlock, stopped at lock (a rekey restarts it itself; a passphrase change keeps the data key).
      let unlocked = false;
      vault.onChange((status) => {
        const now = status.state === 'unlocked';
        if (now === unlocked) return;
        unlocked = now;
        void reader.stop().then(() => {
          if (unlocked) reader.start();
        });
      });
    }
  }
  // The window must not freeze on a large index backlog (an upgrade that re-queued every candidate): an
  // interactive host indexes it in slices after unlock. The CLI keeps flushing in place: it has no window, and
  // a one-shot search must not answer from half an index.
  vault.onChange((status) => {
    if (status.state !== 'unlocked') return;
    try {
      if (options.host === 'cli') restoreMergeSettings(vault.database());
      else {
        indexInBackground(vault.database(), {
          onError: (error) => ctx.logger.error('background search indexing stopped', { kind: error instanceof Error ? error.name : typeof error }),
        });
      }
    } catch (error) {
      // Never a reason for the unlock to fail: the next search or save flushes in place.
      ctx.logger.error('search index upkeep after unlock failed', { kind: error instanceof Error ? error.name : typeof error });
    }
  });
  const dispatch = createDispatcher(createHandlerTable(), ctx, { validateResponses: options.validateResponses ?? false });
  const schedulerOption = options.scheduler ?? options.host !== 'cli';
  const scheduler = schedulerOption
    ? new ReminderScheduler({ vault, clock: ctx.clock, logger: ctx.logger, emit, ...(typeof schedulerOption === 'object' ? schedulerOption : {}) })
    : null;
  // Catch up on unlock; on lock no timer survives (the database is gone anyway).
  if (scheduler) vault.onChange((status) => (status.state === 'unlocked' ? scheduler.start() : scheduler.stop()));
  return {
    vault,
    dispatch,
    scheduler,
    searchReader: ctx.searchReader ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      scheduler?.stop();
      listeners.clear();
      await ctx.workers?.terminate();
      await ctx.searchReader?.stop();
      vault.close();
    },
  };
}
