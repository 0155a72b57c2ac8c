import type { CsvImportRequest, CsvImportResult } from '../../../src-shared/domain/import.js';
import type { ErrorCode } from '../../../src-shared/ipc/result.js';
import type { importVaultJson } from '../services/export/vault-json.js';
import type { WorkerConnection } from '../vault/vault.js';

/** The jobs a vault worker runs, each with its input (what the handler computed on the main thread) and result. */
export interface WorkerJobs {
  'csv-import': {
    input: { env: { at: string; actor: string; defaultRegion: string }; bytes: Uint8Array; req: CsvImportRequest };
    result: CsvImportResult;
  };
  /** A whole-vault JSON export loaded into an empty vault (parse, one transaction, re-index, optimise). */
  'vault-json-import': {
    input: { json: string };
    result: Awaited<ReturnType<typeof importVaultJson>>;
  };
}
export type WorkerJobName = keyof WorkerJobs;

export interface WorkerStart<J extends WorkerJobName = WorkerJobName> {
  job: J;
  connection: WorkerConnection;
  input: WorkerJobs[J]['input'];
}

/** Worker → main. `opened` comes first: until then a failure means the worker could not start at all. */
export type WorkerMessage =
  | { kind: 'opened' }
  | { kind: 'progress'; phase: string; done: number; total: number }
  | { kind: 'result'; value: unknown }
  | { kind: 'error'; code: ErrorCode; message: string; field?: string | undefined }
  /** Anything but a CodedError: only its name and SQLite code cross over (messages can carry personal data). */
  | { kind: 'crash'; name: string; code: string };
