import { createHash } from 'node:crypto';
import type { AttachmentFields, AttachmentMeta } from '../../../src-shared/domain/attachment.js';
import { MAX_ATTACHMENT_BYTES } from '../../../src-shared/domain/attachment.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { WriteDb } from '../db/database.js';
import { getAttachmentMeta, insertAttachment } from '../db/repositories/attachments.js';
import { requireCandidate } from './candidates.js';
import { flushSearchIndex } from './search-index.js';
import { inTransaction, recordAudit, type WriteContext } from './write-meta.js';

/** Text files are searchable as they are; other formats need extracted text (resume parsing supplies it). */
const isPlainText = (mime: string): boolean => mime.startsWith('text/') || mime === 'application/json';

/** Stores the file in the vault (so it is encrypted with everything else) and indexes its text. */
export function addAttachment(db: WriteDb, input: AttachmentFields, w: WriteContext): AttachmentMeta {
  requireCandidate(db, input.candidateId);
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw new CodedError('invalid_input', 'The file is empty', 'contentBase64');
  if (content.length > MAX_ATTACHMENT_BYTES) throw new CodedError('invalid_input', 'The file is too large', 'contentBase64');
  const text = input.text ?? (isPlainText(input.mime) ? content.toString('utf8').replace(/\0/g, '') : '');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const id = inTransaction(db, () => {
    const newId = insertAttachment(db, { candidateId: input.candidateId, filename: input.filename, mime: input.mime, sha256, content, text, kind: input.kind }, w.at);
    flushSearchIndex(db);
    recordAudit(db, w, 'attachment', newId, 'create', undefined, getAttachmentMeta(db, newId));
    return newId;
  });
  return getAttachmentMeta(db, id);
}
