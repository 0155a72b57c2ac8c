import type { WriteDb } from '../database.js';
import { sql } from '../statements.js';

export function audit(
  db: WriteDb,
  entry: { at: string; actor: string; entity: string; entityId: number | null; action: string; before?: unknown; after?: unknown },
): void {
  sql(db, 
    `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.at,
    entry.actor,
    entry.entity,
    entry.entityId,
    entry.action,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}
