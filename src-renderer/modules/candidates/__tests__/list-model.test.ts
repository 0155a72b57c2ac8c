import { describe, expect, it } from 'vitest';
import { cleanFilters, PAGE_SIZE, pagesFor, visibleRange } from '../list-model.js';

describe('windowing maths', () => {
  it('shows the rows in view plus overscan, clamped to the list', () => {
    expect(visibleRange(0, 440, 44, 100_000, 5)).toEqual({ first: 0, last: 15 });
    expect(visibleRange(44 * 1000, 440, 44, 100_000, 5)).toEqual({ first: 995, last: 1015 });
    expect(visibleRange(44 * 99_995, 440, 44, 100_000, 5).last).toBe(99_999);
    expect(visibleRange(0, 440, 44, 0)).toEqual({ first: 0, last: -1 });
  });

  it('asks only for the pages the window touches, never past the end', () => {
    expect(pagesFor(0, 15, 100_000)).toEqual([0]);
    expect(pagesFor(PAGE_SIZE - 3, PAGE_SIZE + 3, 100_000)).toEqual([0, 1]);
    expect(pagesFor(99_990, 100_010, 100_000)).toEqual([999]);
    expect(pagesFor(0, 10, 0)).toEqual([]);
  });

  it('drops empty filter values', () => {
    expect(cleanFilters({ city: '', tag: 'x', country: undefined })).toEqual({ tag: 'x' });
  });
});

describe('chunked window', () => {
  it('always covers the viewport wherever inside a chunk the scroll is', async () => {
    const { chunkOf, chunkRange, CHUNK_ROWS } = await import('../list-model.js');
    const rowH = 44;
    const viewport = 400;
    for (const top of [0, 100, 44 * CHUNK_ROWS - 1, 44 * CHUNK_ROWS, 44 * 5000 + 300]) {
      const { first, last } = chunkRange(chunkOf(top, rowH), viewport, rowH, 100_000);
      expect(first * rowH).toBeLessThanOrEqual(top);
      expect((last + 1) * rowH).toBeGreaterThanOrEqual(top + viewport);
    }
    expect(chunkRange(0, viewport, rowH, 5)).toEqual({ first: 0, last: 4 });
  });
});
