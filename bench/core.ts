// The app's own read path for suites: the handler table called directly (what a channel runs once the
// dispatcher has validated the request), so a suite follows the handlers when they change.
import type { WriteDb } from '../src-main/core/db/database.js';
import { createHandlerTable } from '../src-main/core/core.js';
import { createDispatcher, type Dispatch } from '../src-main/core/ipc/dispatcher.js';
import type { HandlerContext, HandlerTable } from '../src-main/core/ipc/handlers.js';
import { silentLogger, systemClock } from '../src-main/core/ipc/ports.js';
import { contract, type ChannelName, type Req, type ReqInput, type Res } from '../src-shared/ipc/contract.js';
import type { Result } from '../src-shared/ipc/result.js';

/**
 * A handler context around an already-open database. The read handlers only ever call
 * ctx.vault.database(); a real Vault would need an unlock (scrypt, ~0.4 s) per connection.
 */
export function handlerContextFor(db: WriteDb): HandlerContext {
  const vault = { database: () => db } as unknown as HandlerContext['vault'];
  return { vault, host: 'cli', clock: systemClock, logger: silentLogger, emit: () => undefined };
}

let table: HandlerTable | null = null;
export const handlerTable = (): HandlerTable => (table ??= createHandlerTable());

/** A request as the handler receives it (defaults applied); parse outside any timed section. */
export const parseRequest = <C extends ChannelName>(channel: C, input: ReqInput<C>): Req<C> =>
  contract[channel].req.parse(input) as Req<C>;

/** Runs one channel's handler without the dispatcher. */
export const callHandler = <C extends ChannelName>(channel: C, req: Req<C>, ctx: HandlerContext): Promise<Res<C>> | Res<C> =>
  (handlerTable()[channel] as (req: Req<C>, ctx: HandlerContext) => Promise<Res<C>> | Res<C>)(req, ctx);

/**
 * The dispatcher over an already-open database (validation, handler, Result envelope: what a channel costs),
 * with "now" fixed where a suite's data is dated (relative conditions and periods then see the fixture's data).
 */
export function dispatcherOver(db: WriteDb, now?: Date): Dispatch {
  const ctx = handlerContextFor(db);
  return createDispatcher(handlerTable(), now ? { ...ctx, clock: { now: () => now } } : ctx);
}

/** A dispatch's value, or a thrown error naming what the core refused: a bench never times a failure. */
export async function expectOk<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`dispatch failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
