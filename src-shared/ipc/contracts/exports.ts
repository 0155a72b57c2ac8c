import {
  candidatesCsvExportRequest,
  jsonResumeExportRequest,
  jsonResumeExportResult,
  textFile,
  vaultExportFileRequest,
  vaultExportFileResult,
  vaultExportRequest,
  vaultExportResult,
  vcardExportRequest,
} from '../../domain/exchange.js';

/** Exports return the file's content; the host decides where it goes (save dialog, CLI path). */
export const exportsContract = {
  /** Every table, full fidelity, for backup or moving to another machine (import:vault-json reads it back). */
  'export:vault-json': { req: vaultExportRequest, res: vaultExportResult },
  /** The same export streamed to a file (command line only): for vaults too large for one message. */
  'export:vault-json-file': { req: vaultExportFileRequest, res: vaultExportFileResult },
  'export:candidates-csv': { req: candidatesCsvExportRequest, res: textFile },
  /** vCard 4.0 for candidates and/or client contacts. */
  'export:vcard': { req: vcardExportRequest, res: textFile },
  'export:json-resume': { req: jsonResumeExportRequest, res: jsonResumeExportResult },
} as const;
