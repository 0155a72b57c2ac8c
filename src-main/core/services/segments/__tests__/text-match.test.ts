// The reference tokenizer must split and fold text exactly like FTS5's unicode61 (remove_diacritics 2) does
// for the scripts we test with; the ground truth is the real FTS5 vocabulary of the same text.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { searchTokens } from '../../../../../src-shared/domain/segments/text-match.js';
import { WORDS, SKILLS, TAGS, CITIES, REGIONS, SOURCES, INDUSTRIES } from './world.js';

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2');
         CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`);
afterAll(() => db.close());

function ftsTokens(text: string): string[] {
  db.prepare('DELETE FROM t').run();
  db.prepare('INSERT INTO t (a) VALUES (?)').run(text);
  return (db.prepare('SELECT term FROM v ORDER BY offset').all() as { term: string }[]).map((r) => r.term);
}

const samples = [
  'Zürich Ærø straße ÉCOLE Œuvre ŁÓDŹ',
  'Москва Йошкар-Ола ёлка',
  'ΟΔΟΣ Ἀθῆναι ά',
  '東京都 北京 日本語テキスト',
  "O'Brien 100% snake_case back\\slash",
  'e\u0301cole naïve São Paulo',
  'İstanbul',
  'مرحبا بالعالم',
  'ß ẞ Ǆemal',
  'C++ Node.js x"y 50% a_b c\\d Q&A',
  ...WORDS,
  ...SKILLS,
  ...TAGS,
  ...CITIES,
  ...REGIONS,
  ...SOURCES,
  ...INDUSTRIES,
];

describe('searchTokens ≡ FTS5 unicode61 remove_diacritics 2', () => {
  it.each(samples)('%s', (text) => {
    expect(searchTokens(text)).toEqual(ftsTokens(text));
  });
});
