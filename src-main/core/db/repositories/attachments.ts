import type { AttachmentMeta } from '../../../../src-shared/domain/attachment.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../database.js';
import { sql } from '../statements.js';

interface MetaRow {
  id: number;
  candidate_id: number | null;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  kind: AttachmentMeta['kind'];
  has_text: number;
  created_at: string;
}

/** Never selects the content blob: lists stay cheap however large the files are. */
const META = `SELECT id, candidate_id, filename, mime, size, sha256, kind, text <> '' AS has_text, created_at FROM attachments`;

const toMeta = (r: MetaRow): AttachmentMeta => ({
  id: r.id,
  candidateId: r.candidate_id,
  filename: r.filename,
  mime: r.mime,
  size: r.size,
  sha256: r.sha256,
  kind: r.kind,
  hasText: r.has_text === 1,
  createdAt: r.created_at,
});

export function insertAttachment(
  db: WriteDb,
  a: { candidateId: number; filename: string; mime: string; sha256: string; content: Buffer; text: string; kind: AttachmentMeta['kind'] },
  at: string,
): number {
  return Number(
    sql(
      db,
      `INSERT INTO attachments (candidate_id, filename, mime, size, sha256, content, text, kind, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(a.candidateId, a.filename, a.mime, a.content.length, a.sha256, a.content, a.text, a.kind, at).lastInsertRowid,
  );
}

export function getAttachmentMeta(db: ReadDb, id: number): AttachmentMeta {
  const row = sql(db, `${META} WHERE id = ?`).get(id) as MetaRow | undefined;
  if (!row) throw new CodedError('not_found', `No attachment with id ${id}`);
  return toMeta(row);
}

export function getAttachmentContent(db: ReadDb, id: number): { meta: AttachmentMeta; content: Buffer } {
  const meta = getAttachmentMeta(db, id);
  const row = sql(db, 'SELECT content FROM attachments WHERE id = ?').get(id) as { content: Buffer };
  return { meta, content: row.content };
}

export function listAttachments(db: ReadDb, candidateId: number): AttachmentMeta[] {
  return (sql(db, `${META} WHERE candidate_id = ? ORDER BY created_at DESC, id DESC`).all(candidateId) as MetaRow[]).map(toMeta);
}
