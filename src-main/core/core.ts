import type { EventName, EventPayload } from '../../src-shared/ipc/events.js';
import { appHandlers } from './handlers/app.js';
import { activityHandlers } from './handlers/activities.js';
import { applicationHandlers } from './handlers/applications.js';
import { attachmentHandlers } from './handlers/attachments.js';
import { candidateHandlers } from './handlers/candidates.js';
import { clientHandlers } from './handlers/clients.js';
import { jobHandlers } from './handlers/jobs.js';
import { recordHandlers } from './handlers/records.js';
import { demoHandlers } from './handlers/demo.js';
import { vaultHandlers } from './handlers/vault.js';
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
    activityHandlers,
    attachmentHandlers,
    recordHandlers,
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
  scrypt?: { N: number; r: number; p: number };
}

export interface Core {
  vault: Vault;
  dispatch: Dispatch;
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
  const dispatch = createDispatcher(createHandlerTable(), ctx, { validateResponses: options.validateResponses ?? false });
  return {
    vault,
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      vault.close();
    },
  };
}
