import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import { tempDir } from '../../../../test/helpers/tmp.js';
import { createHandlerTable } from '../../core.js';
import { openEncrypted, type WriteDb } from '../../db/database.js';
import { migrate } from '../../db/migrate.js';
import type { Vault } from '../../vault/vault.js';
import { createDispatcher } from '../dispatcher.js';
import { combineHandlers, defineHandlers, type HandlerContext } from '../handlers.js';
import { silentLogger } from '../ports.js';

let tmp: ReturnType<typeof tempDir>;
let db: WriteDb;
let ctx: HandlerContext;

beforeEach(() => {
  tmp = tempDir();
  db = openEncrypted(path.join(tmp.dir, 'd.db'), randomBytes(32));
  migrate(db);
  // The dispatcher only needs the open database from the vault.
  const vault = { database: () => db } as unknown as Vault;
  ctx = { vault, host: 'cli', clock: { now: () => new Date('2026-01-02T03:04:05Z') }, logger: silentLogger, emit: () => undefined };
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

describe('dispatcher', () => {
  it('runs a valid call and wraps the value', async () => {
    const dispatch = createDispatcher(createHandlerTable(), ctx, { validateResponses: true });
    const created = await dispatch('candidates:create-candidate', { firstName: 'Zoë', emails: [{ address: 'zoe@example.org' }] });
    expect(created).toMatchObject({ ok: true, value: { firstName: 'Zoë', createdAt: '2026-01-02T03:04:05.000Z' } });
  });

  it('names the offending field in invalid_input', async () => {
    const dispatch = createDispatcher(createHandlerTable(), ctx);
    const result = await dispatch('candidates:create-candidate', { firstName: 'A', emails: [{ address: 'not-an-email' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'emails.0.address' } });
    if (!result.ok) expect(result.error.message).toContain('emails.0.address');
  });

  it('rejects unknown fields on strict requests', async () => {
    const dispatch = createDispatcher(createHandlerTable(), ctx);
    const result = await dispatch('candidates:list-candidates', { limit: 5, sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers an unknown channel with unknown_channel, including prototype names', async () => {
    const dispatch = createDispatcher(createHandlerTable(), ctx);
    for (const name of ['nope:do-thing', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('maps coded errors and hides unexpected ones behind internal', async () => {
    const dispatch = createDispatcher(createHandlerTable(), ctx);
    expect(await dispatch('candidates:get-candidate', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const crashing = { ...createHandlerTable(), 'app:get-overview': () => { throw new Error('secret detail /home/x'); } };
    const result = await createDispatcher(crashing, ctx)('app:get-overview', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toContain('secret');
  });

  it('never rejects, even when a handler returns a rejected promise', async () => {
    const table = { ...createHandlerTable(), 'app:get-info': () => Promise.reject(new TypeError('boom')) };
    await expect(createDispatcher(table, ctx)('app:get-info', {})).resolves.toMatchObject({ ok: false });
  });

  it('catches a response that breaks the contract when response validation is on', async () => {
    const table = { ...createHandlerTable(), 'app:get-info': () => ({ name: 1 }) as never };
    expect(await createDispatcher(table, ctx, { validateResponses: true })('app:get-info', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('reports a locked vault as locked', async () => {
    const vault = {
      database: () => {
        throw new CodedError('locked', 'The vault is locked');
      },
    } as unknown as Vault;
    const lockedCtx = { ...ctx, vault };
    expect(await createDispatcher(createHandlerTable(), lockedCtx)('candidates:list-candidates', {})).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
  });
});

describe('handler registration', () => {
  it('fails when the same channel is registered twice', () => {
    const a = defineHandlers({ 'app:get-info': () => ({ name: 'a', version: '1', host: 'cli' as const, platform: 'x' }) });
    const b = defineHandlers({ 'app:get-info': () => ({ name: 'b', version: '1', host: 'cli' as const, platform: 'x' }) });
    expect(() => combineHandlers(a, b)).toThrow(/registered twice/);
  });

  it('the real table registers every contract channel exactly once', () => {
    expect(() => createHandlerTable()).not.toThrow();
  });
});
