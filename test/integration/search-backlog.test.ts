import { afterEach, describe, expect, it } from 'vitest';
import type { SegmentDefinitionInput } from '../../src-shared/domain/segments/ast.js';
import { createCore } from '../../src-main/core/core.js';
import { indexInBackground, searchIndexBacklog, searchIndexStats } from '../../src-main/core/services/search-index.js';
import { exchangeCore, type ExchangeCore } from '../fixtures/core.js';

// An upgrade that re-creates the search index (migration 0009) leaves every candidate queued. At 100k that is
// ~25 s of indexing; an interactive host (the window, the browser host) must not spend it inside the next
// search or save. These tests shrink "large" to 50 candidates so a 600-candidate vault has a backlog.
const opened: ExchangeCore[] = [];
afterEach(async () => {
  for (const c of opened.splice(0)) await c.close();
});
const core = async (host: 'node' | 'cli', candidates = 600) => {
  const c = await exchangeCore(undefined, { host, scheduler: false });
  opened.push(c);
  await c.call('demo:load-sample', { candidates, seed: 3 });
  return c;
};
/** What migration 0009 does to the index: empty it and queue every candidate. */
const requeueAll = (c: ExchangeCore) => c.db.exec('DELETE FROM candidate_fts; INSERT OR IGNORE INTO search_dirty (candidate_id) SELECT id FROM candidates');
const until = async (what: string, check: () => boolean) => {
  for (let waited = 0; !check(); waited += 5) {
    if (waited > 30_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
const search = (c: ExchangeCore, query = 'engineer OR manager') => c.call('search:search-candidates', { query, limit: 50 });
const withoutMs = <T extends { ms: number }>({ ms: _ms, ...rest }: T) => rest;
/** FTS5's merge settings (the pass turns automatic merging off while it runs and merges in its own steps). */
const mergeSettings = (c: ExchangeCore) =>
  Object.fromEntries(
    (c.core.vault.database().prepare(`SELECT k, v FROM candidate_fts_config WHERE k IN ('automerge', 'crisismerge')`).all() as { k: string; v: number }[]).map((r) => [r.k, r.v]),
  );

describe('a large search-index backlog', () => {
  it('is indexed in slices between event-loop turns on an interactive host; searches meanwhile answer at once and say so', async () => {
    const t = await core('node');
    const before = await search(t);
    expect(before.indexing).toBeNull();
    expect(before.total).toBeGreaterThan(50);
    const slices: string[] = [];
    // Small merge steps, so merging is still under way when the last candidate is indexed.
    indexInBackground(t.db, { foregroundMax: 50, chunkSize: 25, mergePages: 2, onSlice: (kind) => slices.push(kind) });
    requeueAll(t);

    const during = await search(t);
    expect(during.indexing).toEqual({ pending: 600, of: 600 });
    expect(during.total).toBe(0);
    // FTS5 merges in the pass's own steps, not inside each slice's commit.
    await until('the pass to switch merging', () => mergeSettings(t).automerge === 0);
    expect(mergeSettings(t)).toEqual({ automerge: 0, crisismerge: 1000 });
    // Something else gets the event loop between slices: count its turns while the pass runs.
    let turns = 0;
    const turn = () => {
      turns++;
      if (searchIndexBacklog(t.db)) setImmediate(turn);
    };
    setImmediate(turn);
    let seenPartial = false;
    await until('the background pass', () => {
      const backlog = searchIndexBacklog(t.db);
      if (backlog && backlog.pending > 0 && backlog.pending < 600) seenPartial = true;
      return backlog === null;
    });
    expect(seenPartial).toBe(true);
    expect(turns).toBeGreaterThanOrEqual(600 / 25 - 1);
    expect(searchIndexStats(t.db)).toEqual({ indexed: 600, live: 600, dirty: 0 });
    expect(mergeSettings(t)).toEqual({ automerge: 4, crisismerge: 16 });
    expect(withoutMs(await search(t))).toEqual(withoutMs(before));
    // Each merge step, the final ones too, is followed by a WAL checkpoint of its own: otherwise SQLite's
    // automatic checkpoint runs inside a later step's commit and holds the loop for it.
    const lastIndex = slices.lastIndexOf('index');
    const merges = slices.flatMap((kind, i) => (kind === 'merge' ? [i] : []));
    // The final merges; the very last one found nothing left to merge (and wrote nothing).
    expect(merges.filter((i) => i > lastIndex).length, slices.join(',')).toBeGreaterThan(2);
    for (const i of merges.slice(0, -1)) expect(slices[i + 1], `slice ${i + 1} of ${slices.join(',')}`).toBe('checkpoint');
  });

  it('takes what is saved during the pass into the same pass (the save itself returns at once)', async () => {
    const t = await core('node');
    indexInBackground(t.db, { foregroundMax: 50, chunkSize: 25 });
    requeueAll(t);
    const created = await t.call('candidates:create-candidate', { firstName: 'Zebediah', lastName: 'Quux' });
    expect(searchIndexBacklog(t.db)?.pending).toBeGreaterThan(500);
    await until('the background pass', () => searchIndexBacklog(t.db) === null);
    const found = await search(t, 'Quux');
    expect(found.items.map((r) => r.id)).toEqual([created.id]);
    expect(searchIndexStats(t.db)).toEqual({ indexed: 601, live: 601, dirty: 0 });
  });

  it('checks a candidate saved during the pass for likely duplicates again once the index is whole', async () => {
    const t = await core('node');
    const first = await t.call('candidates:create-candidate', { firstName: 'Ingeborg', lastName: 'Vestergaard', currentCompany: 'Nordlys Analytics' });
    indexInBackground(t.db, { foregroundMax: 50, chunkSize: 25 });
    requeueAll(t);
    const pair = async () =>
      (await t.call('candidates:list-duplicate-reviews', { limit: 200 })).items
        .filter((r) => r.other.candidateId === first.id)
        .map((r) => [r.candidate.candidateId, r.reasons.map((x) => x.kind)]);
    // The pass indexes the lowest ids first: the first record is not in the index yet, so the save misses it.
    const second = await t.call('candidates:create-candidate', { firstName: 'Ingeborg', lastName: 'Vestergaard', currentCompany: 'Nordlys Analytics AS' });
    expect(searchIndexBacklog(t.db)).not.toBeNull();
    expect(await pair()).toEqual([]);
    await until('the background pass', () => searchIndexBacklog(t.db) === null);
    expect(await pair()).toEqual([[second.id, ['name+company']]]);
  });

  it('keeps a text segment\'s short count during the pass out of its sparkline', async () => {
    const t = await core('node');
    const definition: SegmentDefinitionInput = { kind: 'group', op: 'and', children: [{ kind: 'text', query: 'engineer OR manager' }] };
    const segment = await t.call('segments:create-segment', { name: 'Engineers and managers', definition });
    const full = (await t.call('segments:count-members', { definition })).count;
    expect(full).toBeGreaterThan(50);
    const history = async () => (await t.call('segments:list-segments', {})).items.find((i) => i.id === segment.id)!.history.map((h) => h.count);
    expect(await history()).toEqual([full]);
    indexInBackground(t.db, { foregroundMax: 50, chunkSize: 25 });
    requeueAll(t);
    const during = (await t.call('segments:list-segments', {})).items.find((i) => i.id === segment.id)!;
    expect(during.count).toBeLessThan(full);
    expect(during.history.map((h) => h.count)).toEqual([full]);
    await until('the background pass', () => searchIndexBacklog(t.db) === null);
    expect(await history()).toEqual([full]);
  });

  it('stops when the vault is locked, loses nothing, and finishes after unlock (merge settings restored)', async () => {
    const t = await core('node');
    const before = await search(t);
    indexInBackground(t.db, { foregroundMax: 50, chunkSize: 25 });
    requeueAll(t);
    await search(t);
    await until('a first slice', () => (searchIndexBacklog(t.db)?.pending ?? 600) < 600);
    await t.call('vault:lock', {});
    await t.call('vault:unlock', { passphrase: 'correct horse battery staple' });
    // The cut pass left automatic merging off: the unlock starts a pass that finishes and turns it back on.
    const db = t.core.vault.database();
    expect(searchIndexBacklog(db)).not.toBeNull();
    await until('the pass after unlock', () => searchIndexBacklog(db) === null);
    expect(mergeSettings(t)).toEqual({ automerge: 4, crisismerge: 16 });
    const after = await search(t);
    expect(after.indexing).toBeNull();
    expect(withoutMs(after)).toEqual(withoutMs(before));
    expect(searchIndexStats(db)).toEqual({ indexed: 600, live: 600, dirty: 0 });
  });

  it('left off merging when cut short; a CLI unlock turns it back on', async () => {
    const t = await core('node');
    indexInBackground(t.db, { foregroundMax: 50, chunkSize: 25 });
    requeueAll(t);
    await search(t);
    await until('the pass to switch merging', () => mergeSettings(t).automerge === 0);
    const dataDir = t.dataDir;
    // The app closes mid-pass; the command line opens the vault next.
    await t.core.close();
    const cli = createCore({ dataDir, host: 'cli', scrypt: { N: 1024, r: 8, p: 1 } });
    try {
      const unlocked = await cli.dispatch('vault:unlock', { passphrase: 'correct horse battery staple' });
      expect(unlocked.ok).toBe(true);
      const settings = Object.fromEntries(
        (cli.vault.database().prepare(`SELECT k, v FROM candidate_fts_config WHERE k IN ('automerge', 'crisismerge')`).all() as { k: string; v: number }[]).map((r) => [r.k, r.v]),
      );
      expect(settings).toEqual({ automerge: 4, crisismerge: 16 });
      const found = await cli.dispatch('search:search-candidates', { query: 'engineer OR manager', limit: 5 });
      expect(found.ok && (found.value as { indexing: unknown }).indexing).toBeNull();
      expect(searchIndexStats(cli.vault.database())).toMatchObject({ dirty: 0 });
    } finally {
      await cli.close();
    }
  });

  it('past the default limit (2,000), starts at unlock on an interactive host, before any search', async () => {
    const t = await core('node', 2100);
    const before = await search(t);
    requeueAll(t);
    await t.call('vault:lock', {});
    await t.call('vault:unlock', { passphrase: 'correct horse battery staple' });
    expect(searchIndexBacklog(t.core.vault.database())).toEqual({ pending: 2100, of: 2100 });
    await until('the background pass', () => searchIndexBacklog(t.core.vault.database()) === null);
    expect(withoutMs(await search(t))).toEqual(withoutMs(before));
  }, 60_000);

  it('is flushed in place by the CLI, which has no window to keep responsive and answers once', async () => {
    const t = await core('cli', 2100);
    const before = await search(t);
    requeueAll(t);
    const after = await search(t);
    expect(after.indexing).toBeNull();
    expect(withoutMs(after)).toEqual(withoutMs(before));
  }, 60_000);
});
