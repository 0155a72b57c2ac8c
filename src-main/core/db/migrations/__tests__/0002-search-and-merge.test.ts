import { describe, expect, it } from 'vitest';
import { freshDbEachTest } from '../../__tests__/fresh-db.js';
import { candidateInput } from '../../../../../src-shared/domain/candidate.js';
import { flushSearchIndex, searchIndexStats } from '../../../services/search-index.js';
import type { WriteDb } from '../../database.js';
import { migrate, schemaVersion } from '../../migrate.js';
import { insertCandidate } from '../../repositories/candidates.js';
import { migration0001 } from '../0001-agency-schema.js';
import { migration0002 } from '../0002-search-and-merge.js';

let db: WriteDb;
freshDbEachTest((d) => (db = d));

const at = '2026-01-01T00:00:00.000Z';
const dirty = () => (db.prepare('SELECT candidate_id FROM search_dirty ORDER BY candidate_id').all() as { candidate_id: number }[]).map((r) => r.candidate_id);
const match = (q: string) => (db.prepare('SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH ? ORDER BY rowid').all(q) as { rowid: number }[]).map((r) => r.rowid);

describe('migration 0002: search and merge', () => {
  it('upgrades a version-1 vault with data and indexes the existing candidates', () => {
    migrate(db, [migration0001]);
    const id = insertCandidate(
      db,
      candidateInput.parse({ firstName: 'Zoë', lastName: 'Ström', city: 'Zürich', country: 'CH', skills: [{ name: 'Rust' }], tags: ['vip'] }),
      { at },
    );
    expect(migrate(db, [migration0001, migration0002])).toEqual({ from: 1, to: 2 });
    expect(schemaVersion(db)).toBe(2);
    expect(dirty()).toEqual([id]);
    // The index code writes the latest table (0009 re-creates it, keeping the candidate queued).
    migrate(db);
    expect(dirty()).toEqual([id]);
    expect(flushSearchIndex(db)).toBe(1);
    expect(match('zoe')).toEqual([id]);
    expect(match('strom')).toEqual([id]);
    expect(match('skills : rust')).toEqual([id]);
    expect(match('location : switzerland')).toEqual([id]);
    expect(searchIndexStats(db)).toEqual({ indexed: 1, live: 1, dirty: 0 });
  });

  it('creates the FTS5 table with diacritics folding, prefix indexes and weighted bm25', () => {
    migrate(db, [migration0001, migration0002]);
    const ddl = (db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'candidate_fts'`).get() as { sql: string }).sql;
    expect(ddl).toMatch(/remove_diacritics 2/);
    expect(ddl).toMatch(/prefix = '2 3'/);
    expect(db.prepare(`SELECT v FROM candidate_fts_config WHERE k = 'rank'`).get()).toEqual({ v: 'bm25(10.0, 6.0, 4.0, 5.0, 3.0, 3.0, 2.0, 1.0, 0.5)' });
  });

  it('marks a candidate dirty from every table that feeds its search document', () => {
    migrate(db);
    const id = insertCandidate(db, candidateInput.parse({ firstName: 'Ada' }), { at });
    const clear = () => db.prepare('DELETE FROM search_dirty').run();
    const cases: [string, string][] = [
      ['candidates update', `UPDATE candidates SET headline = 'x' WHERE id = ${id}`],
      ['skill insert', `INSERT INTO candidate_skills (candidate_id, skill) VALUES (${id}, 'Go')`],
      ['skill update', `UPDATE candidate_skills SET level = 3 WHERE candidate_id = ${id}`],
      ['skill delete', `DELETE FROM candidate_skills WHERE candidate_id = ${id}`],
      ['tag insert', `INSERT INTO candidate_tags (candidate_id, tag) VALUES (${id}, 'x')`],
      ['tag delete', `DELETE FROM candidate_tags WHERE candidate_id = ${id}`],
      ['activity insert', `INSERT INTO activities (channel, occurred_at, candidate_id, created_at) VALUES ('note', '${at}', ${id}, '${at}')`],
      ['activity update', `UPDATE activities SET body = 'b' WHERE candidate_id = ${id}`],
      ['activity delete', `DELETE FROM activities WHERE candidate_id = ${id}`],
      [
        'attachment insert',
        `INSERT INTO attachments (candidate_id, filename, mime, size, sha256, content, text, created_at) VALUES (${id}, 'a', 'text/plain', 1, '', x'00', 't', '${at}')`,
      ],
      ['attachment update', `UPDATE attachments SET text = 'u' WHERE candidate_id = ${id}`],
      ['attachment delete', `DELETE FROM attachments WHERE candidate_id = ${id}`],
    ];
    for (const [what, statement] of cases) {
      clear();
      db.exec(statement);
      expect(dirty(), what).toEqual([id]);
    }
    // Contact-only activities do not concern any candidate.
    clear();
    db.exec(`INSERT INTO activities (channel, occurred_at, created_at) VALUES ('note', '${at}', '${at}')`);
    expect(dirty()).toEqual([]);
  });

  it('adds the merge history, duplicate review and stage-removal structures as STRICT tables', () => {
    migrate(db);
    for (const table of ['candidate_merges', 'duplicate_reviews', 'search_dirty', 'country_names']) {
      const sqlText = (db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).get(table) as { sql: string }).sql;
      expect(sqlText, table).toMatch(/STRICT/);
    }
    const stageColumns = (db.pragma('table_info(job_stages)') as { name: string }[]).map((c) => c.name);
    expect(stageColumns).toContain('removed_at');
    expect(db.prepare(`SELECT names FROM country_names WHERE code = 'DE'`).get()).toEqual({ names: 'Germany Deutschland' });
    expect((db.prepare('SELECT count(*) AS n FROM country_names').get() as { n: number }).n).toBeGreaterThan(240);
    expect(() => db.prepare(`INSERT INTO candidate_merges (target_id, source_id, merged_at, expires_at, actor, target_version_after, snapshot) VALUES (1, 2, 'a', 'b', 'c', 1, 'not json')`).run()).toThrow();
  });

  it('is rolled back whole if it fails half-way', () => {
    migrate(db, [migration0001]);
    const broken = { ...migration0002, up: (d: WriteDb) => (migration0002.up(d), d.exec('SELECT * FROM no_such_table')) };
    expect(() => migrate(db, [migration0001, broken])).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name IN ('candidate_fts', 'search_dirty', 'candidate_merges')`).all()).toEqual([]);
  });
});
