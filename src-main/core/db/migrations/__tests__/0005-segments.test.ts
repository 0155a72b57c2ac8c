import { describe, expect, it } from 'vitest';
import { freshDbEachTest } from '../../__tests__/fresh-db.js';
import type { WriteDb } from '../../database.js';
import { migrate, schemaVersion } from '../../migrate.js';
import { migrations } from '../index.js';
import { migration0005 } from '../0005-segments.js';

let db: WriteDb;
freshDbEachTest((d) => (db = d));

const at = '2026-01-01T00:00:00.000Z';
const run = (text: string, ...params: unknown[]) => db.prepare(text).run(...params);
const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('migration 0005: segments', () => {
  it('upgrades a vault at the previous version with its data untouched', () => {
    const before = migrations.filter((m) => m.version < migration0005.version);
    migrate(db, before);
    run(`INSERT INTO candidates (first_name, display_name, created_at, updated_at) VALUES ('Ada', 'Ada', ?, ?)`, at, at);
    expect(migrate(db)).toEqual({ from: migration0005.version - 1, to: migrations.length });
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
    expect(count('candidates')).toBe(1);
    for (const table of ['segments', 'segment_counts', 'candidate_lists', 'candidate_list_members', 'personas']) expect(count(table)).toBe(0);
  });

  it('keeps definitions valid JSON and names unique ignoring case', () => {
    migrate(db);
    run(`INSERT INTO segments (name, definition, created_at, updated_at) VALUES ('Java devs', '{"kind":"group"}', ?, ?)`, at, at);
    expect(() => run(`INSERT INTO segments (name, definition, created_at, updated_at) VALUES ('JAVA DEVS', '{}', ?, ?)`, at, at)).toThrow(/UNIQUE/);
    expect(() => run(`INSERT INTO segments (name, definition, created_at, updated_at) VALUES ('x', 'not json', ?, ?)`, at, at)).toThrow(/CHECK/);
    expect(() => run(`INSERT INTO personas (name, skills, created_at, updated_at) VALUES ('p', '[', ?, ?)`, at, at)).toThrow(/CHECK/);
  });

  it('cascades counts with their segment, members with their list or candidate, and refuses to orphan a persona', () => {
    migrate(db);
    const segment = Number(run(`INSERT INTO segments (name, definition, created_at, updated_at) VALUES ('s', '{}', ?, ?)`, at, at).lastInsertRowid);
    run(`INSERT INTO segment_counts (segment_id, day, members, counted_at) VALUES (?, '2026-01-01', 3, ?)`, segment, at);
    const candidate = Number(run(`INSERT INTO candidates (first_name, display_name, created_at, updated_at) VALUES ('Ada', 'Ada', ?, ?)`, at, at).lastInsertRowid);
    const list = Number(
      run(`INSERT INTO candidate_lists (name, source_segment_id, created_at, updated_at) VALUES ('l', ?, ?, ?)`, segment, at, at).lastInsertRowid,
    );
    run(`INSERT INTO candidate_list_members (list_id, candidate_id, added_at) VALUES (?, ?, ?)`, list, candidate, at);
    const persona = Number(run(`INSERT INTO personas (name, segment_id, created_at, updated_at) VALUES ('p', ?, ?, ?)`, segment, at, at).lastInsertRowid);

    expect(() => run('DELETE FROM segments WHERE id = ?', segment)).toThrow(/FOREIGN KEY/);
    run('DELETE FROM personas WHERE id = ?', persona);
    run('DELETE FROM segments WHERE id = ?', segment);
    expect(count('segment_counts')).toBe(0);
    // A frozen list outlives the segment it came from.
    expect(db.prepare('SELECT source_segment_id FROM candidate_lists WHERE id = ?').get(list)).toEqual({ source_segment_id: null });
    run('DELETE FROM candidates WHERE id = ?', candidate);
    expect(count('candidate_list_members')).toBe(0);
    run(`INSERT INTO candidate_list_members (list_id, candidate_id, added_at) SELECT ?, id, ? FROM candidates`, list, at);
    run('DELETE FROM candidate_lists WHERE id = ?', list);
    expect(count('candidate_list_members')).toBe(0);
  });
});
