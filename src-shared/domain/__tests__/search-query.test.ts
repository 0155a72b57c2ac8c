import { describe, expect, it } from 'vitest';
import {
  decodeSearchSigns,
  encodeSearchSigns,
  expandSkillSynonyms,
  MAX_EXPANDED_TERMS,
  operatorHint,
  parseSearchQuery,
  SearchQueryError,
  validateSearchQuery,
  type QueryNode,
} from '../search-query.js';
import { matchesSearchQuery, tokenizeDocument, type SearchDocument } from '../segments/text-match.js';

const term = (text: string, extra: Partial<{ phrase: boolean; prefix: boolean }> = {}): QueryNode => ({
  kind: 'term',
  text,
  phrase: extra.phrase ?? false,
  prefix: extra.prefix ?? false,
});

const errorOf = (input: string): string => {
  const result = validateSearchQuery(input);
  if (result.ok) throw new Error(`expected "${input}" to be rejected`);
  return result.message;
};

describe('search query parser', () => {
  it('reads words as an implicit AND', () => {
    expect(parseSearchQuery('java  london')).toEqual({ kind: 'and', children: [term('java'), term('london')] });
  });

  it('reads "exact phrases", keeping their inner text verbatim', () => {
    expect(parseSearchQuery('"machine learning" python')).toEqual({
      kind: 'and',
      children: [term('machine learning', { phrase: true }), term('python')],
    });
  });

  it('gives AND precedence over OR, and parentheses override it', () => {
    expect(parseSearchQuery('java spring OR kotlin')).toEqual({
      kind: 'or',
      children: [{ kind: 'and', children: [term('java'), term('spring')] }, term('kotlin')],
    });
    expect(parseSearchQuery('(java OR kotlin) spring')).toEqual({
      kind: 'and',
      children: [{ kind: 'or', children: [term('java'), term('kotlin')] }, term('spring')],
    });
  });

  it('treats only upper-case OR/AND/NOT as operators (lower case are words)', () => {
    expect(parseSearchQuery('sales and marketing')).toEqual({
      kind: 'and',
      children: [term('sales'), term('and'), term('marketing')],
    });
    expect(parseSearchQuery('java AND spring')).toEqual({ kind: 'and', children: [term('java'), term('spring')] });
  });

  it('reads NOT and -term as exclusions', () => {
    const expected = { kind: 'and', children: [term('java'), { kind: 'not', child: term('android') }] };
    expect(parseSearchQuery('java NOT android')).toEqual(expected);
    expect(parseSearchQuery('java -android')).toEqual(expected);
  });

  it('keeps hyphenated words whole and ignores a lone dash', () => {
    expect(parseSearchQuery('full-stack')).toEqual(term('full-stack'));
    expect(parseSearchQuery('java - python')).toEqual({ kind: 'and', children: [term('java'), term('python')] });
  });

  it('reads prefix* on words and phrases', () => {
    expect(parseSearchQuery('dev*')).toEqual(term('dev', { prefix: true }));
    expect(parseSearchQuery('"data eng"*')).toEqual(term('data eng', { phrase: true, prefix: true }));
    // The star inside the quotes means the same.
    expect(parseSearchQuery('"data eng*"')).toEqual(term('data eng', { phrase: true, prefix: true }));
  });

  it('reads every field filter, with a word, a phrase or a group', () => {
    for (const field of ['skill', 'title', 'company', 'location', 'tag', 'source', 'name', 'notes', 'resume'] as const) {
      expect(parseSearchQuery(`${field}:x1`)).toEqual({ kind: 'field', field, child: term('x1') });
    }
    expect(parseSearchQuery('title:"data engineer"')).toEqual({ kind: 'field', field: 'title', child: term('data engineer', { phrase: true }) });
    expect(parseSearchQuery('location:(zurich OR basel)')).toEqual({
      kind: 'field',
      field: 'location',
      child: { kind: 'or', children: [term('zurich'), term('basel')] },
    });
    expect(parseSearchQuery('Skill: java')).toEqual({ kind: 'field', field: 'skill', child: term('java') });
  });

  it('accepts obvious aliases (skills:, tags:, city:)', () => {
    expect(parseSearchQuery('skills:go')).toEqual({ kind: 'field', field: 'skill', child: term('go') });
    expect(parseSearchQuery('city:oslo')).toEqual({ kind: 'field', field: 'location', child: term('oslo') });
  });

  it('excludes a field value with -field:value', () => {
    expect(parseSearchQuery('java -tag:contractor')).toEqual({
      kind: 'and',
      children: [term('java'), { kind: 'not', child: { kind: 'field', field: 'tag', child: term('contractor') } }],
    });
  });

  it('does not take URLs or times for fields', () => {
    expect(parseSearchQuery('https://github.com/jane')).toEqual(term('https://github.com/jane'));
    expect(parseSearchQuery('10:30')).toEqual(term('10:30'));
  });

  it('drops terms with nothing searchable in them', () => {
    expect(parseSearchQuery('java && ;; --')).toEqual(term('java'));
    expect(parseSearchQuery("c++ o'brien")).toEqual({ kind: 'and', children: [term('c++'), term("o'brien")] });
  });
});

describe('search query errors', () => {
  it.each([
    ['"machine learning', /Unclosed quote/],
    ['""', /Empty quotes/],
    ['skils:java', /Unknown field "skils:" — did you mean skill:\?/],
    ['titel:cto', /did you mean title:\?/],
    ['foo:bar', /Unknown field "foo:"\. Fields: name:, title:/],
    ['skill:', /Nothing after "skill:"/],
    ['java OR', /OR needs a search term on both sides/],
    ['OR java', /OR needs a search term on both sides/],
    ['java AND', /AND needs a search term on both sides/],
    ['(java', /Missing "\)"/],
    ['java)', /Unmatched "\)"/],
    ['()', /Empty parentheses/],
    ['-java', /at least one term to search for/],
    ['NOT java', /at least one term to search for/],
    ['java OR -kotlin', /cannot be one side of OR/],
    ['*', /\* needs a word before it/],
    ['ja*va', /only at the end of a word/],
    ['j*', /at least 2 letters before \*/],
    ['skill:(title:cto)', /cannot be nested/],
    ['skill:rust:go', /cannot be nested \("rust:" inside "skill:"\)\. To search for the text rust:go, put it in quotes: skill:"rust:go"/],
    ['skill:-java', /put the - before the field/],
    ['NOT NOT java', /Two exclusions/],
    ['', /at least one word/],
    ['   ', /at least one word/],
    ['-- ;; &&', /at least one word/],
  ])('rejects %j helpfully', (input, message) => {
    expect(errorOf(input)).toMatch(message);
  });

  it('reports where the problem is', () => {
    const result = validateSearchQuery('java "open');
    expect(result).toMatchObject({ ok: false, position: 5 });
  });

  it('bounds length, term count and nesting', () => {
    expect(errorOf('a'.repeat(501))).toMatch(/too long/);
    expect(errorOf(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toMatch(/Too many search terms/);
    expect(errorOf(`${'('.repeat(12)}java${')'.repeat(12)}`)).toMatch(/nested parentheses/);
  });

  it('throws SearchQueryError from parseSearchQuery', () => {
    expect(() => parseSearchQuery('"open')).toThrow(SearchQueryError);
  });

  it.each([`"); DROP TABLE candidates; --`, `'); DROP TABLE candidates; --`, 'NEAR(', 'NEAR(java python)', '{name}: x', '^java', 'java:*'])(
    'never lets injection-looking input through unparsed: %j',
    (input) => {
      const result = validateSearchQuery(input);
      // Either a helpful error, or an AST made only of terms: no raw FTS syntax can survive parsing.
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
      else expect(JSON.stringify(result.ast)).not.toMatch(/"kind":"(?!term|and|or|not|field)/);
    },
  );
});

describe('operatorHint', () => {
  it('points at lower-case operators outside quotes, and at nothing else', () => {
    expect(operatorHint('rust or kotlin')).toBe('Operators are written in capitals: OR (lower-case "or" is searched as a word).');
    expect(operatorHint('not rust and go')).toBe('Operators are written in capitals: NOT, AND (lower-case "not", "and" are searched as words).');
    expect(operatorHint('rust OR kotlin')).toBeNull();
    expect(operatorHint('"salt and pepper"')).toBeNull();
    expect(operatorHint('oracle notion andrea')).toBeNull();
  });
});

describe('encodeSearchSigns: C#, C++ and A+ as words of their own', () => {
  const shown = (text: string) => encodeSearchSigns(text).replace(/\uE023/g, '<#>').replace(/\uE02B/g, '<+>').replace(/\u200B/g, '|');

  it('writes the signs after a one-letter word as private-use characters the tokenizer keeps', () => {
    expect(shown('C#, C++ and C')).toBe('C<#>, C<+><+> and C');
    expect(shown('F#/C#; Visual C++ (Dev-C++), A+ grade')).toBe('F<#>/C<#>; Visual C<+><+> (Dev-C<+><+>), A<+> grade');
    expect(shown('É# ø++')).toBe('É<#> ø<+><+>');
  });

  it('keeps a word that follows "#" or "++" apart, but not after a single "+"', () => {
    expect(shown('C++17, C#10, C++Builder')).toBe('C<+><+>|17, C<#>|10, C<+><+>|Builder');
    expect(shown('a+b')).toBe('a+b');
  });

  it('leaves every other "#" and "+" as it was: a separator', () => {
    for (const text of ['+44 20 7946 0000', '5+ years', '#remote', 'Google+', 'Notepad++', 'page#top', 'Java+Spring', '1+1=2']) {
      expect(encodeSearchSigns(text), text).toBe(text);
    }
    expect(shown('C##')).toBe('C<#>#');
  });

  it('is idempotent and undone by decodeSearchSigns', () => {
    for (const text of ['C# and C++17', 'C##', 'C+++', 'A+ B++ c#x', 'no signs']) {
      const once = encodeSearchSigns(text);
      expect(encodeSearchSigns(once), text).toBe(once);
      expect(decodeSearchSigns(once), text).toBe(text);
    }
  });

  it('counts a signed letter as two characters for a prefix', () => {
    expect(validateSearchQuery('c#*').ok).toBe(true);
    expect(validateSearchQuery('c+*').ok).toBe(true);
    expect(errorOf('c*')).toMatch(/at least 2 letters/);
  });
});

describe('expandSkillSynonyms', () => {
  const table: Record<string, string[]> = { k8s: ['Kubernetes'], kubernetes: ['k8s', 'kube'], 'c sharp': ['C#'] };
  const synonyms = (text: string) => table[text.toLowerCase()] ?? [];
  const expand = (query: string) => expandSkillSynonyms(parseSearchQuery(query), synonyms);
  const skill = (child: QueryNode): QueryNode => ({ kind: 'field', field: 'skill', child });

  it('adds the other names to words and phrases under skill:', () => {
    expect(expand('skill:k8s')).toEqual(skill({ kind: 'or', children: [term('k8s'), term('Kubernetes')] }));
    expect(expand('skill:"C Sharp"')).toEqual(skill({ kind: 'or', children: [term('C Sharp', { phrase: true }), term('C#')] }));
    expect(expand('java -skill:kubernetes')).toEqual({
      kind: 'and',
      children: [term('java'), { kind: 'not', child: skill({ kind: 'or', children: [term('kubernetes'), term('k8s'), term('kube')] }) }],
    });
    expect(expand('skill:(k8s OR rust)')).toEqual(skill({ kind: 'or', children: [{ kind: 'or', children: [term('k8s'), term('Kubernetes')] }, term('rust')] }));
  });

  it('leaves bare words, other fields and prefixes as typed', () => {
    for (const query of ['k8s', 'title:k8s', 'skill:k8s*', 'skill:java']) expect(expand(query), query).toEqual(parseSearchQuery(query));
  });

  it('stops adding names at MAX_EXPANDED_TERMS', () => {
    const many = (text: string) => Array.from({ length: 20 }, (_, i) => `${text}${i}`);
    const node = expandSkillSynonyms(parseSearchQuery('skill:(a1 OR a2 OR a3 OR a4 OR a5)'), many);
    const count = (n: QueryNode): number => (n.kind === 'term' ? 1 : n.kind === 'field' || n.kind === 'not' ? count(n.child) : n.children.reduce((k, c) => k + count(c), 0));
    expect(count(node)).toBe(MAX_EXPANDED_TERMS);
  });
});

describe('the segment reference model (text-match) reads C#, C++ and C as the index does', () => {
  const blank: SearchDocument = { name: '', title: '', company: '', skills: '', location: '', tags: '', source: '', notes: '', resume: '' };
  const docs = {
    cpp: tokenizeDocument({ ...blank, skills: 'C++, Python', resume: 'Ten years of C++17' }),
    csharp: tokenizeDocument({ ...blank, skills: 'C#, .NET' }),
    c: tokenizeDocument({ ...blank, skills: 'C' }),
    misc: tokenizeDocument({ ...blank, notes: 'Call +44 20; 5+ years of #remote work on Google+' }),
  };
  const found = (query: string) => Object.entries(docs).flatMap(([key, doc]) => (matchesSearchQuery(query, doc) ? [key] : []));

  it('matches as search does', () => {
    expect(found('skill:c#')).toEqual(['csharp']);
    expect(found('skill:c++')).toEqual(['cpp']);
    expect(found('skill:c')).toEqual(['c']);
    expect(found('c')).toEqual(['c']);
    expect(found('resume:c++')).toEqual(['cpp']);
    expect(found('c#*')).toEqual(['csharp']);
    for (const query of ['44', '5', 'remote', 'google']) expect(found(query), query).toEqual(['misc']);
  });
});
