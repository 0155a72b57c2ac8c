import { UNKNOWN_SOURCE } from '../../../../src-shared/domain/kpi/calculations.js';
import type { ReadDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import { segmentChoices } from './segments.js';

/** Beyond this many jobs the job menu lists the most recently opened ones until a client is picked. */
const JOB_LIST_LIMIT = 300;

export function filterOptions(db: ReadDb, clientId: number | null) {
  const clients = sql(db, 'SELECT id, name FROM clients ORDER BY name COLLATE NOCASE, id').all() as { id: number; name: string }[];
  const recruiters = sql(db, 'SELECT id, name FROM recruiters ORDER BY active DESC, name COLLATE NOCASE').all() as { id: number; name: string }[];
  const jobs = sql(
    db,
    `SELECT j.id, j.title, cl.name AS clientName FROM jobs j JOIN clients cl ON cl.id = j.client_id
     WHERE (@client IS NULL OR j.client_id = @client)
     ORDER BY coalesce(j.opened_at, j.created_at) DESC, j.id DESC LIMIT @limit`,
  ).all({ client: clientId, limit: JOB_LIST_LIMIT + 1 }) as { id: number; title: string; clientName: string }[];
  // Sources off the index (cheap even with many candidates); empty ones show as "Unknown".
  const sources = (sql(db, `SELECT DISTINCT coalesce(nullif(trim(source), ''), '${UNKNOWN_SOURCE}') AS s FROM candidates INDEXED BY candidates_source`).raw().all() as [string][])
    .map((r) => r[0])
    .sort((a, b) => a.localeCompare(b));
  return {
    clients,
    jobs: jobs.slice(0, JOB_LIST_LIMIT),
    jobsTruncated: jobs.length > JOB_LIST_LIMIT,
    recruiters,
    sources: [...new Set(sources)],
    segments: segmentChoices(db),
    segmentsAvailable: true,
  };
}
