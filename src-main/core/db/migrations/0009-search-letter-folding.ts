import type { Migration } from './types.js';

/**
 * Search finds "Søren" for "soren", "Tromsø" for "tromso", "Łukasz" for "lukasz", "Groß" for "gross": FTS5's
 * remove_diacritics only drops accents that decompose (ü → u), not letters of their own (ø æ œ ß ł đ ı þ ð).
 * Each short column gets a twin holding its text with those letters spelled out, filled only when it differs
 * (rapport_fold_alt, registered on every connection), so other documents' lengths and ranks stay as they were;
 * the twins weigh what their column weighs. FTS5 cannot add columns: the table is re-created and every
 * candidate is re-indexed on first use (search_dirty), as migration 0002 did.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'search-letter-folding',
  up(db) {
    db.exec(`
      DROP TABLE candidate_fts;
      CREATE VIRTUAL TABLE candidate_fts USING fts5(
        name, title, company, skills, location, tags, source, notes, resume,
        name_alt, title_alt, company_alt, skills_alt, location_alt, tags_alt,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      INSERT INTO candidate_fts (candidate_fts, rank) VALUES ('rank', 'bm25(10.0, 6.0, 4.0, 5.0, 3.0, 3.0, 2.0, 1.0, 0.5, 10.0, 6.0, 4.0, 5.0, 3.0, 3.0)');
      DELETE FROM search_dirty;
      INSERT INTO search_dirty (candidate_id) SELECT id FROM candidates;
    `);
  },
};
