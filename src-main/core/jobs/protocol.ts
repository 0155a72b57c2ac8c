import type { CsvImportRequest, CsvImportResult } from '../../../src-shared/domain/import.js';
import type { ErrorCode } from '../../../src-shared/ipc/result.js';
import type { importVaultJson } from '../services/export/vault-json.js';
import type { WorkerConnection } from '../vault/vault.js';

/** The jobs a vault worker runs, each with its input (what the handler computed on the main thread) and result. */
export interface WorkerJobs {
  'csv-import': {
    /** The request as received (base64 content included): decoding a large file is the worker's work too. */
    input: { env: { at: string; actor: string; defaultRegion: string }; req: CsvImportRequest };
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
  /**
   * A slice of the result's `rows`, sent ahead of the result: one structured clone of 100k row reports costs the
   * receiving thread ~100 ms in one piece. Node delivers every queued message in one task, so the worker sends
   * the next slice only when the main thread asks for it (MainMessage 'more'), one event-loop turn later.
   */
  | { kind: 'rows'; rows: unknown[] }
  | { kind: 'result'; value: unknown; rowsSent: boolean }
  | { kind: 'error'; code: ErrorCode; message: string; field?: string | undefined }
  /** Anything but a CodedError: only its name and SQLite code cross over (messages can carry personal data). */
  | { kind: 'crash'; name: string; code: string };

/** Main → worker, after the start: ask for the next slice of rows. */
export type MainMessage = { kind: 'more' };

/**
 * The search reader: a long-lived worker with a read-only connection that counts a search's matches while the
 * main connection ranks them (services/search.ts searchCandidatesCounted). Started at unlock, stopped at lock
 * and before a rekey.
 */
export interface ReaderStart {
  job: 'search-reader';
  connection: WorkerConnection;
}

export type ReaderRequest = { kind: 'count'; id: number; match: string };

export type ReaderReply =
  | { kind: 'opened' }
  | { kind: 'reply'; id: number; value: unknown }
  | { kind: 'error'; id: number; code: ErrorCode; message: string; field?: string | undefined }
  | { kind: 'crash'; id: number; name: string; code: string };
