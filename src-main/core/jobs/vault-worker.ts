// Entry of the vault worker thread (bundled to dist/main/vault-worker.mjs). It opens its own connection to the
// vault, runs one job and exits. Bulk writes live here so that their long transaction, COMMIT and WAL checkpoint
// never hold the main thread's event loop (which serves the UI and every other channel meanwhile).
import { parentPort, workerData } from 'node:worker_threads';
import { CodedError } from '../../../src-shared/ipc/result.js';
import { openEncrypted, type WriteDb } from '../db/database.js';
import { importVaultJson } from '../services/export/vault-json.js';
import { runCsvImport } from '../services/import/csv-import.js';
import type { WorkerMessage, WorkerStart } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('vault-worker must run as a worker thread');
const send = (message: WorkerMessage) => port.postMessage(message);

async function main(start: WorkerStart<'csv-import'> | WorkerStart<'vault-json-import'>): Promise<void> {
  const key = Buffer.from(start.connection.key.buffer, start.connection.key.byteOffset, start.connection.key.byteLength);
  let db: WriteDb;
  try {
    db = openEncrypted(start.connection.file, key, start.connection.nativeBinding ? { nativeBinding: start.connection.nativeBinding } : {});
  } finally {
    key.fill(0);
  }
  send({ kind: 'opened' });
  try {
    switch (start.job) {
      case 'csv-import': {
        const { env, bytes, req } = start.input;
        const value = await runCsvImport(
          { db, ...env, progress: (phase, done, total) => send({ kind: 'progress', phase, done, total }) },
          bytes,
          req,
        );
        send({ kind: 'result', value });
        break;
      }
      case 'vault-json-import': {
        const value = await importVaultJson(db, start.input.json, (phase, done, total) => send({ kind: 'progress', phase, done, total }));
        send({ kind: 'result', value });
        break;
      }
    }
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  }
}

main(workerData as WorkerStart<'csv-import'> | WorkerStart<'vault-json-import'>).catch((error: unknown) => {
  if (error instanceof CodedError) send({ kind: 'error', code: error.code, message: error.message, field: error.field });
  else send({ kind: 'crash', name: error instanceof Error ? error.name : typeof error, code: String((error as { code?: unknown } | null)?.code ?? '') });
});
