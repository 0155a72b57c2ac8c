import { z } from 'zod';
import { attachmentInput, attachmentMeta } from '../../domain/attachment.js';
import { idRequest } from './common.js';

export const attachmentsContract = {
  /** Stored inside the encrypted vault; its text (given, or read from text/* files) becomes searchable. */
  'attachments:add-attachment': { req: attachmentInput, res: attachmentMeta },
  'attachments:list-attachments': {
    req: z.object({ candidateId: z.number().int().positive() }).strict(),
    res: z.object({ items: z.array(attachmentMeta) }),
  },
  'attachments:get-attachment-content': { req: idRequest, res: attachmentMeta.extend({ contentBase64: z.string() }) },
} as const;
