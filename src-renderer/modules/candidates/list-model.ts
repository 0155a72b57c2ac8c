import type { CandidateFilters, CandidateSummary } from '../../../src-shared/domain/candidate.js';
import type { SearchResult } from '../../../src-shared/ipc/contracts/search.js';

/** One row of the candidate list: a summary, plus highlight segments when it came from a search. */
export interface CandidateRow {
  id: number;
  displayName: string;
  currentTitle: string;
  currentCompany: string;
  city: string;
  country: string;
  primaryEmail: string | null;
  updatedAt: string;
  nameHighlight?: { text: string; match: boolean }[];
  snippet?: { text: string; match: boolean }[];
}

export const PAGE_SIZE = 100;
/** The search channel pages up to offset 10 000: deeper results are reached by narrowing the query. */
export const SEARCH_WINDOW = 10_000;

const count = new Intl.NumberFormat();
/** "32,292 matches · the best 10,000 listed": the list stops at SEARCH_WINDOW, the count does not. */
export const searchSubtitle = (matches: number, listed: number): string =>
  `${count.format(matches)} ${matches === 1 ? 'match' : 'matches'}${listed < matches ? ` · the best ${count.format(listed)} listed` : ''}`;

export const fromSummary = (c: CandidateSummary): CandidateRow => ({ ...c });
export const fromSearch = (r: SearchResult): CandidateRow => ({
  id: r.id,
  displayName: r.displayName,
  currentTitle: r.currentTitle,
  currentCompany: r.currentCompany,
  city: r.city,
  country: r.country,
  primaryEmail: null,
  updatedAt: '',
  nameHighlight: r.nameHighlight,
  snippet: r.snippet,
});

/** Pages (PAGE_SIZE rows each) covering rows first..last inclusive. */
export function pagesFor(first: number, last: number, total: number): number[] {
  if (total <= 0 || last < first) return [];
  const lo = Math.max(0, Math.floor(first / PAGE_SIZE));
  const hi = Math.min(Math.floor((total - 1) / PAGE_SIZE), Math.floor(Math.max(first, last) / PAGE_SIZE));
  const out: number[] = [];
  for (let p = lo; p <= hi; p++) out.push(p);
  return out;
}

/** Which rows a fixed-row-height window shows, with overscan rows above and below. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 8) {
  if (total <= 0) return { first: 0, last: -1 };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total - 1, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { first, last };
}

/** Rows per window step: the rendered window only moves when the scroll crosses a chunk boundary. */
export const CHUNK_ROWS = 6;
export const chunkOf = (scrollTop: number, rowHeight: number): number => Math.max(0, Math.floor(scrollTop / (rowHeight * CHUNK_ROWS)));

/** Rows rendered for a chunk: one chunk above, the viewport, and up to two chunks below (always covers the view). */
export function chunkRange(chunk: number, viewport: number, rowHeight: number, total: number) {
  if (total <= 0) return { first: 0, last: -1 };
  const first = Math.max(0, (chunk - 1) * CHUNK_ROWS);
  const last = Math.min(total - 1, (chunk + 2) * CHUNK_ROWS + Math.ceil(viewport / rowHeight));
  return { first, last };
}

export const columnIds = ['title', 'company', 'location', 'email', 'updated'] as const;
export type ColumnId = (typeof columnIds)[number];
export const columnLabels: Record<ColumnId, string> = {
  title: 'Title',
  company: 'Company',
  location: 'Location',
  email: 'E-mail',
  updated: 'Updated',
};
export const defaultColumns: ColumnId[] = [...columnIds];

export const isColumnId = (v: string): v is ColumnId => (columnIds as readonly string[]).includes(v);

/** Drops empty filter values so the request carries only what narrows the list. */
export function cleanFilters(filters: CandidateFilters): CandidateFilters {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== null && v !== '') out[k] = v;
  return out as CandidateFilters;
}
