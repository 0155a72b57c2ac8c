import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCandidates, searchCandidatesCounted } from '../../src-main/core/services/search.js';
import { CodedError } from '../../src-shared/ipc/result.js';
import { exchangeCore, type ExchangeCore } from '../fixtures/core.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { buildWorkerInto } from '../helpers/worker.js';

// The desktop and browser hosts count a search's matches on the search reader (a worker thread with its own
// read-only connection) while the main connection ranks them. These tests use the worker bundle built from the
// current sources and a real encrypted vault; the one-connection service on the same vault is the reference.
const tmp = tempDir('rapport-reader-', path.join(repoRoot, '.tmp'));
let t: ExchangeCore;
let workerScript = '';
const logged: string[] = [];

const until = async (what: string, check: () => boolean) => {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 20_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

beforeAll(async () => {
  workerScript = await buildWorkerInto(path.join(tmp.dir, 'dist'));
  t = await exchangeCore(undefined, {
    workerScript,
    host: 'node',
    scheduler: false,
    logger: { info: () => undefined, error: (message, fields) => logged.push(`${message} ${JSON.stringify(fields)}`) },
  });
  await t.call('demo:load-sample', { candidates: 1500, seed: 5 });
}, 120_000);
afterAll(async () => {
  await t.close();
  tmp.cleanup();
});

const page = (query: string, limit = 20, offset = 0) => t.call('search:search-candidates', { query, limit, offset });
/** The same page from the one-connection service (what the CLI runs), without its timing. */
const reference = (query: string, limit = 20, offset = 0) => {
  const { ms: _ms, ...rest } = searchCandidates(t.core.vault.database(), query, { limit, offset });
  return rest;
};
const withoutMs = <T extends { ms: number }>({ ms: _ms, ...rest }: T) => rest;

describe('search with the search reader', () => {
  it('opens with the vault and returns exactly the one-connection pages, on both snippet paths', async () => {
    await until('the search reader', () => t.core.searchReader?.available === true);
    const queries = ['engineer', 'engineer OR manager', '"product manager"', 'develop*', 'fin*', 'skill:python', 'title:engineer -manager', 'zürich', 'nobodyhasthisword'];
    const totals: number[] = [];
    for (const query of queries) {
      for (const [limit, offset] of [[20, 0], [100, 40], [5, 10_000]] as const) {
        expect(withoutMs(await page(query, limit, offset)), `${query} ${limit}@${offset}`).toEqual(reference(query, limit, offset));
      }
      totals.push((await page(query)).total);
    }
    // Both ways to the snippets ran: a total above 600 re-positions row by row, a small one takes the range pass.
    expect(Math.max(...totals)).toBeGreaterThan(600);
    expect(totals.some((n) => n > 0 && n <= 600)).toBe(true);
    expect(logged).toEqual([]);
  });

  it('asks the reader for the count (and only it)', async () => {
    const reader = t.core.searchReader!;
    await until('the search reader', () => reader.available);
    const asked: string[] = [];
    const count = reader.count.bind(reader);
    reader.count = (match: string) => {
      asked.push(match);
      return count(match);
    };
    try {
      const got = await page('"product manager" OR develop*');
      expect(asked).toEqual(['("product manager") OR ("develop"*)']);
      expect(got.total).toBe(reference('"product manager" OR develop*').total);
    } finally {
      reader.count = count;
    }
  });

  it('searches on one connection while this one holds a transaction open (the reader could not see its rows)', async () => {
    const fresh = await exchangeCore(undefined, { workerScript, host: 'node', scheduler: false });
    try {
      await until('the search reader', () => fresh.core.searchReader?.available === true);
      // The sample loader keeps one transaction open across event-loop turns while it writes.
      const loading = fresh.call('demo:load-sample', { candidates: 2000, seed: 8 });
      let settled = false;
      void loading.finally(() => (settled = true));
      const seen: { total: number; items: number }[] = [];
      while (!settled) {
        const got = await fresh.call('search:search-candidates', { query: 'engineer OR manager', limit: 200 });
        seen.push({ total: got.total, items: got.items.length });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await loading;
      expect(seen.some((s) => s.items > 0)).toBe(true);
      // A page of rows never comes with a total below it, and a full page's total is the real count, not the
      // reader's view of the vault (nothing committed yet: it would count 0).
      for (const s of seen) expect(s.total).toBeGreaterThanOrEqual(s.items);
      const full = seen.filter((s) => s.items === 200);
      expect(full.length).toBeGreaterThan(1);
      // The matches grow as the loader indexes in chunks: a first full page may meet exactly 200 of them, no later one.
      expect(full.slice(1).every((s) => s.total > 200)).toBe(true);
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it('counts what was written just before the search (the index is flushed and committed first)', async () => {
    const before = (await page('Quetzalcoatl')).total;
    await t.call('candidates:create-candidate', { firstName: 'Ada', lastName: 'Quetzalcoatl' });
    expect((await page('Quetzalcoatl')).total).toBe(before + 1);
    expect(before).toBe(0);
  });

  it('turns a malformed query into invalid_input, from either side', async () => {
    for (const query of ['NEAR(', '(java', 'skils:java']) {
      const error = await t.fail('search:search-candidates', { query });
      expect(error.code, query).toBe('invalid_input');
    }
    // The counter's own refusal of the query reaches the caller as it is, not as a fallback.
    const refusing = { count: () => Promise.reject(new CodedError('invalid_input', 'no', 'query')) };
    await expect(searchCandidatesCounted(t.core.vault.database(), refusing, 'engineer', { limit: 5, offset: 0 })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('counts on the main connection when the reader fails, and says so', async () => {
    const failures: unknown[] = [];
    const broken = { count: () => Promise.reject(new Error('worker gone')) };
    const got = await searchCandidatesCounted(t.core.vault.database(), broken, 'engineer', { limit: 10, offset: 0 }, (error) => failures.push(error));
    expect(withoutMs(got)).toEqual(reference('engineer', 10, 0));
    expect(failures).toHaveLength(1);
  });

  it('stops at lock and comes back at unlock', async () => {
    const reader = t.core.searchReader!;
    await t.call('vault:lock', {});
    expect(reader.available).toBe(false);
    await t.call('vault:unlock', { passphrase: 'correct horse battery staple' });
    await until('the search reader after unlock', () => reader.available);
    expect(withoutMs(await page('engineer'))).toEqual(reference('engineer'));
  });

  it('lets a rekey have the file to itself, then reads with the new key', async () => {
    const reader = t.core.searchReader!;
    await until('the search reader', () => reader.available);
    const before = reference('engineer OR manager', 50);
    await t.call('vault:rekey-database', { passphrase: 'correct horse battery staple' });
    await until('the search reader after the rekey', () => reader.available);
    expect(withoutMs(await page('engineer OR manager', 50))).toEqual(before);
    expect(logged).toEqual([]);
  });
});
