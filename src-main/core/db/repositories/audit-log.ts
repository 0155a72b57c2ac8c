import type { AuditEntry } from '../../../../src-shared/domain/audit.js';
import type { ReadDb } from '../database.js';
import { sql } from '../statements.js';

/** An entity's audit trail, newest first, with before/after parsed back into objects. */
export function listAuditEntries(db: ReadDb, entity: string, entityId: number | undefined, limit: number, offset: number): { items: AuditEntry[]; total: number } {
  // Without an id: every entry of that kind (settings and imports have none of their own).
  const where = entityId === undefined ? 'entity = @entity' : 'entity = @entity AND entity_id = @entityId';
  const key = entityId === undefined ? { entity } : { entity, entityId };
  const total = (sql(db, `SELECT count(*) AS n FROM audit_log WHERE ${where}`).get(key) as { n: number }).n;
  const rows = sql(db, `SELECT * FROM audit_log WHERE ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all({ ...key, limit, offset }) as { id: number; at: string; actor: string; entity: string; entity_id: number | null; action: string; before: string | null; after: string | null }[];
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      entity: r.entity,
      entityId: r.entity_id,
      action: r.action,
      before: r.before === null ? null : (JSON.parse(r.before) as unknown),
      after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    })),
  };
}
