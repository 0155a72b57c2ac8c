/**
 * The search syntax recruiters use (LinkedIn/Google style), parsed into an AST. Pure TS so the renderer can
 * validate as the user types; the core compiles the AST to an FTS5 MATCH expression.
 *
 *   words                  java london            (all must match)
 *   "exact phrases"        "machine learning"
 *   OR (upper case)        java OR kotlin
 *   NOT / -term            java NOT android, java -android
 *   prefix*                dev*                    (at least 2 letters before *)
 *   (groups)               (java OR kotlin) -android
 *   field:value            skill:java, title:"data engineer", location:(zurich OR basel)
 */

export const searchFields = ['name', 'title', 'company', 'skill', 'location', 'tag', 'source', 'notes', 'resume'] as const;
export type SearchField = (typeof searchFields)[number];

/** Forgiving spellings that are clearly meant as a field; anything else unknown is an error with a suggestion. */
const fieldAliases: Record<string, SearchField> = {
  skills: 'skill',
  tags: 'tag',
  city: 'location',
  country: 'location',
  employer: 'company',
  note: 'notes',
  cv: 'resume',
};

export type QueryNode =
  | { kind: 'term'; text: string; phrase: boolean; prefix: boolean }
  | { kind: 'field'; field: SearchField; child: QueryNode }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

/** A query the user can fix: the message says how; position is a 0-based character offset into the input. */
export class SearchQueryError extends Error {
  readonly position: number;
  constructor(message: string, position: number) {
    super(message);
    this.name = 'SearchQueryError';
    this.position = position;
  }
}

export const MAX_QUERY_LENGTH = 500;
/** Bounds the FTS5 work one query can ask for (each term is a doclist to merge). */
export const MAX_QUERY_TERMS = 32;
const MAX_DEPTH = 8;

type Token =
  | { type: 'word'; text: string; pos: number; prefix: boolean }
  | { type: 'phrase'; text: string; pos: number; prefix: boolean }
  | { type: 'field'; name: string; pos: number }
  | { type: 'lparen'; pos: number }
  | { type: 'rparen'; pos: number }
  | { type: 'or'; pos: number }
  | { type: 'and'; pos: number }
  | { type: 'not'; pos: number; symbol: 'NOT' | '-' };

/** Characters the FTS5 unicode61 tokenizer keeps (letters, digits, private use); everything else separates words. */
const WORD_CHAR = /[\p{L}\p{N}\p{Co}]/u;
export const hasSearchableText = (text: string): boolean => WORD_CHAR.test(text);

const isSpace = (ch: string): boolean => /\s/u.test(ch);

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (ch === '(') {
      tokens.push({ type: 'lparen', pos: i++ });
      continue;
    }
    if (ch === ')') {
      tokens.push({ type: 'rparen', pos: i++ });
      continue;
    }
    if (ch === '"') {
      const close = input.indexOf('"', i + 1);
      if (close === -1) throw new SearchQueryError(`Unclosed quote: add a closing " to the phrase that starts at character ${i + 1}`, i);
      const quoted = input.slice(i + 1, close);
      // "site rel*" means what "site rel"* means: people type the star inside the quotes too.
      const inner = /\*+\s*$/.test(quoted);
      const text = inner ? quoted.replace(/\*+\s*$/, '') : quoted;
      if (text.trim() === '') throw new SearchQueryError('Empty quotes: put the words of the phrase between the quotes', i);
      let end = close + 1;
      const prefix = inner || input[end] === '*';
      while (input[end] === '*') end++;
      tokens.push({ type: 'phrase', text, pos: i, prefix });
      i = end;
      continue;
    }
    if (ch === '-') {
      const next = input[i + 1];
      // "-java" excludes; a dash on its own ("java - python") is just punctuation.
      if (next !== undefined && !isSpace(next) && next !== ')' && next !== '-') tokens.push({ type: 'not', pos: i, symbol: '-' });
      i++;
      continue;
    }
    // A bare word runs to whitespace, a parenthesis or a quote.
    const start = i;
    while (i < input.length && !isSpace(input[i]!) && !'()"'.includes(input[i]!)) {
      const colonField = input[i] === ':' && /^[a-z]+$/i.test(input.slice(start, i)) && input.slice(i + 1, i + 3) !== '//';
      if (colonField) break;
      i++;
    }
    const raw = input.slice(start, i);
    if (input[i] === ':') {
      tokens.push({ type: 'field', name: raw, pos: start });
      i++;
      continue;
    }
    if (raw === 'OR') tokens.push({ type: 'or', pos: start });
    else if (raw === 'AND') tokens.push({ type: 'and', pos: start });
    else if (raw === 'NOT') tokens.push({ type: 'not', pos: start, symbol: 'NOT' });
    else tokens.push(wordToken(raw, start));
  }
  return tokens;
}

function wordToken(raw: string, pos: number): Token {
  const stars = /\*+$/.exec(raw);
  const body = stars ? raw.slice(0, stars.index) : raw;
  if (body.includes('*')) {
    throw new SearchQueryError(`Use * only at the end of a word, like ${body.replace(/\*/g, '')}* ("${raw}")`, pos);
  }
  if (stars && body === '') throw new SearchQueryError('* needs a word before it, like dev* or eng*', pos);
  return { type: 'word', text: body, pos, prefix: stars !== null };
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function resolveField(name: string, pos: number): SearchField {
  const lower = name.toLowerCase();
  if ((searchFields as readonly string[]).includes(lower)) return lower as SearchField;
  const alias = fieldAliases[lower];
  if (alias) return alias;
  const candidates = [...searchFields, ...Object.keys(fieldAliases)];
  let best: { name: string; d: number } | null = null;
  for (const c of candidates) {
    const d = levenshtein(lower, c);
    if (!best || d < best.d) best = { name: c, d };
  }
  const known = searchFields.map((f) => `${f}:`).join(', ');
  if (best && best.d <= 2) {
    const target = fieldAliases[best.name] ?? best.name;
    throw new SearchQueryError(`Unknown field "${name}:" — did you mean ${target}:? Fields: ${known}`, pos);
  }
  throw new SearchQueryError(`Unknown field "${name}:". Fields: ${known}`, pos);
}

class Parser {
  private index = 0;
  private terms = 0;
  /** The field whose value is being parsed: a field inside it is an error. */
  private field: SearchField | null = null;
  constructor(
    private readonly tokens: Token[],
    private readonly input: string,
  ) {}

  parse(): QueryNode | null {
    const node = this.parseOr(0);
    const stray = this.peek();
    if (stray?.type === 'rparen') throw new SearchQueryError(`Unmatched ")" at character ${stray.pos + 1}: remove it or add a "(" before it`, stray.pos);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private parseOr(depth: number): QueryNode | null {
    const first = this.parseAnd(depth);
    const children: QueryNode[] = [];
    if (first) children.push(first);
    while (this.peek()?.type === 'or') {
      const orToken = this.peek()!;
      if (children.length === 0) throw new SearchQueryError('OR needs a search term on both sides (e.g. java OR kotlin)', orToken.pos);
      this.index++;
      const next = this.parseAnd(depth);
      if (!next) throw new SearchQueryError('OR needs a search term on both sides (e.g. java OR kotlin)', orToken.pos);
      children.push(next);
    }
    if (children.length === 0) return null;
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  private parseAnd(depth: number): QueryNode | null {
    const children: QueryNode[] = [];
    for (;;) {
      const t = this.peek();
      if (!t || t.type === 'or' || t.type === 'rparen') break;
      if (t.type === 'and') {
        this.index++;
        const after = this.peek();
        if (children.length === 0 || !after || after.type === 'or' || after.type === 'rparen' || after.type === 'and') {
          throw new SearchQueryError('AND needs a search term on both sides (e.g. java AND spring)', t.pos);
        }
        continue;
      }
      children.push(this.parseUnary(depth));
    }
    if (children.length === 0) return null;
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  private parseUnary(depth: number): QueryNode {
    const t = this.peek()!;
    if (t.type === 'not') {
      this.index++;
      const next = this.peek();
      if (!next || next.type === 'or' || next.type === 'and' || next.type === 'rparen') {
        throw new SearchQueryError(`${t.symbol === '-' ? '-' : 'NOT'} needs a term to exclude (e.g. -android or NOT android)`, t.pos);
      }
      if (next.type === 'not') throw new SearchQueryError('Two exclusions in a row: use NOT or - once', next.pos);
      return { kind: 'not', child: this.parseUnary(depth) };
    }
    return this.parsePrimary(depth);
  }

  private parsePrimary(depth: number): QueryNode {
    const t = this.peek();
    if (!t) throw new SearchQueryError('The search ends too early', this.input.length);
    if (depth > MAX_DEPTH) throw new SearchQueryError(`Too many nested parentheses (at most ${MAX_DEPTH})`, t.pos);
    switch (t.type) {
      case 'lparen': {
        this.index++;
        const inner = this.parseOr(depth + 1);
        const close = this.peek();
        if (close?.type !== 'rparen') throw new SearchQueryError(`Missing ")" for the "(" at character ${t.pos + 1}`, t.pos);
        this.index++;
        if (!inner) throw new SearchQueryError('Empty parentheses: put search terms inside ( )', t.pos);
        return inner;
      }
      case 'field': {
        // Checked before the name: in skill:rust:go the "rust:" is text with a colon, not a mistyped field.
        if (this.field) {
          const after = this.tokens[this.index + 1];
          const text = after?.type === 'word' ? `${t.name}:${after.text}` : `${t.name}:…`;
          throw new SearchQueryError(
            `Field filters cannot be nested ("${t.name}:" inside "${this.field}:"). To search for the text ${text}, put it in quotes: ${this.field}:"${text}"`,
            t.pos,
          );
        }
        const resolved = resolveField(t.name, t.pos);
        this.index++;
        const next = this.peek();
        if (!next || next.type === 'rparen' || next.type === 'or' || next.type === 'and') {
          throw new SearchQueryError(`Nothing after "${t.name}:" — add a value, e.g. ${resolved}:java or ${resolved}:"two words"`, t.pos);
        }
        if (next.type === 'not') throw new SearchQueryError(`To exclude a field value, put the - before the field: -${resolved}:value`, next.pos);
        this.field = resolved;
        try {
          return { kind: 'field', field: resolved, child: this.parsePrimary(depth + 1) };
        } finally {
          this.field = null;
        }
      }
      case 'word':
      case 'phrase': {
        this.index++;
        if (++this.terms > MAX_QUERY_TERMS) throw new SearchQueryError(`Too many search terms (at most ${MAX_QUERY_TERMS})`, t.pos);
        return { kind: 'term', text: t.text, phrase: t.type === 'phrase', prefix: t.prefix };
      }
      case 'rparen':
        throw new SearchQueryError(`Unmatched ")" at character ${t.pos + 1}`, t.pos);
      case 'or':
      case 'and':
        throw new SearchQueryError(`${t.type.toUpperCase()} needs a search term on both sides`, t.pos);
      case 'not':
        return this.parseUnary(depth);
    }
  }
}

/** Drops terms with nothing the index could match ("--", "&"), then the groups they leave empty. */
function prune(node: QueryNode): QueryNode | null {
  switch (node.kind) {
    case 'term':
      return hasSearchableText(node.text) ? node : null;
    case 'field':
    case 'not': {
      const child = prune(node.child);
      return child ? { ...node, child } : null;
    }
    case 'and':
    case 'or': {
      const children = node.children.map(prune).filter((c): c is QueryNode => c !== null);
      if (children.length === 0) return null;
      return children.length === 1 ? children[0]! : { kind: node.kind, children };
    }
  }
}

/** The last word of a term, as the tokenizer will see it: a prefix needs two characters of it. */
export const lastWord = (text: string): string => {
  const words = encodeSearchSigns(text).split(/[^\p{L}\p{N}\p{Co}]+/u).filter(Boolean);
  return words[words.length - 1] ?? '';
};

/** FTS5 NOT is binary ("a NOT b"): every group needs something positive to subtract from. */
function check(node: QueryNode, where: 'top' | 'and' | 'or' | 'field'): void {
  switch (node.kind) {
    case 'term':
      if (node.prefix && [...lastWord(node.text)].length < 2) {
        throw new SearchQueryError(`A prefix search needs at least 2 letters before * ("${node.text}*")`, 0);
      }
      return;
    case 'not':
      if (where !== 'and') {
        throw new SearchQueryError(
          where === 'or'
            ? 'An excluded term cannot be one side of OR; write (a OR b) -c instead'
            : 'Add at least one term to search for: NOT and - only exclude results',
          0,
        );
      }
      check(node.child, 'field');
      return;
    case 'field':
      check(node.child, 'field');
      return;
    case 'or':
      for (const c of node.children) check(c, 'or');
      return;
    case 'and':
      if (node.children.every((c) => c.kind === 'not')) {
        throw new SearchQueryError('Add at least one term to search for: NOT and - only exclude results', 0);
      }
      for (const c of node.children) check(c, 'and');
  }
}

/**
 * Parses recruiter syntax into an AST. Throws SearchQueryError with a message meant for the user; never
 * returns an AST the compiler cannot turn into valid FTS5.
 */
export function parseSearchQuery(input: string): QueryNode {
  if (input.length > MAX_QUERY_LENGTH) throw new SearchQueryError(`The search is too long (at most ${MAX_QUERY_LENGTH} characters)`, MAX_QUERY_LENGTH);
  const tokens = tokenize(input);
  const parsed = new Parser(tokens, input).parse();
  const pruned = parsed ? prune(parsed) : null;
  if (!pruned) throw new SearchQueryError('Type at least one word to search for', 0);
  check(pruned, 'top');
  return pruned;
}

/** Non-throwing form for the renderer's live validation. */
export function validateSearchQuery(input: string): { ok: true; ast: QueryNode } | { ok: false; message: string; position: number } {
  try {
    return { ok: true, ast: parseSearchQuery(input) };
  } catch (error) {
    if (error instanceof SearchQueryError) return { ok: false, message: error.message, position: error.position };
    throw error;
  }
}

/** A highlighted piece of text: the renderer shows `match` parts emphasised, as text, never as HTML. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Letters that are not a base letter plus an accent, so FTS5's remove_diacritics keeps them: ø æ œ ß ł đ ı þ ð.
 * A recruiter types "soren", "tromso", "lukasz", "gross"; the index keeps a copy of names, titles, companies,
 * skills, places and tags with these spelled out (the *_alt columns), and queries are spelled out the same way.
 */
const LETTER_FOLDS: Record<string, string> = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', ẞ: 'SS', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
};
const FOLDABLE = /[øØæÆœŒßẞłŁđĐıþÞðÐ]/g;
const ANY_FOLDABLE = /[øØæÆœŒßẞłŁđĐıþÞðÐ]/;

export const hasFoldableLetters = (text: string): boolean => ANY_FOLDABLE.test(text);

export const foldLetters = (text: string): string => text.replace(FOLDABLE, (c) => LETTER_FOLDS[c] ?? c);

/**
 * FTS5's unicode61 tokenizer drops '#' and '+', so "C#", "C++" and "C" were all the word "c". A one-letter word
 * directly followed by '#', '++' or '+' (C#, F#, J#, Q#, C++, G++, A+) is a word of its own: search documents and
 * queries alike write those signs as private-use characters, which the tokenizer keeps inside a word, and
 * highlights turn them back (decodeSearchSigns). Only after one letter, so "#remote", "+44", "5+ years",
 * "Google+", "Notepad++" and "page#top" read as they always did. A letter or digit right after '#' or '++'
 * ("C++17", "C#10") starts a word of its own (a zero-width space between them), so "c++" finds "C++17"; after a
 * single '+' it does not ("a+b" is a formula, not A+).
 */
const SIGN = { '#': '\uE023', '+': '\uE02B' } as const;
const ZWSP = '\u200B';
/** The sign after a lone letter: '#' or '++' anywhere, a single '+' only where no word or other '+' follows. */
const SIGNED_WORD = /(?<![\p{L}\p{N}\p{M}\p{Co}])(\p{L}\p{M}*)(#|\+\+|\+(?![\p{L}\p{N}\p{M}\p{Co}+]))/gu;
const WORD_START = /^[\p{L}\p{N}\p{Co}]/u;
/**
 * A letter (or a combining mark: everything a letter can be is A-Z, a-z or from U+00AA on) right before a sign.
 * A plain character-class scan, several times faster than SIGNED_WORD's Unicode properties and lookbehind: most
 * documents (résumés with "+44" phone numbers, notes) have no signed word, and this keeps their indexing cost.
 */
const MAY_HAVE_SIGNS = /[A-Za-z\u00AA-\uFFFF][#+]/;

export function encodeSearchSigns(text: string): string {
  if (!MAY_HAVE_SIGNS.test(text)) return text;
  // Idempotent: text from the index (signs already written) comes back as it was.
  return text.replace(SIGNED_WORD, (whole: string, letter: string, signs: string, at: number, all: string) => {
    const glue = WORD_START.test(all.slice(at + whole.length, at + whole.length + 2)) ? ZWSP : '';
    return letter + (signs === '#' ? SIGN['#'] : SIGN['+'].repeat(signs.length)) + glue;
  });
}

/** Text from the index (a highlight or snippet) as it was written: the signs back, the zero-width spaces gone. */
export function decodeSearchSigns(text: string): string {
  return text.replace(/[\uE023\uE02B\u200B]/g, (c) => (c === SIGN['#'] ? '#' : c === SIGN['+'] ? '+' : ''));
}

/**
 * Other names of a skill, as `skill:` terms search for them ("k8s" → ["Kubernetes"]). The core supplies them
 * from the bundled taxonomy; the syntax itself knows no skills.
 */
export type SkillSynonyms = (text: string) => readonly string[];

/** Synonyms stop being added once a query has this many terms (each is a doclist for FTS5 to merge). */
export const MAX_EXPANDED_TERMS = 64;

const countTerms = (node: QueryNode): number =>
  node.kind === 'term' ? 1 : node.kind === 'field' || node.kind === 'not' ? countTerms(node.child) : node.children.reduce((n, c) => n + countTerms(c), 0);

/**
 * Each word or phrase under `skill:` also matches the skill's other names: skill:k8s is skill:(k8s OR kubernetes).
 * Prefixes stay as typed, and so do words outside skill: (they search résumés and notes too, where "go",
 * "shell" or "sass" are ordinary words, and a recruiter expects to find what was typed).
 */
export function expandSkillSynonyms(node: QueryNode, synonyms: SkillSynonyms): QueryNode {
  let budget = MAX_EXPANDED_TERMS - countTerms(node);
  const walk = (n: QueryNode, inSkill: boolean): QueryNode => {
    switch (n.kind) {
      case 'term': {
        if (!inSkill || n.prefix || budget <= 0) return n;
        const others = synonyms(n.text).filter(hasSearchableText).slice(0, budget);
        if (others.length === 0) return n;
        budget -= others.length;
        return { kind: 'or', children: [n, ...others.map((text): QueryNode => ({ kind: 'term', text, phrase: /\s/u.test(text), prefix: false }))] };
      }
      case 'field':
        return { ...n, child: walk(n.child, n.field === 'skill') };
      case 'not':
        return { ...n, child: walk(n.child, inSkill) };
      case 'and':
      case 'or':
        return { kind: n.kind, children: n.children.map((c) => walk(c, inSkill)) };
    }
  };
  return walk(node, false);
}

/**
 * For a search that found nothing: lower-case "or", "not" or "and" outside quotes are searched as words, which is
 * rarely what was meant. Null when there is nothing to suggest.
 */
export function operatorHint(query: string): string | null {
  const outsideQuotes = query.replace(/"[^"]*"/g, ' ');
  const words = [...new Set(outsideQuotes.match(/(?<![\p{L}\p{N}:])(or|not|and)(?![\p{L}\p{N}:*])/gu) ?? [])];
  if (words.length === 0) return null;
  return `Operators are written in capitals: ${words.map((w) => w.toUpperCase()).join(', ')} (lower-case ${words.map((w) => `"${w}"`).join(', ')} ${words.length === 1 ? 'is' : 'are'} searched as ${words.length === 1 ? 'a word' : 'words'}).`;
}
