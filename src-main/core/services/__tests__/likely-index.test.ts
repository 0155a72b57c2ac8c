import { describe, expect, it } from 'vitest';
import { LIKELY_BUCKET_SCAN, LikelyIndex, type LikelyRecord } from '../duplicates.js';

const person = (first: string, last: string, extra: Partial<LikelyRecord> = {}): LikelyRecord => ({
  candidateId: null,
  row: null,
  first_name: first,
  last_name: last,
  current_company: '',
  city: '',
  ...extra,
});
const add = (index: LikelyIndex, r: LikelyRecord) => index.add(r, `${r.first_name} ${r.last_name}`);

describe('LikelyIndex (bulk import likely duplicates)', () => {
  it('finds a similar name at the same company or in the same city, vault records before file rows', () => {
    const index = new LikelyIndex();
    add(index, person('Robert', 'Lindqvist', { candidateId: 7, current_company: 'Acme Corp.' }));
    add(index, person('Robert', 'Lindqvist', { row: 3, current_company: 'ACME Corporation', city: 'Oslo' }));
    add(index, person('Roberta', 'Lindgren', { row: 4, city: 'Bergen' }));
    const hits = index.find({ firstName: 'Rob', lastName: 'Lindqvist', currentCompany: 'Acme', city: 'Oslo' });
    expect(hits.map((h) => [h.record.candidateId, h.record.row, h.reasons.map((r) => r.kind)])).toEqual([
      [7, null, ['name+company']],
      [null, 3, ['name+company', 'name+city']],
    ]);
    expect(index.find({ firstName: 'Rob', lastName: 'Lindqvist', currentCompany: '', city: 'Trondheim' })).toEqual([]);
  });

  it('compares a probe with a bounded part of a huge bucket: the oldest and the newest records', () => {
    const index = new LikelyIndex();
    // Generated-looking rows: everyone in one city with the same name starts, so one bucket of 3000.
    add(index, person('Pernille', 'Testesen', { candidateId: 1, city: 'Oslo' }));
    for (let i = 2; i <= 3000; i++) add(index, person(`Person${i}`, `Tester${i % 211}`, { row: i, city: 'Oslo' }));
    add(index, person('Per', 'Testesen', { row: 3001, city: 'Oslo' }));
    let compared = 0;
    const hits = index.find({ firstName: 'Pernille', lastName: 'Testesen', currentCompany: '', city: 'Oslo' }, () => {
      compared++;
      return false;
    });
    expect(compared).toBe(LIKELY_BUCKET_SCAN);
    // The vault's candidate (oldest) and the newest row are both within the bound.
    expect(hits.map((h) => h.record.candidateId ?? `row ${h.record.row}`)).toEqual(expect.arrayContaining([1, 'row 3001']));
  });

  it('forgets rolled-back rows (dropFrom) in every bucket they joined, and keeps the rest', () => {
    const index = new LikelyIndex();
    add(index, person('Maria', 'Garcia Lopez', { candidateId: 5, current_company: 'Globex', city: 'Madrid' }));
    add(index, person('Maria', 'Garcia Lopez', { row: 1, current_company: 'Globex', city: 'Madrid' }));
    add(index, person('Maria', 'Garcia Lopez', { row: 2, current_company: 'Globex', city: 'Madrid' }));
    add(index, person('Marie', 'Garcia Lopez', { row: 3, city: 'Madrid' }));
    const probe = { firstName: 'Maria', lastName: 'Garcia Lopez', currentCompany: 'Globex', city: 'Madrid' };
    const found = () => index.find(probe).map((h) => h.record.candidateId ?? `row ${h.record.row}`);
    expect(found()).toEqual([5, 'row 1', 'row 2', 'row 3']);
    index.dropFrom(2);
    expect(found()).toEqual([5, 'row 1']);
    // Rows added again after the rollback are found again, once.
    add(index, person('Maria', 'Garcia Lopez', { row: 2, current_company: 'Globex', city: 'Madrid' }));
    expect(found()).toEqual([5, 'row 1', 'row 2']);
  });

  it('tells "A+ Dental" from "A Dental", as the create path and search do', () => {
    const index = new LikelyIndex();
    add(index, person('Ada', 'Okafor', { candidateId: 9, current_company: 'A+ Dental Ltd' }));
    const at = (company: string) => index.find({ firstName: 'Ada', lastName: 'Okafor', currentCompany: company, city: '' }).map((h) => h.record.candidateId);
    expect(at('A+ Dental')).toEqual([9]);
    expect(at('A Dental')).toEqual([]);
  });
});
