import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { tempDir } from '../../../../test/helpers/tmp.js';
import type { ChannelName, ReqInput, Res } from '../../../../src-shared/ipc/contract.js';
import type { AppError } from '../../../../src-shared/ipc/result.js';
import { createCore, type Core } from '../../core.js';
import { openEncrypted, type WriteDb } from '../../db/database.js';
import { migrate } from '../../db/migrate.js';
import type { Clock } from '../../ipc/ports.js';

/** A real encrypted database (random raw key), migrated to the latest schema. */
export function openTestDb(): { db: WriteDb; cleanup(): void } {
  const tmp = tempDir('rapport-data-');
  const db = openEncrypted(path.join(tmp.dir, 'test.db'), randomBytes(32));
  migrate(db);
  return {
    db,
    cleanup() {
      db.close();
      tmp.cleanup();
    },
  };
}

/** A clock tests can move: `clock.set('2026-03-01T10:00:00Z')`, `clock.advanceDays(31)`. */
export function testClock(start = '2026-03-01T10:00:00.000Z'): Clock & { set(iso: string): void; advanceDays(days: number): void; iso(): string } {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    set: (iso) => {
      now = Date.parse(iso);
    },
    advanceDays: (days) => {
      now += days * 86_400_000;
    },
    iso: () => new Date(now).toISOString(),
  };
}

export interface TestCore {
  core: Core;
  db: WriteDb;
  clock: ReturnType<typeof testClock>;
  /** Calls a channel through the dispatcher (validation included); throws with the error if not ok. */
  call<C extends ChannelName>(channel: C, req: ReqInput<C>): Promise<Res<C>>;
  /** Calls a channel expecting a failure; returns the error (throws if the call succeeded). */
  fail<C extends ChannelName>(channel: C, req: unknown): Promise<AppError>;
  close(): Promise<void>;
}

/** A full core over a fresh encrypted vault (cheap KDF), responses checked against the contract. */
export async function createTestCore(): Promise<TestCore> {
  const tmp = tempDir('rapport-data-core-');
  const clock = testClock();
  const core = createCore({
    dataDir: path.join(tmp.dir, 'vault'),
    host: 'cli',
    clock,
    validateResponses: true,
    scrypt: { N: 1024, r: 8, p: 1 },
  });
  const created = await core.dispatch('vault:create', { passphrase: 'correct horse battery staple' });
  if (!created.ok) throw new Error(created.error.message);
  return {
    core,
    db: core.vault.database(),
    clock,
    async call(channel, req) {
      const result = await core.dispatch(channel, req);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
    async fail(channel, req) {
      const result = await core.dispatch(channel, req);
      if (result.ok) throw new Error(`${channel} unexpectedly succeeded: ${JSON.stringify(result.value).slice(0, 300)}`);
      return result.error;
    },
    async close() {
      await core.close();
      tmp.cleanup();
    },
  };
}

/** Every row related to these candidates, table by table, for before/after exactness comparisons. */
export function dumpCandidateGraph(db: WriteDb, ids: readonly number[]): Record<string, unknown[]> {
  const list = ids.join(', ');
  const q = (text: string) => db.prepare(text).all();
  return {
    candidates: q(`SELECT * FROM candidates WHERE id IN (${list}) ORDER BY id`),
    candidate_emails: q(`SELECT * FROM candidate_emails WHERE candidate_id IN (${list}) ORDER BY id`),
    candidate_phones: q(`SELECT * FROM candidate_phones WHERE candidate_id IN (${list}) ORDER BY id`),
    candidate_links: q(`SELECT * FROM candidate_links WHERE candidate_id IN (${list}) ORDER BY id`),
    candidate_skills: q(`SELECT * FROM candidate_skills WHERE candidate_id IN (${list}) ORDER BY candidate_id, skill`),
    candidate_tags: q(`SELECT * FROM candidate_tags WHERE candidate_id IN (${list}) ORDER BY candidate_id, tag`),
    consents: q(`SELECT * FROM consents WHERE candidate_id IN (${list}) ORDER BY id`),
    candidate_list_members: q(`SELECT * FROM candidate_list_members WHERE candidate_id IN (${list}) ORDER BY list_id, candidate_id`),
    talent_pool_members: q(`SELECT * FROM talent_pool_members WHERE candidate_id IN (${list}) ORDER BY pool_id, candidate_id`),
    activities: q(`SELECT * FROM activities WHERE candidate_id IN (${list}) ORDER BY id`),
    applications: q(`SELECT * FROM applications WHERE candidate_id IN (${list}) ORDER BY id`),
    stage_history: q(
      `SELECT * FROM stage_history WHERE application_id IN (SELECT id FROM applications WHERE candidate_id IN (${list})) ORDER BY id`,
    ),
    attachments: q(
      `SELECT id, candidate_id, filename, mime, size, sha256, hex(content) AS content, text, kind, created_at FROM attachments
       WHERE candidate_id IN (${list}) ORDER BY id`,
    ),
  };
}
