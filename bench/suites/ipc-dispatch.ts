// What the typed IPC layer costs on top of the handler it wraps: zod request parsing, the async hop and the
// Result envelope (and, separately, response validation, which tests switch on). The baseline calls the same
// handler directly with an already-parsed request, so both sides do exactly the same repository work
// (e.g. get-candidate's liveness check + getCandidate, list-candidates' findCandidates).
import { openEncrypted } from '../../src-main/core/db/database.js';
import { createDispatcher, type Dispatch } from '../../src-main/core/ipc/dispatcher.js';
import type { Result } from '../../src-shared/ipc/result.js';
import { callHandler, handlerContextFor, handlerTable, parseRequest } from '../core.js';
import { keyBuffer } from '../fixtures.js';
import { compare, latencyMetrics, seededInts, type Suite } from '../harness.js';

export const ipcDispatchSuite: Suite = {
  name: 'ipc-dispatch',
  title: 'IPC dispatch overhead (encrypted vault, in-process)',
  app: 'dispatcher channel call',
  baseline: 'the same handler called directly (same repository calls)',
  mode: 'per-scale',
  async run(ctx) {
    const fixture = await ctx.fixture();
    const db = openEncrypted(fixture.encryptedPath, keyBuffer(fixture));
    try {
      const handlerCtx = handlerContextFor(db);
      const dispatch = createDispatcher(handlerTable(), handlerCtx);
      const dispatchChecked = createDispatcher(handlerTable(), handlerCtx, { validateResponses: true });
      // A failed call would be timed as a fast error path: refuse to report it.
      const expectOk = async (pending: Promise<Result<unknown>>): Promise<void> => {
        const result = await pending;
        if (!result.ok) throw new Error(`dispatch failed: ${JSON.stringify(result)}`);
      };

      const loop = { warmup: 200, iterations: 2000, budgetMs: 30_000 };
      const n = loop.warmup + loop.iterations;
      const ids = seededInts(ctx.seed + 1, n, 1, fixture.maxCandidateId);
      const total = fixture.counts.candidates;
      const offsets = seededInts(ctx.seed + 2, n, 0, Math.max(0, total - 50));

      const getVia = (d: Dispatch) => (i: number) => expectOk(d('candidates:get-candidate', { id: ids[i]! }));
      const listVia = (d: Dispatch) => (i: number) => expectOk(d('candidates:list-candidates', { limit: 50, offset: offsets[i]! }));
      const getReqs = ids.map((id) => parseRequest('candidates:get-candidate', { id }));
      const listReqs = offsets.map((offset) => parseRequest('candidates:list-candidates', { limit: 50, offset }));
      const getDirect = (i: number) => callHandler('candidates:get-candidate', getReqs[i]!, handlerCtx);
      const listDirect = (i: number) => callHandler('candidates:list-candidates', listReqs[i]!, handlerCtx);

      // List pages at deep offsets are slow reads (up to seconds at 100k): bounded by time, not count.
      const listLoop = { warmup: 10, iterations: 300, budgetMs: 45_000 };
      const base = { suite: this.name, scale: ctx.scale };
      const get = await compare(getVia(dispatch), getDirect, loop);
      const getChecked = await compare(getVia(dispatchChecked), getDirect, loop);
      const list = await compare(listVia(dispatch), listDirect, listLoop);
      const listChecked = await compare(listVia(dispatchChecked), listDirect, listLoop);
      return [
        ...latencyMetrics({ ...base, name: 'candidates:get-candidate' }, get.app, get.baseline),
        ...latencyMetrics({ ...base, name: 'candidates:list-candidates (50, random offset)' }, list.app, list.baseline),
        ...latencyMetrics({ ...base, name: 'get-candidate, responses validated' }, getChecked.app, getChecked.baseline),
        ...latencyMetrics({ ...base, name: 'list-candidates, responses validated' }, listChecked.app, listChecked.baseline),
      ];
    } finally {
      db.close();
    }
  },
};
