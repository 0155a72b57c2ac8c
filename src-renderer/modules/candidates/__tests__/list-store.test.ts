import { afterEach, describe, expect, it } from 'vitest';
import { installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { PAGE_SIZE, SEARCH_WINDOW, searchSubtitle } from '../list-model.js';
import { rowAt, useCandidateListStore } from '../store.js';

const summary = (i: number) => ({ id: i + 1, displayName: `C ${i}`, currentTitle: '', currentCompany: '', city: '', country: '', primaryEmail: null, updatedAt: '2026-01-01T00:00:00Z' });

afterEach(() => useCandidateListStore.getState().reset());

describe('candidate list store', () => {
  it('holds only the pages asked for, fetched by offset from the core with sort and filters', async () => {
    const fake = installFakeBridge({
      'candidates:list-candidates': (p) => {
        const { offset, limit } = p as { offset: number; limit: number };
        return ok({ items: Array.from({ length: limit }, (_, k) => summary(offset + k)), total: 100_000 });
      },
    });
    await useCandidateListStore.getState().setFilters({ country: 'NO' });
    expect(useCandidateListStore.getState().total).toBe(100_000);
    useCandidateListStore.getState().ensureRange(50_000, 50_020);
    await new Promise((r) => setTimeout(r, 0));
    const s = useCandidateListStore.getState();
    expect(Object.keys(s.pages).map(Number).sort((a, b) => a - b)).toEqual([0, 500]);
    expect(rowAt(s.pages, 50_010)?.displayName).toBe('C 50010');
    const reqs = fake.callsTo('candidates:list-candidates') as { offset: number; country?: string; sort: string }[];
    expect(reqs.map((r) => r.offset)).toEqual([0, 500 * PAGE_SIZE]);
    expect(reqs.every((r) => r.country === 'NO' && r.sort === 'updated')).toBe(true);
  });

  it('switches to the search channel for a query and shows a malformed query on the box', async () => {
    installFakeBridge({
      'search:search-candidates': (p) =>
        (p as { query: string }).query === 'title:('
          ? { ok: false, error: { code: 'invalid_input', message: 'Close the bracket', field: 'query' } }
          : ok({ items: [{ id: 3, displayName: 'Ada', currentTitle: 'Eng', currentCompany: '', city: '', region: '', country: '', score: 1, nameHighlight: [{ text: 'Ada', match: true }], snippet: [] }], total: 1, limit: 100, offset: 0, ms: 2 }),
    });
    await useCandidateListStore.getState().setQuery('ada');
    expect(rowAt(useCandidateListStore.getState().pages, 0)?.nameHighlight).toEqual([{ text: 'Ada', match: true }]);
    await useCandidateListStore.getState().setQuery('title:(');
    expect(useCandidateListStore.getState().queryError).toBe('Close the bracket');
    expect(useCandidateListStore.getState().total).toBe(0);
  });

  it('a search with more matches than the list window keeps the full count apart from the rows it lists', async () => {
    installFakeBridge({
      'search:search-candidates': () => ok({ items: [], total: 32_292, limit: 100, offset: 0, ms: 9 }),
    });
    await useCandidateListStore.getState().setQuery('engineer');
    expect(useCandidateListStore.getState()).toMatchObject({ total: SEARCH_WINDOW, matches: 32_292 });
    expect(searchSubtitle(32_292, SEARCH_WINDOW)).toBe('32,292 matches · the best 10,000 listed');
    expect(searchSubtitle(1, 1)).toBe('1 match');
    expect(searchSubtitle(0, 0)).toBe('0 matches');
  });

  it('sorting the same column again flips the direction', async () => {
    installFakeBridge({ 'candidates:list-candidates': () => ok({ items: [], total: 0 }) });
    await useCandidateListStore.getState().setSort('name');
    expect(useCandidateListStore.getState().direction).toBe('asc');
    await useCandidateListStore.getState().setSort('name');
    expect(useCandidateListStore.getState().direction).toBe('desc');
  });
});

describe('candidate list store memory', () => {
  it('drops pages far from the window so 100k rows are never held', async () => {
    const { MAX_PAGES } = await import('../store.js');
    installFakeBridge({
      'candidates:list-candidates': (p) => {
        const { offset, limit } = p as { offset: number; limit: number };
        return ok({ items: Array.from({ length: limit }, (_, k) => summary(offset + k)), total: 100_000 });
      },
    });
    await useCandidateListStore.getState().load();
    for (let page = 0; page < 60; page++) {
      useCandidateListStore.getState().ensureRange(page * PAGE_SIZE, page * PAGE_SIZE + 10);
      await new Promise((r) => setTimeout(r, 0));
    }
    const held = Object.keys(useCandidateListStore.getState().pages).map(Number);
    expect(held.length).toBeLessThanOrEqual(MAX_PAGES + 1);
    expect(held).toContain(59);
    expect(held).not.toContain(0);
  });
});

describe('a search while the vault rebuilds its index', () => {
  it('keeps what the core says about the rebuild, and forgets it for the plain list', async () => {
    installFakeBridge({
      'search:search-candidates': () => ok({ items: [], total: 12, limit: 100, offset: 0, ms: 3, indexing: { pending: 40_000, of: 100_000 } }),
      'candidates:list-candidates': () => ok({ items: [], total: 100_000 }),
    });
    await useCandidateListStore.getState().setQuery('engineer');
    expect(useCandidateListStore.getState().indexing).toEqual({ pending: 40_000, of: 100_000 });
    await useCandidateListStore.getState().setQuery('');
    expect(useCandidateListStore.getState().indexing).toBeNull();
  });
});
