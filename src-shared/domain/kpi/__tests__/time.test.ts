import { describe, expect, it } from 'vitest';
import { histogram, median, percentile, summarize } from '../stats.js';
import { bucketIndex, bucketsOf, daysInclusive, granularityFor, previousPeriod, rangeOf } from '../time.js';

describe('periods', () => {
  it('turns inclusive dates into a half-open UTC range and finds the previous period of the same length', () => {
    expect(rangeOf('2026-01-01', '2026-03-31')).toEqual({ start: '2026-01-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z' });
    expect(daysInclusive('2026-01-01', '2026-03-31')).toBe(90);
    expect(previousPeriod('2026-01-01', '2026-03-31')).toEqual({ from: '2025-10-03', to: '2025-12-31' });
    expect(previousPeriod('2026-03-01', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });
  it('buckets by day, Monday weeks or calendar months, clipped to the period', () => {
    expect(granularityFor('2026-01-01', '2026-01-31')).toBe('day');
    expect(granularityFor('2026-01-01', '2026-03-31')).toBe('week');
    expect(granularityFor('2025-05-01', '2026-04-30')).toBe('month');
    // 2026-01-01 is a Thursday: the first week is Thu–Sun, then Monday weeks.
    const weeks = bucketsOf('2026-01-01', '2026-01-20', 'week');
    expect(weeks).toEqual([
      { from: '2026-01-01', to: '2026-01-04', label: 'from 1 Jan' },
      { from: '2026-01-05', to: '2026-01-11', label: 'w/c 5 Jan' },
      { from: '2026-01-12', to: '2026-01-18', label: 'w/c 12 Jan' },
      { from: '2026-01-19', to: '2026-01-20', label: 'w/c 19 Jan' },
    ]);
    expect(bucketsOf('2026-01-15', '2026-03-10', 'month').map((b) => [b.from, b.to, b.label])).toEqual([
      ['2026-01-15', '2026-01-31', 'Jan 2026'],
      ['2026-02-01', '2026-02-28', 'Feb 2026'],
      ['2026-03-01', '2026-03-10', 'Mar 2026'],
    ]);
    expect(bucketIndex(weeks, '2026-01-11T23:59:59Z')).toBe(1);
    expect(bucketIndex(weeks, '2026-01-21T00:00:00Z')).toBe(-1);
  });
});

describe('statistics', () => {
  it('median averages the middle pair; nearest-rank percentile', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(summarize([])).toEqual({ count: 0, mean: null, median: null, p90: null, min: null, max: null });
  });
  it('histogram bins are [edge, next edge) and the last is open', () => {
    expect(histogram([0, 6.9, 7, 13, 30, 100], [0, 7, 14]).map((b) => [b.label, b.count])).toEqual([
      ['0–6 d', 2],
      ['7–13 d', 2],
      ['14+ d', 2],
    ]);
  });
});
