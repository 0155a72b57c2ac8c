import { describe, expect, it } from 'vitest';
import { duplicateMappings, percent, problemRows } from '../import-model.js';

describe('import wizard helpers', () => {
  it('finds a field mapped from two columns', () => {
    expect(duplicateMappings(['firstName', null, 'email', 'email'])).toEqual(['email']);
    expect(duplicateMappings(['firstName', null])).toEqual([]);
  });
  it('reports only rows that did not land', () => {
    const row = (status: 'created' | 'invalid' | 'duplicate') => ({ row: 1, line: 2, status, candidateId: null, duplicateOf: null, messages: [] });
    expect(problemRows([row('created'), row('invalid'), row('duplicate')]).map((r) => r.status)).toEqual(['invalid', 'duplicate']);
  });
  it('also reports created rows flagged as likely duplicates', () => {
    const created = { row: 1, line: 2, status: 'created' as const, candidateId: 7, duplicateOf: null, messages: [] };
    const flagged = { ...created, row: 2, likelyDuplicateOf: { candidateId: 3, row: null, reasons: ['name+city' as const], score: 0.95 } };
    expect(problemRows([created, flagged]).map((r) => r.row)).toEqual([2]);
  });
  it('clamps progress', () => {
    expect(percent(5, 10)).toBe(50);
    expect(percent(5, 0)).toBe(0);
    expect(percent(12, 10)).toBe(100);
  });
});
