import type { SuggestField } from '../../../../src-shared/ipc/contracts/segments.js';
import type { StageType } from '../../../../src-shared/domain/job.js';
import type { ReadDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';

/**
 * Autocomplete for the builder, from the data itself: values in use, most common first. Counts come from
 * indexes where there is one and include every stored row (a hint, not a segment count). What the user typed
 * is a bound LIKE pattern with its wildcards escaped, so "50%" and "a_b" mean themselves.
 */

const like = (query: string): string => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const VALUE_SQL: Record<SuggestField, string> = {
  skill: `SELECT min(skill) AS value, count(*) AS count FROM candidate_skills WHERE skill LIKE @q ESCAPE '\\' GROUP BY skill ORDER BY count DESC, value LIMIT @limit`,
  tag: `SELECT min(tag) AS value, count(*) AS count FROM candidate_tags WHERE tag LIKE @q ESCAPE '\\' GROUP BY tag ORDER BY count DESC, value LIMIT @limit`,
  industry: `SELECT min(i.value) AS value, count(*) AS count FROM candidates c, json_each(c.industries) i
    WHERE c.deleted_at IS NULL AND c.merged_into IS NULL AND i.type = 'text' AND i.value LIKE @q ESCAPE '\\'
    GROUP BY i.value COLLATE NOCASE ORDER BY count DESC, value LIMIT @limit`,
  source: `SELECT min(source) AS value, count(*) AS count FROM candidates WHERE source <> '' AND source LIKE @q ESCAPE '\\'
    GROUP BY source COLLATE NOCASE ORDER BY count DESC, value LIMIT @limit`,
  country: `SELECT country AS value, count(*) AS count FROM candidates WHERE country <> ''
    AND (country LIKE @q ESCAPE '\\' OR country IN (SELECT code FROM country_names WHERE names LIKE @q ESCAPE '\\'))
    GROUP BY country ORDER BY count DESC, value LIMIT @limit`,
  region: `SELECT min(region) AS value, count(*) AS count FROM candidates WHERE region <> '' AND region LIKE @q ESCAPE '\\'
    GROUP BY region COLLATE NOCASE ORDER BY count DESC, value LIMIT @limit`,
  city: `SELECT min(city) AS value, count(*) AS count FROM candidates WHERE city <> '' AND city LIKE @q ESCAPE '\\'
    GROUP BY city COLLATE NOCASE ORDER BY count DESC, value LIMIT @limit`,
};

export function suggestValues(db: ReadDb, field: SuggestField, query: string, limit: number): { value: string; count: number }[] {
  return sql(db, VALUE_SQL[field]).all({ q: like(query), limit }) as { value: string; count: number }[];
}

/** Countries (also found by their English name), regions and cities, as pickable places. */
export function suggestPlaces(db: ReadDb, query: string, limit: number): { country: string; region: string; city: string; count: number }[] {
  return sql(
    db,
    `SELECT * FROM (
       SELECT country, '' AS region, '' AS city, count(*) AS count FROM candidates
        WHERE country <> '' AND (country LIKE @q ESCAPE '\\' OR country IN (SELECT code FROM country_names WHERE names LIKE @q ESCAPE '\\'))
        GROUP BY country
       UNION ALL
       SELECT country, min(region), '', count(*) FROM candidates WHERE region <> '' AND region LIKE @q ESCAPE '\\'
        GROUP BY country, region COLLATE NOCASE
       UNION ALL
       SELECT country, min(region), min(city), count(*) FROM candidates WHERE city <> '' AND city LIKE @q ESCAPE '\\'
        GROUP BY country, city COLLATE NOCASE)
     ORDER BY count DESC, country, region, city LIMIT @limit`,
  ).all({ q: like(query), limit }) as { country: string; region: string; city: string; count: number }[];
}

interface JobRow {
  id: number;
  title: string;
  clientName: string;
  status: string;
  stages: string;
}

/** Open jobs first, then the most recently changed; each with its pipeline (removed stages left out). */
export function suggestJobs(db: ReadDb, query: string, limit: number, ids?: readonly number[]) {
  const rows = sql(
    db,
    `SELECT j.id, j.title, cl.name AS clientName, j.status,
       (SELECT json_group_array(json_object('id', s.id, 'name', s.name, 'type', s.type))
          FROM (SELECT * FROM job_stages s WHERE s.job_id = j.id AND s.removed_at IS NULL ORDER BY s.position) s) AS stages
     FROM jobs j JOIN clients cl ON cl.id = j.client_id
     WHERE (@ids IS NULL OR j.id IN (SELECT value FROM json_each(@ids)))
       AND (j.title LIKE @q ESCAPE '\\' OR cl.name LIKE @q ESCAPE '\\')
     ORDER BY j.status = 'open' DESC, j.updated_at DESC, j.id DESC LIMIT @limit`,
  ).all({ ids: ids ? JSON.stringify(ids) : null, q: like(query), limit }) as JobRow[];
  return rows.map((r) => ({ ...r, stages: JSON.parse(r.stages) as { id: number; name: string; type: StageType }[] }));
}

export function segmentOptions(db: ReadDb) {
  return {
    owners: sql(db, 'SELECT id, name FROM recruiters WHERE active = 1 ORDER BY name COLLATE NOCASE').all() as { id: number; name: string }[],
    lists: sql(
      db,
      `SELECT l.id, l.name, (SELECT count(*) FROM candidate_list_members m WHERE m.list_id = l.id) AS count
       FROM candidate_lists l ORDER BY l.name COLLATE NOCASE`,
    ).all() as { id: number; name: string; count: number }[],
    pools: sql(
      db,
      `SELECT p.id, p.name, (SELECT count(*) FROM talent_pool_members m WHERE m.pool_id = p.id) AS count
       FROM talent_pools p ORDER BY p.name COLLATE NOCASE`,
    ).all() as { id: number; name: string; count: number }[],
  };
}
