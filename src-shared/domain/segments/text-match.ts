import { encodeSearchSigns, foldLetters, hasFoldableLetters, parseSearchQuery, type QueryNode, type SearchField } from '../search-query.js';

/**
 * The reference semantics of the "text match" condition: the recruiter search syntax evaluated over a
 * candidate's search document in plain TypeScript. The core answers the same question with FTS5; the
 * property test proves they agree. This is a model of FTS5's `unicode61 remove_diacritics 2` tokenizer for
 * the scripts we test (Latin, Cyrillic, Greek, CJK, Arabic), not a general re-implementation. Skill synonyms
 * are Search's alone (search.ts compileQuery): a segment's text condition, here and in SQL, matches as written.
 */

/** The columns of candidate_fts, in order (the search document of one candidate). */
export const searchColumns = ['name', 'title', 'company', 'skills', 'location', 'tags', 'source', 'notes', 'resume'] as const;
export type SearchColumn = (typeof searchColumns)[number];
export type SearchDocument = Record<SearchColumn, string>;

/** Columns with a twin that spells out ø æ ß ł … (migration 0009); the twin is empty when nothing changes. */
const foldedColumns = ['name', 'title', 'company', 'skills', 'location', 'tags'] as const;
type FoldedColumn = (typeof foldedColumns)[number];
type IndexColumn = SearchColumn | `${FoldedColumn}_alt`;
const indexColumns: readonly IndexColumn[] = [...searchColumns, ...foldedColumns.map((c) => `${c}_alt` as const)];

const fieldColumns: Record<SearchField, readonly IndexColumn[]> = {
  name: ['name', 'name_alt'],
  title: ['title', 'title_alt'],
  company: ['company', 'company_alt'],
  skill: ['skills', 'skills_alt'],
  location: ['location', 'location_alt'],
  tag: ['tags', 'tags_alt'],
  source: ['source'],
  notes: ['notes'],
  resume: ['resume'],
};

const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
const MARK = /\p{Mn}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * One character as unicode61 folds it: lower case (character by character, so a final Σ is σ as in SQLite),
 * and Latin letters lose their diacritics (é → e, İ → i) while other scripts keep theirs (й, ά stay).
 * Letters without a decomposition (ø, ł, æ, ß) stay as they are, as in SQLite.
 */
function foldChar(ch: string): string {
  // Lower-casing may add a combining mark (İ → i + U+0307): decide by the base letter of the whole result.
  const decomposed = [...ch.toLowerCase().normalize('NFD')];
  return LATIN.test(decomposed[0]!) ? decomposed.filter((c) => !MARK.test(c)).join('') : ch.toLowerCase();
}

/** Splits text into folded tokens: letters, digits and private-use characters; combining marks are dropped. */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (const ch of text) {
    if (TOKEN_CHAR.test(ch)) current += foldChar(ch);
    else if (MARK.test(ch)) continue; // a combining mark is part of the word and removed with the diacritics
    else if (current) {
      tokens.push(current);
      current = '';
    }
  }
  if (current) tokens.push(current);
  return tokens;
}

/** A document tokenised once per candidate: reused by every text condition of a segment. */
export type TokenizedDocument = Record<IndexColumn, string[]>;

export function tokenizeDocument(doc: SearchDocument): TokenizedDocument {
  const out = {} as TokenizedDocument;
  // As search-index.ts writes them: signs first (a no-op on the index's own text), the twins from that.
  const text = (column: SearchColumn): string => encodeSearchSigns(doc[column]);
  for (const column of searchColumns) out[column] = searchTokens(text(column));
  for (const column of foldedColumns) out[`${column}_alt`] = hasFoldableLetters(doc[column]) ? searchTokens(foldLetters(text(column))) : [];
  return out;
}

/** A phrase (a term is a phrase of its tokens) occurs in a column: consecutive tokens, the last one as a prefix if asked. */
function phraseIn(tokens: readonly string[], phrase: readonly string[], prefix: boolean): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) {
      const have = tokens[i + k]!;
      const want = phrase[k]!;
      const last = k === phrase.length - 1;
      if (last && prefix ? !have.startsWith(want) : have !== want) continue outer;
    }
    return true;
  }
  return false;
}

function matches(node: QueryNode, doc: TokenizedDocument, columns: readonly IndexColumn[]): boolean {
  switch (node.kind) {
    case 'term': {
      // Queries write C# and C++ as the index does, then spell out ø æ ß ł … as the twins do (the core's
      // compileMatch does the same).
      const phrase = searchTokens(foldLetters(encodeSearchSigns(node.text)));
      return columns.some((c) => phraseIn(doc[c], phrase, node.prefix));
    }
    case 'field':
      // A field filter restricts every phrase beneath it to that column (FTS5 column filter).
      return matches(node.child, doc, fieldColumns[node.field]);
    case 'and':
      return node.children.every((c) => (c.kind === 'not' ? !matches(c.child, doc, columns) : matches(c, doc, columns)));
    case 'or':
      return node.children.some((c) => matches(c, doc, columns));
    case 'not':
      return !matches(node.child, doc, columns);
  }
}

/** Does the document match the query? `query` must be valid (parseSearchQuery throws otherwise). */
export function matchesSearchQuery(query: QueryNode | string, doc: TokenizedDocument): boolean {
  const ast = typeof query === 'string' ? parseSearchQuery(query) : query;
  return matches(ast, doc, indexColumns);
}
