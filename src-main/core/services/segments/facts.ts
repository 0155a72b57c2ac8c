import type { SegmentFacts } from '../../../../src-shared/domain/segments/facts.js';
import { searchColumns, type SearchDocument } from '../../../../src-shared/domain/segments/text-match.js';
import type { WriteDb } from '../../db/database.js';
import { flushSearchIndex } from '../search-index.js';

/**
 * Reads live candidates into the plain snapshot the reference evaluator works on (tests compare it with the
 * SQL compiler on the same vault; small sets only — it loads every related row into memory).
 */
export function loadSegmentFacts(db: WriteDb): SegmentFacts[] {
  flushSearchIndex(db);
  const rows = db
    .prepare(
      `SELECT id, created_at, updated_at, country, region, city, remote_preference, seniority, source, owner_id,
              (SELECT json_group_array(value) FROM json_each(c.industries) WHERE type = 'text') AS industries
       FROM candidates c WHERE deleted_at IS NULL AND merged_into IS NULL ORDER BY id`,
    )
    .all() as {
    id: number;
    created_at: string;
    updated_at: string;
    country: string;
    region: string;
    city: string;
    remote_preference: SegmentFacts['remotePreference'];
    seniority: SegmentFacts['seniority'];
    source: string;
    owner_id: number | null;
    industries: string;
  }[];
  const byId = new Map<number, SegmentFacts>();
  for (const r of rows) {
    byId.set(r.id, {
      id: r.id,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      country: r.country,
      region: r.region,
      city: r.city,
      remotePreference: r.remote_preference,
      seniority: r.seniority,
      source: r.source,
      ownerId: r.owner_id,
      industries: JSON.parse(r.industries) as string[],
      skills: [],
      tags: [],
      activities: [],
      applications: [],
      consents: [],
      listIds: [],
      poolIds: [],
      search: null,
    });
  }
  const each = <T extends { candidate_id: number }>(text: string, add: (f: SegmentFacts, row: T) => void) => {
    for (const row of db.prepare(text).all() as T[]) {
      const f = byId.get(row.candidate_id);
      if (f) add(f, row);
    }
  };
  each<{ candidate_id: number; skill: string; level: number | null; years: number | null }>(
    'SELECT candidate_id, skill, level, years FROM candidate_skills',
    (f, r) => f.skills.push({ name: r.skill, level: r.level, years: r.years }),
  );
  each<{ candidate_id: number; tag: string }>('SELECT candidate_id, tag FROM candidate_tags', (f, r) => f.tags.push(r.tag));
  each<{ candidate_id: number; channel: SegmentFacts['activities'][number]['channel']; direction: SegmentFacts['activities'][number]['direction']; occurred_at: string }>(
    'SELECT candidate_id, channel, direction, occurred_at FROM activities WHERE candidate_id IS NOT NULL',
    (f, r) => f.activities.push({ channel: r.channel, direction: r.direction, occurredAt: r.occurred_at }),
  );
  each<{ candidate_id: number; job_id: number; stage_id: number; type: SegmentFacts['applications'][number]['stageType']; status: SegmentFacts['applications'][number]['status'] }>(
    'SELECT a.candidate_id, a.job_id, a.stage_id, st.type, a.status FROM applications a JOIN job_stages st ON st.id = a.stage_id',
    (f, r) => f.applications.push({ jobId: r.job_id, stageId: r.stage_id, stageType: r.type, status: r.status }),
  );
  each<{ candidate_id: number; purpose: string; given_at: string; expires_at: string | null; withdrawn_at: string | null }>(
    'SELECT candidate_id, purpose, given_at, expires_at, withdrawn_at FROM consents',
    (f, r) => f.consents.push({ purpose: r.purpose, givenAt: r.given_at, expiresAt: r.expires_at, withdrawnAt: r.withdrawn_at }),
  );
  each<{ candidate_id: number; list_id: number }>('SELECT candidate_id, list_id FROM candidate_list_members', (f, r) => f.listIds.push(r.list_id));
  each<{ candidate_id: number; pool_id: number }>('SELECT candidate_id, pool_id FROM talent_pool_members', (f, r) => f.poolIds.push(r.pool_id));
  for (const row of db.prepare(`SELECT rowid AS candidate_id, ${searchColumns.join(', ')} FROM candidate_fts`).all() as (SearchDocument & {
    candidate_id: number;
  })[]) {
    const f = byId.get(row.candidate_id);
    if (!f) continue;
    const doc = {} as SearchDocument;
    for (const c of searchColumns) doc[c] = row[c] ?? '';
    f.search = doc;
  }
  return [...byId.values()];
}
