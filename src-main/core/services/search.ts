import {
  parseSearchQuery,
  SearchQueryError,
  type QueryNode,
  type SearchField,
  type TextSegment,
} from '../../../src-shared/domain/search-query.js';
import type { SearchResult } from '../../../src-shared/ipc/contracts/search.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { WriteDb } from '../db/database.js';
import { sql } from '../db/statements.js';
import { flushSearchIndex } from './search-index.js';

const fieldColumn: Record<SearchField, string> = {
  name: 'name',
  title: 'title',
  company: 'company',
  skill: 'skills',
  location: 'location',
  tag: 'tags',
  source: 'source',
  notes: 'notes',
  resume: 'resume',
};

/** Every piece of user text becomes an FTS5 string literal; doubling `"` is the only escape FTS5 has. */
export const ftsString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * AST → FTS5 MATCH expression. Only this function writes FTS5 syntax, and it writes operators, parentheses
 * and column names it owns; user text only ever appears inside ftsString().
 */
export function compileMatch(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return node.prefix ? `${ftsString(node.text)}*` : ftsString(node.text);
    case 'field':
      return `${fieldColumn[node.field]} : (${compileMatch(node.child)})`;
    case 'or':
      return node.children.map((c) => `(${compileMatch(c)})`).join(' OR ');
    case 'and': {
      const positives = node.children.filter((c) => c.kind !== 'not');
      const negatives = node.children.flatMap((c) => (c.kind === 'not' ? [c.child] : []));
      // The parser guarantees at least one positive term per group (FTS5 NOT is binary).
      const base = positives.map((c) => `(${compileMatch(c)})`).join(' AND ');
      return negatives.reduce((expr, n) => `(${expr}) NOT (${compileMatch(n)})`, base);
    }
    case 'not':
      // Only reachable inside an AND group, which handles it; kept total for the type checker.
      throw new SearchQueryError('Add at least one term to search for: NOT and - only exclude results', 0);
  }
}

/** Parses and compiles; a user mistake becomes `invalid_input` with the parser's explanation. */
export function toMatchExpression(query: string): string {
  try {
    return compileMatch(parseSearchQuery(query));
  } catch (error) {
    if (error instanceof SearchQueryError) throw new CodedError('invalid_input', error.message, 'query');
    throw error;
  }
}

const START = '\u0002';
const END = '\u0003';

/** Splits highlight()/snippet() output at the control-character markers into renderable segments. */
export function toSegments(marked: string | null): TextSegment[] {
  if (!marked) return [];
  const out: TextSegment[] = [];
  let match = false;
  let text = '';
  const push = () => {
    if (text) {
      const last = out[out.length - 1];
      if (last && last.match === match) last.text += text;
      else out.push({ text, match });
    }
    text = '';
  };
  for (const ch of marked) {
    if (ch === START || ch === END) {
      push();
      match = ch === START;
    } else text += ch;
  }
  push();
  return out;
}

interface Row {
  id: number;
  display_name: string;
  current_title: string;
  current_company: string;
  city: string;
  region: string;
  country: string;
  rank: number;
  name_hl: string | null;
  snip: string | null;
}

/**
 * One statement for the page: FTS5 consumes ORDER BY rank itself, so with LIMIT only the page's rows get
 * their highlight/snippet computed and joined to candidates. The total is a second, rank-free count.
 */
const PAGE_SQL = `
  SELECT c.id, c.display_name, c.current_title, c.current_company, c.city, c.region, c.country, f.rank AS rank,
         highlight(candidate_fts, 0, char(2), char(3)) AS name_hl,
         snippet(candidate_fts, -1, char(2), char(3), '…', 16) AS snip
  FROM candidate_fts f CROSS JOIN candidates c ON c.id = f.rowid
  WHERE candidate_fts MATCH ?
  ORDER BY f.rank
  LIMIT ? OFFSET ?`;
const COUNT_SQL = 'SELECT count(*) AS n FROM candidate_fts WHERE candidate_fts MATCH ?';

export interface SearchPage {
  items: SearchResult[];
  total: number;
  limit: number;
  offset: number;
  ms: number;
}

/** Runs an FTS5 statement, turning any FTS5 complaint into a user-facing error rather than a SQL one. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/fts5|malformed MATCH|unterminated/i.test(message)) {
      throw new CodedError('invalid_input', 'This search could not be understood; check quotes, parentheses and operators.', 'query');
    }
    throw error;
  }
}

export function searchCandidates(db: WriteDb, query: string, page: { limit: number; offset: number }): SearchPage {
  const started = performance.now();
  const match = toMatchExpression(query);
  flushSearchIndex(db);
  const rows = guarded(() => sql(db, PAGE_SQL).all(match, page.limit, page.offset) as Row[]);
  // A first page that is not full already knows the total.
  const total =
    page.offset === 0 && rows.length < page.limit
      ? rows.length
      : guarded(() => (sql(db, COUNT_SQL).get(match) as { n: number }).n);
  return {
    items: rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      currentTitle: r.current_title,
      currentCompany: r.current_company,
      city: r.city,
      region: r.region,
      country: r.country,
      score: -r.rank,
      nameHighlight: toSegments(r.name_hl),
      snippet: toSegments(r.snip),
    })),
    total,
    limit: page.limit,
    offset: page.offset,
    ms: Math.round((performance.now() - started) * 100) / 100,
  };
}
