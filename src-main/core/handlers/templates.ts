import { defineHandlers } from '../ipc/handlers.js';
import { deleteTemplate, getTemplate, listTemplates, previewTemplate, saveTemplate } from '../services/templates/templates.js';
import { writeContext } from './write-context.js';

export const templateHandlers = defineHandlers({
  'templates:list-templates': (_req, ctx) => ({ items: listTemplates(ctx.vault.database()) }),
  'templates:get-template': (req, ctx) => getTemplate(ctx.vault.database(), req.id),
  'templates:save-template': (req, ctx) => saveTemplate(ctx.vault.database(), req, writeContext(ctx)),
  'templates:delete-template': (req, ctx) => {
    deleteTemplate(ctx.vault.database(), req.id, writeContext(ctx));
    return { deleted: true as const };
  },
  'templates:preview-template': (req, ctx) => previewTemplate(ctx.vault.database(), req),
});
