import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb } from '../../db/database.js';
import { yieldToLoop } from '../../ipc/ports.js';

const running = new WeakMap<ReadDb, string>();

/**
 * One long import/export job per vault at a time. Long jobs hold a write transaction open across event-loop
 * turns (all-or-nothing), so a second one would interleave its writes into the first one's transaction.
 */
export async function exclusiveJob<T>(db: ReadDb, name: string, fn: () => Promise<T>): Promise<T> {
  const other = running.get(db);
  if (other) throw new CodedError('busy', `Another job is running on this vault (${other}); try again when it has finished.`);
  running.set(db, name);
  try {
    return await fn();
  } finally {
    running.delete(db);
  }
}

/** Gives the event loop a turn whenever the current slice has run for `budgetMs`. */
export class Slicer {
  private start = performance.now();
  constructor(private readonly budgetMs = 20) {}

  due(): boolean {
    return performance.now() - this.start >= this.budgetMs;
  }

  async yield(): Promise<void> {
    await yieldToLoop();
    this.start = performance.now();
  }

  async maybeYield(): Promise<boolean> {
    if (!this.due()) return false;
    await this.yield();
    return true;
  }
}

/**
 * Opens the transaction of a long job. better-sqlite3 has one connection: if some other long job holds a
 * transaction open across event-loop turns, starting another one would fail obscurely; say so instead.
 */
export function beginLongTransaction(db: ReadDb, mode: 'IMMEDIATE' | 'DEFERRED'): void {
  if (db.inTransaction) throw new CodedError('busy', 'Another long operation is using the vault right now; try again when it has finished.');
  db.exec(`BEGIN ${mode}`);
}
