import type { EntityCounts } from '../../../../src-shared/ipc/contract.js';
import type { ReadDb } from '../database.js';
import { sql } from '../statements.js';

export function entityCounts(db: ReadDb): EntityCounts {
  return sql(
    db,
    `SELECT (SELECT count(*) FROM candidates WHERE deleted_at IS NULL AND merged_into IS NULL) AS candidates,
            (SELECT count(*) FROM clients) AS clients,
            (SELECT count(*) FROM contacts) AS contacts,
            (SELECT count(*) FROM jobs) AS jobs,
            (SELECT count(*) FROM applications) AS applications,
            (SELECT count(*) FROM activities) AS activities`,
  ).get() as EntityCounts;
}
