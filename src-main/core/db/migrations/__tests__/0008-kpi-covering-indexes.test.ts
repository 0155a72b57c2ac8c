import { describe, expect, it } from 'vitest';
import { freshDbEachTest } from '../../__tests__/fresh-db.js';
import type { WriteDb } from '../../database.js';
import { migrate } from '../../migrate.js';
import { migrations } from '../index.js';
import { migration0008 } from '../0008-kpi-covering-indexes.js';

let db: WriteDb;
freshDbEachTest((d) => (db = d));

const indexes = () => (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications'`).pluck().all() as string[]).sort();

describe('migration 0008: KPI covering indexes', () => {
  it('swaps the offers index for a covering one on a vault at the previous version', () => {
    migrate(db, migrations.filter((m) => m.version < migration0008.version));
    expect(indexes()).toContain('applications_offer_extended');
    expect(migrate(db)).toEqual({ from: migration0008.version - 1, to: migrations.length });
    expect(indexes()).toContain('applications_offers');
    expect(indexes()).not.toContain('applications_offer_extended');
  });

  it('the dashboard’s offer count reads the index alone, never an application row', () => {
    migrate(db);
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT count(*), count(a.offer_accepted_at), sum(a.offer_accepted_at IS NULL AND a.offer_declined_at IS NOT NULL)
           FROM applications a JOIN jobs j ON j.id = a.job_id JOIN candidates c INDEXED BY candidates_kpi ON c.id = a.candidate_id
           WHERE a.offer_extended_at >= ? AND a.offer_extended_at < ? AND c.merged_into IS NULL AND c.deleted_at IS NULL`,
        )
        .all('2026-01-01', '2026-04-01') as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.some((d) => /COVERING INDEX applications_offers/.test(d))).toBe(true);
  });
});
