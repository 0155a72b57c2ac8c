import { CodedError } from '../../../src-shared/ipc/result.js';
import type { CandidateView } from '../../../src-shared/ipc/contracts/views.js';
import { getAttachmentContent } from '../db/repositories/attachments.js';
import { getSetting, setSetting } from '../db/repositories/settings.js';
import { defineHandlers } from '../ipc/handlers.js';

const VIEWS_SETTING = 'ui.candidateViews';
const MAX_VIEWS = 50;

export const viewHandlers = defineHandlers({
  'views:list-views': (_req, ctx) => ({ items: getSetting<CandidateView[]>(ctx.vault.database(), VIEWS_SETTING, []) }),
  'views:save-view': (req, ctx) => {
    const db = ctx.vault.database();
    const views = getSetting<CandidateView[]>(db, VIEWS_SETTING, []).filter((v) => v.name !== req.name);
    if (views.length >= MAX_VIEWS) throw new CodedError('invalid_input', `Keep at most ${MAX_VIEWS} saved views`, 'name');
    const items = [...views, req].sort((a, b) => a.name.localeCompare(b.name));
    setSetting(db, VIEWS_SETTING, items);
    return { items };
  },
  'views:delete-view': (req, ctx) => {
    const db = ctx.vault.database();
    const items = getSetting<CandidateView[]>(db, VIEWS_SETTING, []).filter((v) => v.name !== req.name);
    setSetting(db, VIEWS_SETTING, items);
    return { items };
  },
  'attachments:render-html': async (req, ctx) => {
    const { meta, content } = getAttachmentContent(ctx.vault.database(), req.id);
    const isDocx = meta.mime.includes('officedocument.wordprocessingml') || meta.filename.toLowerCase().endsWith('.docx');
    if (!isDocx) throw new CodedError('invalid_input', 'Only DOCX documents are converted to HTML', 'id');
    const mammoth = (await import('mammoth')).default;
    try {
      const result = await mammoth.convertToHtml({ buffer: content });
      return { html: result.value, messages: result.messages.map((m) => m.message) };
    } catch {
      throw new CodedError('invalid_input', 'This document could not be read as DOCX', 'id');
    }
  },
});
