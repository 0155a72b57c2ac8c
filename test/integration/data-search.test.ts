import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';
import { searchIndexStats } from '../../src-main/core/services/search-index.js';
import { rapport } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

describe('search:search-candidates over a sample agency', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await createTestCore();
    await t.call('demo:load-sample', { candidates: 300, seed: 11 });
  });
  afterAll(() => t.close());

  it('indexes every live candidate at the end of the bulk load', () => {
    expect(searchIndexStats(t.db)).toEqual({ indexed: 300, live: 300, dirty: 0 });
  });

  it('agrees with SQL on what a location or skill filter should find', async () => {
    const zurich = (t.db.prepare(`SELECT count(*) AS n FROM candidates WHERE city = 'Zürich'`).get() as { n: number }).n;
    expect(zurich).toBeGreaterThan(0);
    const res = await t.call('search:search-candidates', { query: 'location:zurich', limit: 200 });
    expect(res.total).toBe(zurich);
    expect(res.items.every((r) => r.city === 'Zürich' || r.region === 'Zürich')).toBe(true);
    const skill = (t.db.prepare(`SELECT skill FROM candidate_skills GROUP BY skill ORDER BY count(*) DESC LIMIT 1`).get() as { skill: string }).skill;
    const withSkill = (t.db.prepare('SELECT count(DISTINCT candidate_id) AS n FROM candidate_skills WHERE skill = ?').get(skill) as { n: number }).n;
    expect((await t.call('search:search-candidates', { query: `skill:"${skill}"`, limit: 1 })).total).toBe(withSkill);
  });

  it('pages deterministically and reports the total', async () => {
    const first = await t.call('search:search-candidates', { query: 'engineer OR manager', limit: 10 });
    const second = await t.call('search:search-candidates', { query: 'engineer OR manager', limit: 10, offset: 10 });
    expect(first.total).toBeGreaterThan(20);
    expect(second.total).toBe(first.total);
    expect(new Set([...first.items, ...second.items].map((r) => r.id)).size).toBe(20);
    expect(first.items[0]!.score).toBeGreaterThanOrEqual(second.items[0]!.score);
  });

  it('turns malformed and hostile queries into invalid_input on the query field', async () => {
    for (const query of [`"); DROP TABLE candidates; --`, 'NEAR(', '*', 'skils:java', '(java', 'a'.repeat(501)]) {
      const error = await t.fail('search:search-candidates', { query });
      expect(error.code, query).toBe('invalid_input');
      expect(error.field).toBe('query');
    }
    expect((await t.fail('search:search-candidates', { query: 'skils:java' })).message).toBe(
      'Unknown field "skils:" — did you mean skill:? Fields: name:, title:, company:, skill:, location:, tag:, source:, notes:, resume:',
    );
    expect((await t.fail('search:search-candidates', { query: 'java', limit: 0 })).field).toBe('limit');
    expect((t.db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(300);
  });
});

describe('letters of their own (ø æ ß ł …): spelled out or not, the same people', () => {
  let t: TestCore;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    t = await createTestCore();
    const people = [
      { key: 'soren', firstName: 'Søren', lastName: 'Ødegård', city: 'Tromsø', currentCompany: 'Fjord Æble', skills: [{ name: 'Kubernetes' }] },
      { key: 'lukasz', firstName: 'Łukasz', lastName: 'Żółć', city: 'Kraków', currentCompany: 'Groß Logistik' },
      { key: 'ascii', firstName: 'Soren', lastName: 'Odegard', city: 'Oslo', currentCompany: 'Other', allowDuplicate: true },
    ];
    for (const { key, ...fields } of people) ids[key] = (await t.call('candidates:create-candidate', fields)).id;
  });
  afterAll(() => t.close());
  const found = async (query: string) => (await t.call('search:search-candidates', { query, limit: 50 })).items.map((r) => r.id).sort((a, b) => a - b);

  it('finds them typed either way, in words, phrases, prefixes and field filters', async () => {
    expect(await found('soren')).toEqual([ids.soren, ids.ascii].sort((a, b) => a! - b!));
    expect(await found('Søren')).toEqual([ids.soren, ids.ascii].sort((a, b) => a! - b!));
    expect(await found('tromso')).toEqual([ids.soren]);
    expect(await found('location:tromso')).toEqual([ids.soren]);
    expect(await found('"soren odegard"')).toEqual([ids.soren, ids.ascii].sort((a, b) => a! - b!));
    expect(await found('lukasz')).toEqual([ids.lukasz]);
    expect(await found('name:zolc')).toEqual([ids.lukasz]);
    expect(await found('company:gross')).toEqual([ids.lukasz]);
    expect(await found('company:Groß')).toEqual([ids.lukasz]);
    expect(await found('aeb*')).toEqual([ids.soren]);
    // A phrase prefix, star inside the quotes or after them.
    expect(await found('"søren øde*"')).toEqual([ids.soren, ids.ascii].sort((a, b) => a! - b!));
    expect(await found('"lukasz zo"*')).toEqual([ids.lukasz]);
    expect(await found('krakow -lukasz')).toEqual([]);
    // The name keeps its letters on screen.
    const page = await t.call('search:search-candidates', { query: 'lukasz', limit: 5 });
    expect(page.items[0]!.displayName).toBe('Łukasz Żółć');
  });

  it('duplicate checks match them too (the create path and the check channel, as the CSV import already did)', async () => {
    const check = await t.call('candidates:check-duplicates', { candidate: { firstName: 'Lukasz', lastName: 'Zolc', currentCompany: 'Gross Logistik' } });
    expect(check.likely.map((m) => m.candidateId)).toContain(ids.lukasz);
    const back = await t.call('candidates:check-duplicates', { candidate: { firstName: 'Søren', lastName: 'Ødegård', city: 'Oslo' } });
    expect(back.likely.map((m) => m.candidateId)).toContain(ids.ascii);
  });
});

describe('C#, C++, F# and C are different skills', () => {
  let t: TestCore;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    t = await createTestCore();
    const people = [
      { key: 'cpp', firstName: 'Cora', lastName: 'Plus', skills: [{ name: 'C++' }, { name: 'Python' }] },
      { key: 'csharp', firstName: 'Sam', lastName: 'Sharp', skills: [{ name: 'C#' }, { name: '.NET' }] },
      { key: 'c', firstName: 'Cecil', lastName: 'Plain', skills: [{ name: 'C' }, { name: 'Assembly' }] },
      { key: 'fsharp', firstName: 'Fay', lastName: 'Functional', skills: [{ name: 'F#' }] },
      // What a "+" or "#" meant before stays searchable: phone numbers, "5+ years", hashtags, Google+.
      { key: 'misc', firstName: 'Mo', lastName: 'Misc', careerGoals: 'Call +44 20 7946 0000; 5+ years of #remote work on Google+' },
    ];
    for (const { key, ...fields } of people) ids[key] = (await t.call('candidates:create-candidate', fields)).id;
    const resume = 'Ten years of C++17 and Qt, some Java.';
    await t.call('attachments:add-attachment', { candidateId: ids.misc!, filename: 'cv.txt', mime: 'text/plain', contentBase64: Buffer.from(resume).toString('base64') });
  });
  afterAll(() => t.close());
  const found = async (query: string) => (await t.call('search:search-candidates', { query, limit: 50 })).items.map((r) => r.id).sort((a, b) => a - b);
  const of = (...keys: string[]) => keys.map((k) => ids[k]!).sort((a, b) => a - b);

  it('tells them apart in skill filters, bare words, phrases and exclusions', async () => {
    expect(await found('skill:c#')).toEqual(of('csharp'));
    expect(await found('skill:C++')).toEqual(of('cpp'));
    expect(await found('skill:f#')).toEqual(of('fsharp'));
    expect(await found('skill:c')).toEqual(of('c'));
    // A bare "c" is the word C: C# and C++ are words of their own.
    expect(await found('c')).toEqual(of('c'));
    // In skills and in résumé text, where "C++17" is C++ too.
    expect(await found('c++')).toEqual(of('cpp', 'misc'));
    expect(await found('resume:c++')).toEqual(of('misc'));
    expect(await found('c# OR f#')).toEqual(of('csharp', 'fsharp'));
    expect(await found('skill:(c++ OR c#) -skill:python')).toEqual(of('csharp'));
    expect(await found('"c++ python"')).toEqual(of('cpp'));
    expect(await found('skill:.net')).toEqual(of('csharp'));
  });

  it('highlights them as written', async () => {
    const page = await t.call('search:search-candidates', { query: 'skill:c#', limit: 5 });
    const snippet = page.items[0]!.snippet;
    expect(snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['C#']);
    expect(snippet.map((s) => s.text).join('')).toMatch(/^(C#, \.NET|\.NET, C#)$/);
    const resume = (await t.call('search:search-candidates', { query: 'resume:c++', limit: 5 })).items[0]!.snippet;
    expect(resume.map((s) => s.text).join('')).toContain('C++17 and Qt');
    expect(resume.filter((s) => s.match).map((s) => s.text)).toEqual(['C++']);
    // Nothing of how the index writes them shows (private-use signs, zero-width spaces).
    expect(JSON.stringify([snippet, resume])).not.toMatch(/[\uE000-\uF8FF\u200B]/u);
  });

  it('keeps phone numbers, "5+ years", hashtags and Google+ searchable as before', async () => {
    for (const query of ['44', '"44 20 7946"', '5', 'remote', 'google', 'notes:"5 years"']) expect(await found(query), query).toEqual(of('misc'));
  });
});

describe('skill: filters find a skill by any of its names', () => {
  let t: TestCore;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    t = await createTestCore();
    const people = [
      { key: 'kube', firstName: 'Kim', lastName: 'Cluster', skills: [{ name: 'Kubernetes' }, { name: 'JavaScript' }] },
      { key: 'gopher', firstName: 'Gus', lastName: 'Pher', skills: [{ name: 'Go' }] },
      { key: 'legacy', firstName: 'Lea', lastName: 'Gacy', skills: [{ name: 'Python' }] },
      { key: 'other', firstName: 'Otto', lastName: 'Other', skills: [{ name: 'Java' }], careerGoals: 'Learn k8s and JS' },
    ];
    for (const { key, ...fields } of people) ids[key] = (await t.call('candidates:create-candidate', fields)).id;
    // A skill stored under a synonym (written before skills were canonicalised on save).
    t.db.prepare(`UPDATE candidate_skills SET skill = 'k8s' WHERE candidate_id = ?`).run(ids.legacy!);
  });
  afterAll(() => t.close());
  const found = async (query: string) => (await t.call('search:search-candidates', { query, limit: 50 })).items.map((r) => r.id).sort((a, b) => a - b);
  const of = (...keys: string[]) => keys.map((k) => ids[k]!).sort((a, b) => a - b);

  it('a synonym finds the canonical name and the canonical name a stored synonym', async () => {
    expect(await found('skill:k8s')).toEqual(of('kube', 'legacy'));
    expect(await found('skill:kubernetes')).toEqual(of('kube', 'legacy'));
    expect(await found('skill:K8S')).toEqual(of('kube', 'legacy'));
    expect(await found('skill:js')).toEqual(of('kube'));
    expect(await found('skill:golang')).toEqual(of('gopher'));
    expect(await found('skill:(golang OR js)')).toEqual(of('gopher', 'kube'));
    expect(await found('skill:kubernetes -skill:k8s')).toEqual([]);
    expect(await found('java -skill:javascript')).toEqual(of('other'));
  });

  it('bare words and prefixes are searched as written', async () => {
    expect(await found('k8s')).toEqual(of('legacy', 'other'));
    expect(await found('js')).toEqual(of('other'));
    expect(await found('skill:k8*')).toEqual(of('legacy'));
  });
});

describe('rapport search (CLI)', () => {
  const PASS = { RAPPORT_PASSPHRASE: 'search cli passphrase' };
  let tmp: ReturnType<typeof tempDir>;
  let dataDir: string;
  beforeAll(() => {
    tmp = tempDir();
    dataDir = path.join(tmp.dir, 'vault');
    expect(rapport(['--data-dir', dataDir, 'init'], PASS).code).toBe(0);
    const demo = rapport(['--data-dir', dataDir, 'demo', '--candidates', '80', '--seed', '3'], PASS);
    expect(demo.code, demo.stderr).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('prints a table with highlighted snippets by default', () => {
    const res = rapport(['--data-dir', dataDir, 'search', 'engineer', '--limit', '5'], PASS);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^\s+ID {2}Name/m);
    expect(res.stdout).toMatch(/\[Engineer\]/i);
    expect(res.stdout).toMatch(/1–5 of \d+/);
  });

  it('prints the result page as JSON with --json', () => {
    const res = rapport(['--data-dir', dataDir, 'search', 'engineer OR manager', '--json', '--limit', '3'], PASS);
    expect(res.code, res.stderr).toBe(0);
    const page = JSON.parse(res.stdout) as { items: { id: number; snippet: { text: string; match: boolean }[] }[]; total: number; limit: number };
    expect(page.items).toHaveLength(3);
    expect(page.limit).toBe(3);
    expect(page.items[0]!.snippet.some((s) => s.match)).toBe(true);
  });

  it('explains a malformed query (exit 1) and a bad option (exit 2)', () => {
    const bad = rapport(['--data-dir', dataDir, 'search', '"unclosed'], PASS);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Unclosed quote.*\(invalid_input\)/);
    expect(rapport(['--data-dir', dataDir, 'search', 'java', '--limit', 'lots'], PASS).code).toBe(2);
    expect(rapport(['--data-dir', dataDir, 'search'], PASS).code).toBe(2);
  });

  it('suggests capitals when lower-case operators found nothing', () => {
    const res = rapport(['--data-dir', dataDir, 'search', 'zzqx or qqzx'], PASS);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout.trim()).toBe('No candidates match. Operators are written in capitals: OR (lower-case "or" is searched as a word).');
  });

  it('takes the query as it is after -- (the usual end of options)', () => {
    const total = (...args: string[]) => {
      const res = rapport(['--data-dir', dataDir, 'search', '--json', ...args], PASS);
      expect(res.code, res.stderr).toBe(0);
      return (JSON.parse(res.stdout) as { total: number }).total;
    };
    const all = total('engineer');
    expect(all).toBeGreaterThan(0);
    expect(total('--', '-zzzunknown engineer')).toBe(all);
    // After --, what looks like a flag is the query.
    const flagLike = rapport(['--data-dir', dataDir, 'search', '--', '--json'], PASS);
    expect(flagLike.stderr).not.toMatch(/does not apply/);
  });
});
