import { describe, expect, it } from 'vitest';
import { freshDbEachTest } from '../../__tests__/fresh-db.js';
import { candidateInput } from '../../../../../src-shared/domain/candidate.js';
import { flushSearchIndex } from '../../../services/search-index.js';
import type { WriteDb } from '../../database.js';
import { migrate } from '../../migrate.js';
import { insertCandidate } from '../../repositories/candidates.js';
import { migrations } from '../index.js';
import { migration0009 } from '../0009-search-letter-folding.js';

let db: WriteDb;
freshDbEachTest((d) => (db = d));

const at = '2026-01-01T00:00:00.000Z';
const match = (q: string) => (db.prepare('SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH ? ORDER BY rowid').all(q) as { rowid: number }[]).map((r) => r.rowid);
const add = (fields: Record<string, unknown>) => insertCandidate(db, candidateInput.parse(fields), { at });

describe('migration 0009: search letter folding', () => {
  it('re-creates the index with spelled-out twins and re-indexes every existing candidate', () => {
    migrate(db, migrations.filter((m) => m.version < migration0009.version));
    const soren = add({ firstName: 'Søren', lastName: 'Ødegård', city: 'Tromsø', currentCompany: 'Groß AG', skills: [{ name: 'Łódź tooling' }] });
    const plain = add({ firstName: 'Soren', lastName: 'Smith', city: 'Oslo' });
    expect(migrate(db)).toEqual({ from: migration0009.version - 1, to: migrations.length });
    const ddl = (db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'candidate_fts'`).get() as { sql: string }).sql;
    expect(ddl).toMatch(/name_alt, title_alt, company_alt, skills_alt, location_alt, tags_alt/);
    expect(ddl).toMatch(/remove_diacritics 2/);
    expect(db.prepare(`SELECT v FROM candidate_fts_config WHERE k = 'rank'`).get()).toEqual({ v: 'bm25(10.0, 6.0, 4.0, 5.0, 3.0, 3.0, 2.0, 1.0, 0.5, 10.0, 6.0, 4.0, 5.0, 3.0, 3.0)' });
    expect(db.prepare('SELECT candidate_id FROM search_dirty ORDER BY 1').pluck().all()).toEqual([soren, plain]);
    expect(flushSearchIndex(db)).toBe(2);
    expect(match('tromso')).toEqual([soren]);
    expect(match('soren')).toEqual([soren, plain]);
    expect(match('{company company_alt} : gross')).toEqual([soren]);
    expect(match('{skills skills_alt} : "lodz tooling"')).toEqual([soren]);
    // The twin spells out only letters of their own (å is an a with a ring: FTS5 folds it); a plain document's stays empty.
    const twins = db.prepare('SELECT rowid, name_alt, location_alt FROM candidate_fts ORDER BY rowid').all();
    expect(twins).toEqual([
      { rowid: soren, name_alt: 'Soren Odegård', location_alt: expect.stringMatching(/^Tromso /) },
      { rowid: plain, name_alt: '', location_alt: '' },
    ]);
  });
});
