import { describe, expect, it } from 'vitest';
import { freshDbEachTest } from '../../__tests__/fresh-db.js';
import { candidateInput } from '../../../../../src-shared/domain/candidate.js';
import { toMatchExpression } from '../../../services/search.js';
import { flushSearchIndex } from '../../../services/search-index.js';
import type { WriteDb } from '../../database.js';
import { migrate } from '../../migrate.js';
import { insertCandidate } from '../../repositories/candidates.js';
import { migrations } from '../index.js';
import { migration0010 } from '../0010-search-signed-words.js';

let db: WriteDb;
freshDbEachTest((d) => (db = d));

const at = '2026-01-01T00:00:00.000Z';
const found = (q: string) =>
  (db.prepare('SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH ? ORDER BY rowid').all(toMatchExpression(q)) as { rowid: number }[]).map((r) => r.rowid);
const add = (fields: Record<string, unknown>) => insertCandidate(db, candidateInput.parse(fields), { at });
const ddl = () => (db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'candidate_fts'`).get() as { sql: string }).sql;

describe('migration 0010: search signed words', () => {
  it('queues every candidate for re-indexing, leaving the index table and its documents in place meanwhile', () => {
    migrate(db, migrations.filter((m) => m.version < migration0010.version));
    const cpp = add({ firstName: 'Cora', lastName: 'Plus', skills: [{ name: 'C++' }] });
    const csharp = add({ firstName: 'Sam', lastName: 'Sharp', skills: [{ name: 'C#' }] });
    const before = ddl();
    expect(flushSearchIndex(db)).toBe(2);
    // Indexed the old way (documents as written): "c#" was the word c.
    db.prepare(`UPDATE candidate_fts SET skills = 'C#' WHERE rowid = ?`).run(csharp);
    db.prepare(`UPDATE candidate_fts SET skills = 'C++' WHERE rowid = ?`).run(cpp);
    expect(db.prepare('SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH ? ORDER BY rowid').pluck().all('skills : c')).toEqual([cpp, csharp]);

    expect(migrate(db)).toEqual({ from: migration0010.version - 1, to: migrations.length });
    expect(ddl()).toBe(before);
    expect(db.prepare('SELECT candidate_id FROM search_dirty ORDER BY 1').pluck().all()).toEqual([cpp, csharp]);
    // Until the pass gets to them, the old documents still answer.
    expect(db.prepare('SELECT count(*) FROM candidate_fts').pluck().get()).toBe(2);
    expect(flushSearchIndex(db)).toBe(2);
    expect(found('skill:c#')).toEqual([csharp]);
    expect(found('skill:c++')).toEqual([cpp]);
    expect(found('skill:c')).toEqual([]);
  });
});
