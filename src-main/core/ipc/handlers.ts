import { CodedError } from '../../../src-shared/ipc/result.js';
import type { SearchReader } from '../jobs/search-reader.js';
import type { VaultWorkers } from '../jobs/workers.js';
import type { ChannelName, Req, Res } from '../../../src-shared/ipc/contract.js';
import type { EventName, EventPayload } from '../../../src-shared/ipc/events.js';
import type { Vault } from '../vault/vault.js';
import type { Clock, Logger } from './ports.js';

export type HostKind = 'electron' | 'node' | 'cli';

export interface HandlerContext {
  vault: Vault;
  host: HostKind;
  clock: Clock;
  logger: Logger;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** Bulk jobs on a worker thread; absent where no worker bundle exists (they then run in-process). */
  workers?: VaultWorkers | undefined;
  /** Counts a search's matches on a second connection; absent for the CLI and without a worker bundle. */
  searchReader?: SearchReader | undefined;
}

export type Handler<C extends ChannelName> = (req: Req<C>, ctx: HandlerContext) => Promise<Res<C>> | Res<C>;
/** Every channel of the contract must have a handler: a missing one is a compile error where the table is built. */
export type HandlerTable = { [C in ChannelName]: Handler<C> };
export type PartialHandlers = { [C in ChannelName]?: Handler<C> };

type Merge<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R] ? H & Merge<R> : unknown;

/** Typed identity: lets a domain file declare its slice of the table with full inference. */
export const defineHandlers = <T extends PartialHandlers>(handlers: T): T => handlers;

/** Joins per-domain slices; the same channel registered twice is a programming error and fails at start-up. */
export function combineHandlers<T extends readonly PartialHandlers[]>(...parts: T): Merge<T> {
  const table: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, handler] of Object.entries(part)) {
      if (Object.prototype.hasOwnProperty.call(table, name)) {
        throw new Error(`Channel "${name}" is registered twice`);
      }
      table[name] = handler;
    }
  }
  return table as Merge<T>;
}

/**
 * Channels that take a file path on the core's machine answer the command line only: a window's page is
 * untrusted and must not name files for the core to read or write (it sends content instead).
 */
export function commandLineOnly(ctx: Pick<HandlerContext, 'host'>, what: string): void {
  if (ctx.host !== 'cli') throw new CodedError('unsupported', `${what} is only available from the command line (rapport); a window sends the file's content instead.`);
}
