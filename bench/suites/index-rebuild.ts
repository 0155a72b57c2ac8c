// The search index rebuilt after an upgrade that re-created it (migration 0009 queues every candidate). An
// interactive host indexes that backlog in the background, in slices between event-loop turns
// (search-index.ts indexInBackground); the CLI flushes it in one go. Both on copies of the same vault, from the
// same queue. What matters is the longest time the loop is held (project rule: ~50 ms) and what the slicing
// costs in total time.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { openEncrypted, type WriteDb } from '../../src-main/core/db/database.js';
import { flushSearchIndex, indexInBackground, searchIndexBacklog, searchIndexStats } from '../../src-main/core/services/search-index.js';
import { keyBuffer } from '../fixtures.js';
import { idleLoopDelay, metric, stats, watchEventLoop, type Metric, type Suite } from '../harness.js';

const requeueAll = (db: WriteDb) => db.exec('DELETE FROM candidate_fts; INSERT OR IGNORE INTO search_dirty (candidate_id) SELECT id FROM candidates');

export const indexRebuildSuite: Suite = {
  name: 'index-rebuild',
  title: 'Search index rebuild after an upgrade (every candidate re-queued)',
  app: 'background pass (indexInBackground: 50-candidate slices, manual FTS5 merge steps, WAL checkpoints in slices of their own), as the window and browser host run it',
  baseline: 'one flushSearchIndex() call, as the CLI runs it (holds the event loop throughout)',
  mode: 'per-scale',
  async run(ctx) {
    const fixture = await ctx.fixture();
    const key = keyBuffer(fixture);
    const copy = (name: string): WriteDb => {
      const file = path.join(ctx.scratchDir, name, 'rapport.db');
      cpSync(path.dirname(fixture.encryptedPath), path.dirname(file), { recursive: true });
      const db = openEncrypted(file, key);
      requeueAll(db);
      return db;
    };

    const oneGo = copy('one-go');
    let baselineMs: number;
    try {
      const t = performance.now();
      flushSearchIndex(oneGo);
      baselineMs = performance.now() - t;
    } finally {
      oneGo.close();
    }

    const db = copy('background');
    try {
      const slices: Record<string, number[]> = { index: [], merge: [], checkpoint: [], settings: [], after: [] };
      const watch = watchEventLoop();
      const t = performance.now();
      indexInBackground(db, { onSlice: (kind, ms) => slices[kind]!.push(ms) });
      while (searchIndexBacklog(db)) await new Promise((resolve) => setTimeout(resolve, 50));
      const totalMs = performance.now() - t;
      const loop = watch.stop();
      const idle = await idleLoopDelay(2000);
      const indexed = searchIndexStats(db);
      if (indexed.dirty !== 0 || indexed.indexed !== indexed.live) throw new Error(`the pass left the index incomplete: ${JSON.stringify(indexed)}`);
      const all = Object.values(slices).flat();
      const over = all.filter((ms) => ms > 50).length;
      ctx.log(`index-rebuild ${ctx.scale}: ${all.length} slices, ${over} over 50 ms; index p95 ${stats(slices.index!).p95.toFixed(1)} ms, merge p95 ${stats(slices.merge!).p95.toFixed(1)} ms`);
      const base = { suite: this.name, scale: ctx.scale };
      return [
        metric({ ...base, name: 'rebuild, total time', unit: 'ms', app: totalMs, baseline: baselineMs, detail: { slices: all.length } }),
        metric({
          ...base,
          name: 'longest slice (baseline: the one-go flush)',
          unit: 'ms',
          app: Math.max(...all),
          baseline: baselineMs,
          target: { on: 'app', kind: 'max', value: 50, why: 'project rule: no task blocks the event loop for more than ~50 ms' },
          detail: { index: stats(slices.index!), merge: stats(slices.merge!), checkpoint: stats(slices.checkpoint!) },
        }),
        metric({ ...base, name: 'slices over 50 ms', unit: 'count', app: over, detail: { of: all.length } }),
        metric({ ...base, name: 'max event-loop stall during the pass (baseline: idle)', unit: 'ms', app: loop.maxMs, baseline: idle.maxMs, detail: { during: loop, idle } }),
      ] satisfies Metric[];
    } finally {
      db.close();
    }
  },
};
