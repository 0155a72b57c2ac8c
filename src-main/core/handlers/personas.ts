import { getPersona } from '../db/repositories/segments.js';
import { defineHandlers } from '../ipc/handlers.js';
import { createPersona, deletePersona, listPersonas, personaReport, updatePersona } from '../services/personas.js';
import { writeContext } from './write-context.js';

export const personaHandlers = defineHandlers({
  'personas:list-personas': async (_req, ctx) => ({ items: await listPersonas(ctx.vault.database(), { now: ctx.clock.now() }) }),
  'personas:get-persona': (req, ctx) => getPersona(ctx.vault.database(), req.id),
  'personas:create-persona': (req, ctx) => createPersona(ctx.vault.database(), req, writeContext(ctx)),
  'personas:update-persona': (req, ctx) => updatePersona(ctx.vault.database(), req.id, req.version, req.patch, writeContext(ctx)),
  'personas:delete-persona': (req, ctx) => {
    deletePersona(ctx.vault.database(), req.id, writeContext(ctx));
    return { id: req.id, deleted: true as const };
  },
  'personas:get-report': (req, ctx) => personaReport(ctx.vault.database(), req.id, req.limit, { now: ctx.clock.now() }),
});
