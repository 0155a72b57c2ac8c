import { isBusyError } from '../db/database.js';
import { contract, isChannelName } from '../../../src-shared/ipc/contract.js';
import { CodedError, err, ok, type Result } from '../../../src-shared/ipc/result.js';
import type { HandlerContext, HandlerTable } from './handlers.js';

export type Dispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** Check every response against the contract too (on in tests; the bench measures the cost). */
  validateResponses?: boolean;
}

/**
 * The one entry point every transport calls (Electron IPC, HTTP, CLI). Validates input, runs the handler,
 * and turns whatever happens into a Result: nothing throws across a process boundary.
 */
export function createDispatcher(table: HandlerTable, ctx: HandlerContext, options: DispatcherOptions = {}): Dispatch {
  return async (channel, payload) => {
    if (!isChannelName(channel)) return err('unknown_channel', `There is no channel named "${String(channel).slice(0, 100)}"`);
    const spec = contract[channel];
    const parsed = spec.req.safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.map(String).join('.');
      return err('invalid_input', field ? `${field}: ${issue.message}` : issue.message, field || undefined);
    }
    const started = performance.now();
    try {
      const handler = table[channel] as (req: unknown, ctx: HandlerContext) => unknown;
      const value = await handler(parsed.data, ctx);
      if (options.validateResponses) {
        const checked = spec.res.safeParse(value);
        if (!checked.success) {
          const issue = checked.error.issues[0]!;
          throw new Error(`Response of ${channel} breaks the contract at ${issue.path.join('.')}: ${issue.message}`);
        }
      }
      return ok(value);
    } catch (error) {
      if (error instanceof CodedError) return err(error.code, error.message, error.field);
      // The write lock is held by a bulk job on the vault worker (the main connection does not wait for it).
      if (isBusyError(error)) return err('busy', 'The vault is busy saving a long job (such as an import); nothing was changed. Try again when it has finished.');
      // Log the channel and the kind of failure only: messages can carry personal data.
      ctx.logger.error('handler failed', {
        channel,
        ms: Math.round(performance.now() - started),
        kind: error instanceof Error ? error.name : typeof error,
        code: String((error as { code?: unknown }).code ?? ''),
      });
      if (process.env.RAPPORT_DEBUG) console.error(error);
      return err('internal', 'Something went wrong inside Rapport; the operation was not completed.');
    }
  };
}
