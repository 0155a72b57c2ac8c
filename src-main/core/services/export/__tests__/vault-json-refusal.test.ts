import { describe, expect, it } from 'vitest';
import { openPlain } from '../../../db/database.js';
import { refusalReason } from '../vault-json.js';

// The words a hand-edited export's refused row gets, from the errors SQLite really raises on a STRICT table.
describe('refusalReason', () => {
  const db = openPlain(':memory:');
  db.exec(`CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER CHECK (age >= 0), email TEXT, UNIQUE (email)) STRICT`);
  db.exec(`INSERT INTO people VALUES (1, 'Ada', 36, 'ada@example.org')`);
  const columns = ['id', 'name', 'age', 'email'];
  const refused = (values: unknown[]): string => {
    try {
      db.prepare('INSERT INTO people (id, name, age, email) VALUES (?, ?, ?, ?)').run(...values);
    } catch (error) {
      return refusalReason(error, columns, values);
    }
    throw new Error('the row was accepted');
  };

  it('names the column and the value instead of SQLite\'s bare wording', () => {
    expect(refused(['seven', 'Bo', 1, null])).toBe('its id "seven" is not a whole number');
    expect(refused([2, null, 1, null])).toBe('column name needs a value');
    expect(refused([2, 'Bo', 'old', null])).toBe('column age holds integer values, not text ("old")');
    expect(refused([2, 'Bo', -1, null])).toBe('column age does not allow -1 (allowed: age >= 0)');
    expect(refused([1, 'Bo', 1, null])).toBe('another row of the table already has this id (1)');
    expect(refused([2, 'Bo', 1, 'ada@example.org'])).toBe('another row of the table already has this email ("ada@example.org")');
  });
});
