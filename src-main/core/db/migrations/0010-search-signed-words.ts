import type { Migration } from './types.js';

/**
 * Search tells C# and C++ from C: a one-letter word followed by '#' or '+' is written into the search documents
 * with private-use signs the tokenizer keeps (encodeSearchSigns in search-query.ts). The tokenizer itself is
 * unchanged, so the table stays as it is and is searchable meanwhile: every candidate is only queued for
 * re-indexing (search_dirty), which interactive hosts do in a background pass.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'search-signed-words',
  up(db) {
    db.exec(`
      DELETE FROM search_dirty;
      INSERT INTO search_dirty (candidate_id) SELECT id FROM candidates;
    `);
  },
};
