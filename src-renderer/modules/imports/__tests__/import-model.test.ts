import { describe, expect, it } from 'vitest';
import { advanceCsvProgress, CSV_FINISHING, csvProgressView, duplicateMappings, percent, problemRows, resumeProgressText, rowStatusLabel } from '../import-model.js';
import type { JobProgress } from '../progress-store.js';

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

describe('CSV import progress', () => {
  const ev = (phase: string, done: number, total: number) => ({ phase, done, total });
  const fold = (...events: ReturnType<typeof ev>[]) => events.reduce<JobProgress | undefined>((p, e) => advanceCsvProgress(p, e), undefined);

  it('says what it does in words, and counts rows only when the total is known', () => {
    expect(csvProgressView(undefined)).toMatchObject({ label: 'Starting…', value: null });
    expect(csvProgressView(fold(ev('reading', 9157, 0)))).toMatchObject({ stepText: 'Step 1 of 5', label: 'Reading the file…', detail: '9,157 rows read', value: null });
    expect(csvProgressView(fold(ev('reading', 0, 0)))).toMatchObject({ detail: '', value: null });
    expect(csvProgressView(fold(ev('checking', 5, 10)))).toMatchObject({ stepText: 'Step 2 of 5', label: 'Checking rows', detail: '5 of 10 rows', value: 50 });
    expect(csvProgressView(fold(ev('checking duplicates', 1074, 20006))).valueText).toBe('Step 3 of 5: Looking for duplicates, 1,074 of 20,006 rows');
    expect(csvProgressView(fold(ev('indexing', 3, 4))).detail).toBe('3 of 4 candidates');
    expect(csvProgressView(fold(ev('done', 10, 10)))).toMatchObject({ stepText: 'Step 5 of 5', label: 'Finishing…', value: null });
  });
  it('never goes backwards', () => {
    // Skip mode: 'writing' and 'saving' interleave within one step; the count only grows.
    expect(fold(ev('checking', 10, 10), ev('writing', 6, 10), ev('saving', 5, 10))).toMatchObject({ step: 3, done: 6 });
    // A new step starts from its own count.
    expect(fold(ev('checking duplicates', 9, 10), ev('writing', 1, 10))).toMatchObject({ step: 3, done: 1 });
    // All-or-nothing: 'saving' after 'indexing' means finishing.
    expect(fold(ev('indexing', 4, 4), ev('saving', 10, 10))?.step).toBe(CSV_FINISHING);
    // Unknown phases do not move it.
    expect(fold(ev('writing', 3, 10), ev('mystery', 0, 0))).toMatchObject({ step: 3, done: 3 });
  });
  it('lists invalid rows first, then likely duplicates, then duplicates', () => {
    const r = (row: number, status: 'created' | 'invalid' | 'duplicate' | 'skipped', likely = false) => ({
      row,
      line: row + 1,
      status,
      candidateId: null,
      duplicateOf: null,
      messages: [],
      ...(likely ? { likelyDuplicateOf: { candidateId: 1, row: null, reasons: ['name+city' as const], score: 0.9 } } : {}),
    });
    expect(problemRows([r(1, 'duplicate'), r(2, 'skipped'), r(3, 'created', true), r(4, 'invalid'), r(5, 'duplicate'), r(6, 'invalid')]).map((x) => x.row)).toEqual([4, 6, 3, 1, 5, 2]);
  });
});

describe('resumeProgressText', () => {
  it('says what is happening in words, with file counts', () => {
    expect(resumeProgressText({ phase: 'reading', done: 0, total: 12 })).toBe('Reading 12 files…');
    expect(resumeProgressText({ phase: 'importing', done: 3, total: 12 })).toBe('Imported 3 of 12 files');
    expect(resumeProgressText({ phase: 'importing', done: 1, total: 1 })).toBe('Imported 1 of 1 file');
  });
});

describe('rowStatusLabel', () => {
  it('says what would happen when nothing was written, and what happened otherwise', () => {
    expect(rowStatusLabel('created', 'dry-run')).toBe('to create');
    expect(rowStatusLabel('updated', 'dry-run')).toBe('to update');
    expect(rowStatusLabel('created', 'aborted')).toBe('would create');
    expect(rowStatusLabel('created', 'committed')).toBe('created');
    expect(rowStatusLabel('duplicate', 'dry-run')).toBe('duplicate');
    expect(rowStatusLabel('invalid', 'aborted')).toBe('invalid');
  });
});
