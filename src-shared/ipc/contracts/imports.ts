import { z } from 'zod';
import {
  bulkResumeRequest,
  bulkResumeResult,
  csvImportRequest,
  csvImportResult,
  csvPreview,
  csvPreviewRequest,
  IMPORT_LIMITS,
  base64Content,
  resumeParseResult,
  resumeSaveRequest,
  resumeSaveResult,
} from '../../domain/import.js';
import { jsonResumeImportRequest, jsonResumeImportResult, vaultImportFileRequest, vaultImportRequest, vaultImportResult } from '../../domain/exchange.js';

/**
 * Imports. Files travel as base64 content, never as paths: the renderer is untrusted and the CLI reads the file
 * itself. Long imports push `job:progress` events (kind `import-csv`, `import-resumes`, `import-vault`).
 */
export const importsContract = {
  /** Detected encoding, delimiter, header row, preset and column mapping, plus the first rows. Writes nothing. */
  'import:preview-csv': { req: csvPreviewRequest, res: csvPreview },
  /** Runs (or dry-runs) a CSV import; per-row report, and for skip mode an error CSV of the rejected rows. */
  'import:run-csv': { req: csvImportRequest, res: csvImportResult },
  /** Review step for one resume (PDF, DOCX, TXT): text, fields with confidence, draft candidate, matches. */
  'import:parse-resume': {
    req: z.object({ filename: z.string().trim().min(1).max(255), content: base64Content(IMPORT_LIMITS.resumeBatchBytes) }).strict(),
    res: resumeParseResult,
  },
  /** Saves a reviewed resume: a new candidate, or attached to an existing one; the file is kept as an attachment. */
  'import:save-resume': { req: resumeSaveRequest, res: resumeSaveResult },
  /** Bulk resume import with a status and reason per file. */
  'import:run-resumes': { req: bulkResumeRequest, res: bulkResumeResult },
  /**
   * Stops a running CSV import or vault restore (they run on the vault worker): an all-or-nothing import or a
   * restore leaves nothing behind; a skip-mode import keeps the batches it had already saved. `cancelled` is false
   * when no such job is running here. The stopped job's own call answers with code `cancelled`.
   */
  'import:cancel-job': { req: z.object({ jobId: z.string().min(1).max(64) }).strict(), res: z.object({ cancelled: z.boolean() }) },
  /** Loads a full vault export into an empty vault (all or nothing). */
  'import:vault-json': { req: vaultImportRequest, res: vaultImportResult },
  /** The same, from an export file read line by line (command line only): any size. */
  'import:vault-json-file': { req: vaultImportFileRequest, res: vaultImportResult },
  /** One candidate from a JSON Resume document; the document is kept as an attachment. */
  'import:json-resume': { req: jsonResumeImportRequest, res: jsonResumeImportResult },
} as const;
