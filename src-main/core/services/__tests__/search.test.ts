import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateInput, type CandidateInput } from '../../../../src-shared/domain/candidate.js';
import { parseSearchQuery } from '../../../../src-shared/domain/search-query.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { WriteDb } from '../../db/database.js';
import { insertCandidate } from '../../db/repositories/candidates.js';
import { createCandidate, deleteCandidate, editCandidate } from '../candidates.js';
import { compileMatch, ftsString, hasUnindexedPrefix, pageRowsByRange, pageRowsOneByOne, searchCandidates, toSegments } from '../search.js';
import { flushSearchIndex, rebuildSearchIndex, searchIndexStats } from '../search-index.js';
import { openTestDb } from './fixtures.js';

const w = { at: '2026-03-01T10:00:00.000Z', actor: 'test' };
let env: ReturnType<typeof openTestDb>;
let db: WriteDb;
const ids: Record<string, number> = {};

const add = (key: string, input: CandidateInput) => {
  ids[key] = createCandidate(db, candidateInput.parse(input), { allowDuplicate: true }, w).id;
};
const names = (query: string, limit = 50) => searchCandidates(db, query, { limit, offset: 0 }).items.map((r) => r.displayName);
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return error instanceof CodedError ? error.code : `uncoded: ${String(error)}`;
  }
};

beforeAll(() => {
  env = openTestDb();
  db = env.db;
  add('anna', {
    firstName: 'Anna',
    lastName: 'Müller',
    currentTitle: 'Senior Data Engineer',
    currentCompany: 'Helvetia Analytics',
    city: 'Zürich',
    country: 'CH',
    source: 'LinkedIn',
    tags: ['open-to-work'],
    skills: [{ name: 'Python' }, { name: 'Machine Learning' }, { name: 'Spark' }],
  });
  add('bob', {
    firstName: 'Bob',
    lastName: 'Smith',
    currentTitle: 'Android Developer',
    currentCompany: 'Mobile Works',
    city: 'London',
    country: 'GB',
    source: 'Referral',
    tags: ['contractor'],
    skills: [{ name: 'Java' }, { name: 'Kotlin' }, { name: 'Android' }],
  });
  add('chen', {
    firstName: 'Chen',
    lastName: 'Wei',
    currentTitle: 'Backend Engineer',
    currentCompany: 'Fintech Labs',
    city: 'Berlin',
    country: 'DE',
    source: 'Job board',
    skills: [{ name: 'Java' }, { name: 'Spring' }, { name: 'Deep Learning' }, { name: 'Machine Vision' }],
    careerGoals: 'Wants to move into machine learning later',
  });
  add('dana', {
    firstName: 'Dana',
    lastName: 'Developer',
    currentTitle: 'Recruiter',
    currentCompany: 'Talent Co',
    city: 'Oslo',
    country: 'NO',
    source: 'LinkedIn',
  });
  // Mentions "developer" only deep in a resume: ranks below a name/title hit.
  add('eve', { firstName: 'Eve', lastName: 'Stone', currentTitle: 'Designer', city: 'Paris', country: 'FR' });
  db.prepare(
    `INSERT INTO attachments (candidate_id, filename, mime, size, sha256, content, text, kind, created_at)
     VALUES (?, 'cv.txt', 'text/plain', 3, '', x'616263', 'Worked with a developer team on Figma design systems', 'resume', ?)`,
  ).run(ids.eve, w.at);
});
afterAll(() => env.cleanup());

describe('compiling to FTS5', () => {
  it('quotes every piece of user text as an FTS5 string', () => {
    expect(ftsString('say "hi"')).toBe('"say ""hi"""');
    expect(compileMatch(parseSearchQuery('java "big data" dev* -android skill:(go OR rust)'))).toBe(
      '(("java") AND ("big data") AND ("dev"*) AND ({skills skills_alt} : (("go") OR ("rust")))) NOT ("android")',
    );
  });
});

describe('search', () => {
  it('matches words as AND', () => {
    expect(names('java spring')).toEqual(['Chen Wei']);
  });

  it('is diacritics-insensitive both ways', () => {
    expect(names('Zurich')).toEqual(['Anna Müller']);
    expect(names('zürich')).toEqual(['Anna Müller']);
    expect(names('muller')).toEqual(['Anna Müller']);
  });

  it('finds country names as well as codes', () => {
    expect(names('location:switzerland')).toEqual(['Anna Müller']);
    expect(names('location:"united kingdom"')).toEqual(['Bob Smith']);
  });

  it('matches "exact phrases" only as phrases', () => {
    expect(names('"machine learning"').sort()).toEqual(['Anna Müller', 'Chen Wei']);
    expect(names('skill:"machine learning"')).toEqual(['Anna Müller']);
    expect(names('"learning machine"')).toEqual([]);
  });

  it('supports OR, NOT and -term', () => {
    expect(names('kotlin OR spark').sort()).toEqual(['Anna Müller', 'Bob Smith']);
    expect(names('java NOT android')).toEqual(['Chen Wei']);
    expect(names('java -android')).toEqual(['Chen Wei']);
    expect(names('(python OR java) -tag:contractor').sort()).toEqual(['Anna Müller', 'Chen Wei']);
  });

  it('supports prefix*', () => {
    expect(names('engin*').sort()).toEqual(['Anna Müller', 'Chen Wei']);
    expect(names('"data eng"*')).toEqual(['Anna Müller']);
  });

  it('applies each field filter to its field only', () => {
    expect(names('skill:java').sort()).toEqual(['Bob Smith', 'Chen Wei']);
    expect(names('title:engineer').sort()).toEqual(['Anna Müller', 'Chen Wei']);
    expect(names('company:fintech')).toEqual(['Chen Wei']);
    expect(names('location:london')).toEqual(['Bob Smith']);
    expect(names('tag:contractor')).toEqual(['Bob Smith']);
    expect(names('source:linkedin').sort()).toEqual(['Anna Müller', 'Dana Developer']);
    expect(names('source:referral')).toEqual(['Bob Smith']);
    expect(names('name:developer')).toEqual(['Dana Developer']);
    expect(names('resume:figma')).toEqual(['Eve Stone']);
    expect(names('notes:"machine learning"')).toEqual(['Chen Wei']);
    // "London" is not a title; "Developer" in a title is not a name.
    expect(names('title:london')).toEqual([]);
  });

  it('ranks a name or title hit above a resume mention', () => {
    const results = names('developer');
    expect(results).toHaveLength(3);
    expect(results[results.length - 1]).toBe('Eve Stone');
    expect(results.slice(0, 2).sort()).toEqual(['Bob Smith', 'Dana Developer']);
    const scores = searchCandidates(db, 'developer', { limit: 10, offset: 0 }).items.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("orders exactly as the index's own rank setting, ties by id, with the same highlights on either page path", () => {
    // The service spells the rank out as bm25() (a faster top-N sort) and builds pages with an unindexed prefix
    // (develop*) in two steps; both must give what one FTS5 statement ordered by the rank setting gives.
    const reference = db.prepare(
      `SELECT rowid AS id, rank, highlight(candidate_fts, 0, char(2), char(3)) AS hl, snippet(candidate_fts, -1, char(2), char(3), '…', 16) AS snip
       FROM candidate_fts WHERE candidate_fts MATCH ? ORDER BY rank, rowid`,
    );
    for (const query of ['developer', 'java OR python OR developer', 'engineer', 'learning', 'develop*', 'learn* OR ja*', 'de* -android']) {
      const node = parseSearchQuery(query);
      const rows = reference.all(compileMatch(node)) as { id: number; rank: number; hl: string; snip: string }[];
      expect(rows.length, query).toBeGreaterThan(0);
      const page = searchCandidates(db, query, { limit: 50, offset: 0 }).items;
      expect(page.map((r) => [r.id, r.score, r.nameHighlight, r.snippet])).toEqual(rows.map((r) => [r.id, -r.rank, toSegments(r.hl), toSegments(r.snip)]));
      // Both ways to a page (the service picks by match count and query shape), on every window of the results.
      for (const window of [{ limit: 50, offset: 0 }, { limit: 2, offset: 0 }, { limit: 2, offset: 1 }]) {
        const want = rows.slice(window.offset, window.offset + window.limit).map((r) => [r.id, r.rank, r.hl, r.snip]);
        for (const path of [pageRowsByRange, pageRowsOneByOne]) {
          expect(path(db, compileMatch(node), window).map((r) => [r.id, r.rank, r.name_hl, r.snip]), `${query} ${path.name}`).toEqual(want);
        }
      }
    }
    expect(['develop*', 'learn* OR ja*', 'de* -android'].map((q) => hasUnindexedPrefix(parseSearchQuery(q)))).toEqual([true, true, false]);
  });

  it('returns highlighted, renderable segments', () => {
    const [hit] = searchCandidates(db, 'zurich', { limit: 1, offset: 0 }).items;
    expect(hit!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Zürich']);
    const [byName] = searchCandidates(db, 'muller', { limit: 1, offset: 0 }).items;
    expect(byName!.nameHighlight).toEqual([
      { text: 'Anna ', match: false },
      { text: 'Müller', match: true },
    ]);
    expect(toSegments('a\u0002b\u0003c')).toEqual([
      { text: 'a', match: false },
      { text: 'b', match: true },
      { text: 'c', match: false },
    ]);
  });

  it('pages with a stable total', () => {
    const all = searchCandidates(db, 'java OR python OR developer', { limit: 50, offset: 0 });
    expect(all.total).toBe(all.items.length);
    const page1 = searchCandidates(db, 'java OR python OR developer', { limit: 2, offset: 0 });
    const page2 = searchCandidates(db, 'java OR python OR developer', { limit: 2, offset: 2 });
    expect(page1.total).toBe(all.total);
    expect(page2.total).toBe(all.total);
    expect([...page1.items, ...page2.items].map((r) => r.id)).toEqual(all.items.slice(0, 4).map((r) => r.id));
  });

  it('answers malformed or hostile input with invalid_input, never a SQL error', () => {
    for (const q of [`"); DROP TABLE candidates; --`, '"open', 'NEAR(', '*', 'skils:java', ')', 'java OR', '-java', '']) {
      expect(codeOf(() => searchCandidates(db, q, { limit: 5, offset: 0 }))).toBe('invalid_input');
    }
    expect((db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(5);
  });

  it('treats FTS5 syntax typed by a user as plain words', () => {
    for (const q of [`'); DROP TABLE candidates; --`, 'NEAR(java spring)', '{name title}: java', 'java^', 'col:java', 'a AND b', '"NOT"', 'rowid', '%_']) {
      expect(['ok', 'invalid_input']).toContain(codeOf(() => searchCandidates(db, q, { limit: 5, offset: 0 })));
    }
    expect(names('"DROP TABLE"')).toEqual([]);
  });

  it('survives random punctuation soup (seeded fuzz)', () => {
    const alphabet = ['"', "'", '(', ')', '*', '-', ':', '^', '{', '}', 'NEAR', 'OR', 'AND', 'NOT', 'java', 'skill:', ' ', ' ', '+', ';', '\\', 'é', '\u0000'];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const q = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expect(['ok', 'invalid_input'], `query ${JSON.stringify(q)}`).toContain(codeOf(() => searchCandidates(db, q, { limit: 5, offset: 0 })));
    }
  });
});

describe('index sync', () => {
  it('follows updates, deletes and raw SQL writes', () => {
    const anna = editCandidate(db, ids.anna!, 1, { currentCompany: 'Quantum Zebra AG' }, w);
    expect(names('company:zebra')).toEqual(['Anna Müller']);
    expect(names('company:helvetia')).toEqual([]);
    deleteCandidate(db, anna.id, anna.version, w);
    expect(names('zurich')).toEqual([]);
    // A writer that bypasses the services (import, sample data) is picked up lazily by the next search.
    db.prepare(`INSERT INTO candidate_skills (candidate_id, skill) VALUES (?, 'Haskell')`).run(ids.bob);
    expect(names('skill:haskell')).toEqual(['Bob Smith']);
    const id = insertCandidate(db, candidateInput.parse({ firstName: 'Rawley', city: 'Reykjavík' }), { at: w.at });
    expect(searchCandidates(db, 'reykjavik', { limit: 5, offset: 0 }).items.map((r) => r.id)).toEqual([id]);
    expect(searchIndexStats(db)).toEqual({ indexed: 5, live: 5, dirty: 0 });
  });

  it('rebuilds from scratch to the same answers', async () => {
    const before = names('java OR developer OR reykjavik');
    await rebuildSearchIndex(db, { chunkSize: 2 });
    expect(names('java OR developer OR reykjavik')).toEqual(before);
    expect(flushSearchIndex(db)).toBe(0);
  });
});

describe('search documents', () => {
  it('writes a title or company once in the document, however often the profile repeats it', () => {
    const own = openTestDb();
    try {
      const input = candidateInput.parse({
        firstName: 'Quilla',
        lastName: 'Vantongeren',
        currentTitle: 'Data Engineer',
        headline: 'Data Engineer',
        desiredRole: 'data engineer',
        currentCompany: 'Zorbatech',
        experience: [
          { title: 'Data Engineer', company: 'Zorbatech' },
          { title: 'Data Engineer', company: 'Zorbatech' },
          { title: 'Statistician', company: 'Plumbright' },
        ],
      });
      const { id } = createCandidate(own.db, input, { allowDuplicate: false }, w);
      flushSearchIndex(own.db);
      const doc = own.db.prepare('SELECT title, company FROM candidate_fts WHERE rowid = ?').get(id) as { title: string; company: string };
      expect(doc).toEqual({ title: 'Data Engineer Statistician', company: 'Zorbatech Plumbright' });
      const [hit] = searchCandidates(own.db, 'engineer', { limit: 1, offset: 0 }).items;
      expect(hit!.snippet.map((part) => part.text).join('')).not.toMatch(/Engineer.*Engineer/);
      expect(searchCandidates(own.db, 'statistician plumbright', { limit: 5, offset: 0 }).items.map((r) => r.id)).toEqual([id]);
      // A LinkedIn-style headline that starts with the title keeps only what it adds.
      const titled = (headline: string) => {
        const other = createCandidate(own.db, candidateInput.parse({ firstName: 'Hed', lastName: headline, currentTitle: 'Backend Engineer', headline }), { allowDuplicate: true }, w);
        flushSearchIndex(own.db);
        return (own.db.prepare('SELECT title FROM candidate_fts WHERE rowid = ?').get(other.id) as { title: string }).title;
      };
      expect(titled('Backend Engineer · PostgreSQL, Rust')).toBe('Backend Engineer PostgreSQL, Rust');
      expect(titled('backend engineer | Fintech')).toBe('Backend Engineer Fintech');
      expect(titled('Backend Engineer')).toBe('Backend Engineer');
      expect(titled('Helping fintechs ship')).toBe('Backend Engineer Helping fintechs ship');
    } finally {
      own.cleanup();
    }
  });
});
