import { getAttachmentContent, listAttachments } from '../db/repositories/attachments.js';
import { defineHandlers } from '../ipc/handlers.js';
import { addAttachment } from '../services/attachments.js';
import { requireCandidate } from '../services/candidates.js';
import { writeContext } from './write-context.js';

export const attachmentHandlers = defineHandlers({
  'attachments:add-attachment': (req, ctx) => addAttachment(ctx.vault.database(), req, writeContext(ctx)),
  'attachments:list-attachments': (req, ctx) => {
    const db = ctx.vault.database();
    requireCandidate(db, req.candidateId);
    return { items: listAttachments(db, req.candidateId) };
  },
  'attachments:get-attachment-content': (req, ctx) => {
    const { meta, content } = getAttachmentContent(ctx.vault.database(), req.id);
    return { ...meta, contentBase64: content.toString('base64') };
  },
});
