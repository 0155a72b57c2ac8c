import type { HandlerContext } from '../ipc/handlers.js';
import type { WriteContext } from '../services/write-meta.js';

/** One timestamp per request (from the injected clock) and the host as the actor, for timestamps and the audit log. */
export const writeContext = (ctx: HandlerContext): WriteContext => ({ at: ctx.clock.now().toISOString(), actor: ctx.host });
