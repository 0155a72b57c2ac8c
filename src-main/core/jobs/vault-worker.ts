// Entry of the vault worker thread (bundled to dist/main/vault-worker.mjs). It opens its own connection to the
// vault, runs one job and exits. Bulk writes live here so that their long transaction, COMMIT and WAL checkpoint
// never hold the main thread's event loop (which serves the UI and every other channel meanwhile).
// The same bundle also runs the search reader (ReaderStart): a long-lived read-only connection that counts a
// search's matches while the main thread ranks them.
import { parentPort, workerData } from 'node:worker_threads';
import { CodedError } from '../../../src-shared/ipc/result.js';
import { openEncrypted, type WriteDb } from '../db/database.js';
import { importVaultJson } from '../services/export/vault-json.js';
import { decodeBase64, runCsvImport, WORKER_COMMIT_ROWS } from '../services/import/csv-import.js';
import { countMatches } from '../services/search.js';
import type { MainMessage, ReaderReply, ReaderRequest, ReaderStart, WorkerMessage, WorkerStart } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('vault-worker must run as a worker thread');
const send = (message: WorkerMessage) => port.postMessage(message);

/** Row reports per message (see the 'rows' message). */
const ROWS_PER_MESSAGE = 2000;

/** Resolves when the main thread asks for the next slice of rows. */
const asked = (): Promise<void> =>
  new Promise((resolve) =>
    port.once('message', (message: MainMessage) => {
      if (message.kind === 'more') resolve();
    }),
  );

async function sendResult(value: object & { rows?: unknown[] }): Promise<void> {
  const { rows, ...rest } = value;
  if (!rows) return send({ kind: 'result', value, rowsSent: false });
  for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
    const next = asked();
    send({ kind: 'rows', rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
    await next;
  }
  send({ kind: 'result', value: rest, rowsSent: true });
}

async function main(start: WorkerStart<'csv-import'> | WorkerStart<'vault-json-import'>): Promise<void> {
  const db = openFor(start.connection);
  send({ kind: 'opened' });
  const progress = (phase: string, done: number, total: number) => send({ kind: 'progress', phase, done, total });
  let value: object;
  try {
    switch (start.job) {
      case 'csv-import': {
        const { env, req } = start.input;
        value = await runCsvImport({ db, ...env, progress, commitRows: WORKER_COMMIT_ROWS }, decodeBase64(req.content), req);
        break;
      }
      case 'vault-json-import':
        value = await importVaultJson(db, start.input.json, progress);
        break;
    }
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  }
  // The connection is closed before the (possibly long) hand-over of the result.
  await sendResult(value);
}

function openFor(connection: WorkerStart['connection']): WriteDb {
  const key = Buffer.from(connection.key.buffer, connection.key.byteOffset, connection.key.byteLength);
  try {
    return openEncrypted(connection.file, key, connection.nativeBinding ? { nativeBinding: connection.nativeBinding } : {});
  } finally {
    key.fill(0);
  }
}

/** The search reader: answers count requests until the main thread terminates it. */
const reader = (start: ReaderStart): void => {
  const db = openFor(start.connection);
  // Reads only: a bug here must not be able to write behind the main connection's back.
  db.pragma('query_only = ON');
  const reply = (message: ReaderReply) => port.postMessage(message);
  port.on('message', (request: ReaderRequest) => {
    if (request.kind !== 'count') return;
    try {
      reply({ kind: 'reply', id: request.id, value: countMatches(db, request.match) });
    } catch (error) {
      if (error instanceof CodedError) reply({ kind: 'error', id: request.id, code: error.code, message: error.message, field: error.field });
      else reply({ kind: 'crash', id: request.id, name: error instanceof Error ? error.name : typeof error, code: String((error as { code?: unknown } | null)?.code ?? '') });
    }
  });
  reply({ kind: 'opened' });
};

const started = workerData as WorkerStart<'csv-import'> | WorkerStart<'vault-json-import'> | ReaderStart;
if (started.job === 'search-reader') {
  reader(started);
} else {
  main(started).catch((error: unknown) => {
    if (error instanceof CodedError) send({ kind: 'error', code: error.code, message: error.message, field: error.field });
    else send({ kind: 'crash', name: error instanceof Error ? error.name : typeof error, code: String((error as { code?: unknown } | null)?.code ?? '') });
  });
}
