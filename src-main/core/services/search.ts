import {
  decodeSearchSigns,
  encodeSearchSigns,
  expandSkillSynonyms,
  foldLetters,
  lastWord,
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
import { searchTokens } from '../../../src-shared/domain/segments/text-match.js';
import { skillsTaxonomy } from './resumes/skills-taxonomy.js';
import { flushSearchIndex, searchIndexBacklog } from './search-index.js';

/** A field searches its column and, where it has one, the column's spelled-out twin (migration 0009). */
const fieldColumn: Record<SearchField, string> = {
  name: '{name name_alt}',
  title: '{title title_alt}',
  company: '{company company_alt}',
  skill: '{skills skills_alt}',
  location: '{location location_alt}',
  tag: '{tags tags_alt}',
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
    case 'term': {
      // C# and C++ as the index writes them; then ø æ ß ł … spelled out, as the index's twins hold them:
      // "Søren" finds Soren and Søren alike.
      const text = foldLetters(encodeSearchSigns(node.text));
      return node.prefix ? `${ftsString(text)}*` : ftsString(text);
    }
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

/** A skill name as the index sees it (its words, folded), so "Node.js", "node js" and "NODE.JS" are one key. */
const skillKey = (name: string): string => searchTokens(foldLetters(encodeSearchSigns(name))).join(' ');

let skillNames: Map<string, { canonical: string; aliases: readonly string[] }> | null = null;

/**
 * The taxonomy's other names for a skill (resumes/skills-taxonomy.ts, which import canonicalises to): a synonym
 * finds its canonical name (k8s → Kubernetes) and the canonical name every synonym (a skill stored as "k8s"),
 * but one synonym not the others (EKS is Kubernetes, not GKE). Names that contain the term's words anyway
 * ("Java 8" for java) are left out: they cannot add a match.
 */
export function skillSynonyms(text: string): readonly string[] {
  if (!skillNames) {
    skillNames = new Map();
    for (const entry of skillsTaxonomy) {
      const aliases = entry.aliases ?? [];
      for (const name of [entry.name, ...aliases]) {
        const key = skillKey(name);
        // First entry wins, as in canonicalSkill.
        if (key !== '' && !skillNames.has(key)) skillNames.set(key, { canonical: entry.name, aliases: name === entry.name ? aliases : [] });
      }
    }
  }
  const key = skillKey(text);
  const found = skillNames.get(key);
  if (!found) return [];
  const seen = new Set([key]);
  return [found.canonical, ...found.aliases].filter((name) => {
    const other = skillKey(name);
    if (seen.has(other) || ` ${other} `.includes(` ${key} `)) return false;
    seen.add(other);
    return true;
  });
}

/** Parses and compiles; a user mistake becomes `invalid_input` with the parser's explanation. */
export function toMatchExpression(query: string): string {
  return compileQuery(query).match;
}

function compileQuery(query: string): { node: QueryNode; match: string } {
  try {
    // Synonyms only here (Search): a segment's text condition matches as written (segments/compile.ts).
    const node = expandSkillSynonyms(parseSearchQuery(query), skillSynonyms);
    return { node, match: compileMatch(node) };
  } catch (error) {
    if (error instanceof SearchQueryError) throw new CodedError('invalid_input', error.message, 'query');
    throw error;
  }
}

/** Prefix lengths candidate_fts keeps an index for (migration 0002: prefix = '2 3'). */
const INDEXED_PREFIX_LENGTHS = new Set([2, 3]);

/**
 * A prefix term without a prefix index ("develop*") makes FTS5 merge the doclists of every matching term each
 * time the expression is set up: cheap once, costly once per result row (see pageRowsByRange).
 */
export function hasUnindexedPrefix(node: QueryNode): boolean {
  switch (node.kind) {
    case 'term': {
      if (!node.prefix) return false;
      return !INDEXED_PREFIX_LENGTHS.has([...lastWord(node.text)].length);
    }
    case 'field':
    case 'not':
      return hasUnindexedPrefix(node.child);
    case 'and':
    case 'or':
      return node.children.some(hasUnindexedPrefix);
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
  // The index writes C# and C++ with private-use signs (encodeSearchSigns): shown as written.
  for (const ch of decodeSearchSigns(marked)) {
    if (ch === START || ch === END) {
      push();
      match = ch === START;
    } else text += ch;
  }
  push();
  return out;
}

/** A page row as the statements return it (exported for the tests that hold both page paths to one answer). */
export interface Row {
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
 * The page's ranking expression: the table's own rank setting (migration 0002 stores `bm25(10.0, 6.0, …)`)
 * written out as an explicit bm25() call, read from the vault so the column weights stay defined in one place.
 */
function rankExpression(db: WriteDb): string {
  const row = sql(db, `SELECT v FROM candidate_fts_config WHERE k = 'rank'`).get() as { v: string } | undefined;
  const weights = row ? /^\s*bm25\s*\(([\d.,\s]*)\)\s*$/.exec(String(row.v))?.[1]?.trim() : undefined;
  // Anything but plain bm25 weights (never written by our migrations) falls back to bm25's defaults.
  return weights ? `bm25(candidate_fts, ${weights})` : 'bm25(candidate_fts)';
}

/**
 * One statement for the page. The inner query ranks with an explicit bm25() and LIMIT, which SQLite runs as a
 * top-N sort over the matches; `ORDER BY rank` leaves the sorting to FTS5's own sorter, which measured ~1.6×
 * slower for the first page (bench `search` suite, 10k candidates). Ties go by id, so pages are stable.
 * Only the page's rows are then re-positioned (rowid = ? with the same MATCH) for highlight()/snippet() and
 * joined to candidates. The total is a separate, rank-free count.
 */
const pageSql = (rank: string) => `
  SELECT c.id, c.display_name, c.current_title, c.current_company, c.city, c.region, c.country, top.score AS rank,
         highlight(candidate_fts, 0, char(2), char(3)) AS name_hl,
         snippet(candidate_fts, -1, char(2), char(3), '…', 16) AS snip
  FROM (SELECT rowid AS id, ${rank} AS score FROM candidate_fts WHERE candidate_fts MATCH @match
        ORDER BY score, rowid LIMIT @limit OFFSET @offset) AS top
  CROSS JOIN candidate_fts f ON f.rowid = top.id
  CROSS JOIN candidates c ON c.id = top.id
  WHERE f.candidate_fts MATCH @match
  ORDER BY top.score, top.id`;
const COUNT_SQL = 'SELECT count(*) AS n FROM candidate_fts WHERE candidate_fts MATCH ?';

/**
 * The same page in two steps: the ranked ids first, then one pass over the matches between the lowest and
 * highest of them for highlight()/snippet(). The unary + keeps the id list out of FTS5's plan: it is a filter,
 * not 20 lookups. Cheaper than repositioning row by row when the matches are few (the pass is short) or the
 * query has an unindexed prefix, which FTS5 would expand again for every row (measured at 100k candidates:
 * `develop*` 22 ms for the ranking, +27 ms for 20 per-row repositionings). Above a few hundred matches, the
 * row-by-row statement wins (bench `search` suite).
 */
const RANGE_PATH_MAX_MATCHES = 600;
const topSql = (rank: string) =>
  `SELECT rowid AS id, ${rank} AS score FROM candidate_fts WHERE candidate_fts MATCH @match ORDER BY score, rowid LIMIT @limit OFFSET @offset`;
const RANGE_ROWS_SQL = `
  SELECT c.id, c.display_name, c.current_title, c.current_company, c.city, c.region, c.country,
         highlight(candidate_fts, 0, char(2), char(3)) AS name_hl,
         snippet(candidate_fts, -1, char(2), char(3), '…', 16) AS snip
  FROM candidate_fts f CROSS JOIN candidates c ON c.id = f.rowid
  WHERE f.candidate_fts MATCH @match AND f.rowid >= @lo AND f.rowid <= @hi AND +f.rowid IN (SELECT value FROM json_each(@ids))`;

/** The page's rows by id, each re-positioned on its own (rowid = ? with the MATCH) for highlight()/snippet(). */
const IDS_ROWS_SQL = `
  SELECT c.id, c.display_name, c.current_title, c.current_company, c.city, c.region, c.country,
         highlight(candidate_fts, 0, char(2), char(3)) AS name_hl,
         snippet(candidate_fts, -1, char(2), char(3), '…', 16) AS snip
  FROM json_each(@ids) AS j
  CROSS JOIN candidate_fts f ON f.rowid = j.value
  CROSS JOIN candidates c ON c.id = f.rowid
  WHERE f.candidate_fts MATCH @match`;

interface PageSql {
  page: string;
  top: string;
}
const pageSqls = new WeakMap<WriteDb, PageSql>();
const pageSqlFor = (db: WriteDb): PageSql => {
  let text = pageSqls.get(db);
  if (text === undefined) {
    const rank = rankExpression(db);
    pageSqls.set(db, (text = { page: pageSql(rank), top: topSql(rank) }));
  }
  return text;
};

export function pageRowsOneByOne(db: WriteDb, match: string, page: { limit: number; offset: number }): Row[] {
  return sql(db, pageSqlFor(db).page).all({ match, limit: page.limit, offset: page.offset }) as Row[];
}

type Ranked = { id: number; score: number }[];

const rankedIds = (db: WriteDb, match: string, page: { limit: number; offset: number }): Ranked =>
  sql(db, pageSqlFor(db).top).all({ match, limit: page.limit, offset: page.offset }) as Ranked;

/** The ranked ids' rows with highlights, in rank order: one pass over the id range, or re-positioned by id. */
function rowsOf(db: WriteDb, match: string, top: Ranked, byRange: boolean): Row[] {
  if (top.length === 0) return [];
  const ids = top.map((t) => t.id);
  const rows = (
    byRange
      ? sql(db, RANGE_ROWS_SQL).all({ match, lo: Math.min(...ids), hi: Math.max(...ids), ids: JSON.stringify(ids) })
      : sql(db, IDS_ROWS_SQL).all({ match, ids: JSON.stringify(ids) })
  ) as Omit<Row, 'rank'>[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return top.flatMap((t) => {
    const row = byId.get(t.id);
    return row ? [{ ...row, rank: t.score }] : [];
  });
}

export function pageRowsByRange(db: WriteDb, match: string, page: { limit: number; offset: number }): Row[] {
  return rowsOf(db, match, rankedIds(db, match, page), true);
}


/** How many candidates match: the page's total (rank-free, so much cheaper than the ranking). */
export function countMatches(db: WriteDb, match: string): number {
  return guarded(() => (sql(db, COUNT_SQL).get(match) as { n: number }).n);
}

/** What a second connection does for a search: the count, while this connection ranks (SearchReader). */
export interface MatchCounter {
  count(match: string): Promise<number>;
}

/**
 * The same page as searchCandidates, with the total counted by `counter` on another thread while this
 * connection ranks. The count is the one piece of a search that does not depend on the ranking, and it is
 * 1–5 ms of a 100k-candidate search (more for phrases, which check positions in every matching document).
 * The page (ranking, highlights, snippets) is read in one synchronous run; only the count is awaited, and it
 * may come from a later commit than the page, so it is held to what the page shows. On one connection instead:
 * inside an open transaction (the other connection cannot see what this one has not committed) and while a
 * background pass is indexing (the index changes between slices). When the counter fails for any other reason
 * than the query itself, this connection counts (and the caller is told).
 */
export async function searchCandidatesCounted(
  db: WriteDb,
  counter: MatchCounter,
  query: string,
  page: { limit: number; offset: number },
  onCounterFailed: (error: unknown) => void = () => undefined,
): Promise<SearchPage> {
  if (db.inTransaction) return searchCandidates(db, query, page);
  const started = performance.now();
  const { node, match } = compileQuery(query);
  flushSearchIndex(db);
  if (searchIndexBacklog(db) !== null) return searchCandidates(db, query, page);
  const counted = counter.count(match).catch((error: unknown) => {
    if (error instanceof CodedError) throw error;
    onCounterFailed(error);
    return countMatches(db, match);
  });
  let rows: Row[];
  let top: Ranked;
  try {
    top = guarded(() => rankedIds(db, match, page));
    // A short page tells the total exactly; a full one only that it is larger (the count will say by how much).
    const exact = top.length < page.limit && top.length > 0 ? page.offset + top.length : null;
    const byRange = hasUnindexedPrefix(node) || (exact !== null && exact <= RANGE_PATH_MAX_MATCHES);
    rows = guarded(() => rowsOf(db, match, top, byRange));
  } catch (error) {
    counted.catch(() => undefined);
    throw error;
  }
  const total = consistentTotal(await counted, top.length, page);
  return toPage(db, rows, total, page, started);
}

/** The count held to what the page itself shows (they may come from two commits). */
function consistentTotal(counted: number, onPage: number, page: { limit: number; offset: number }): number {
  if (onPage > 0 && onPage < page.limit) return page.offset + onPage;
  if (onPage === page.limit) return Math.max(counted, page.offset + onPage);
  return page.offset === 0 ? 0 : Math.min(counted, page.offset);
}

export interface SearchPage {
  items: SearchResult[];
  total: number;
  limit: number;
  offset: number;
  ms: number;
  /** Set while a background pass rebuilds the index (search-index.ts indexInBackground). */
  indexing: { pending: number; of: number } | null;
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
  const { node, match } = compileQuery(query);
  flushSearchIndex(db);
  // The total first: cheap (no ranking), and it picks the cheaper way to the page's highlights.
  const total = guarded(() => (sql(db, COUNT_SQL).get(match) as { n: number }).n);
  const rows =
    total <= page.offset
      ? []
      : guarded(() =>
          hasUnindexedPrefix(node) || total <= RANGE_PATH_MAX_MATCHES
            ? pageRowsByRange(db, match, page)
            : pageRowsOneByOne(db, match, page),
        );
  return toPage(db, rows, total, page, started);
}

function toPage(db: WriteDb, rows: Row[], total: number, page: { limit: number; offset: number }, started: number): SearchPage {
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
    indexing: searchIndexBacklog(db),
  };
}
