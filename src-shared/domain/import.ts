import { z } from 'zod';
import { candidateInput } from './candidate.js';

/**
 * Import limits, chosen explicitly so an oversized input gets a clear reason instead of exhausting memory.
 * Binary content crosses IPC as base64 (the renderer is untrusted: it sends bytes, never file paths), which
 * inflates it by 4/3; the browser host accepts 64 MiB request bodies, so 40 MiB of CSV still fits.
 */
export const IMPORT_LIMITS = {
  /** 100k LinkedIn-style rows are ~10 MB; 40 MB leaves room for wide exports. */
  csvBytes: 40 * 1024 * 1024,
  csvRows: 250_000,
  csvColumns: 500,
  /** A resume bigger than this is almost always scanned images; text resumes are a few hundred KB. */
  resumeBytes: 10 * 1024 * 1024,
  /** One `import:run-resumes` call; the CLI splits bigger sets into several calls. */
  resumeBatchBytes: 40 * 1024 * 1024,
  resumeBatchFiles: 500,
  /** Extracted text kept per resume (a 10-page CV is ~30k characters). */
  resumeTextChars: 500_000,
} as const;

export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;
const mb = (bytes: number): number => Math.round(bytes / (1024 * 1024));

/** File bytes as base64. The service decodes and checks them; the schema only bounds the size. */
export const base64Content = (maxBytes: number) =>
  z.string().max(base64Length(maxBytes), `The file is larger than the ${mb(maxBytes)} MB limit`);

export const textEncodings = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export const textEncoding = z.enum(textEncodings);
export type TextEncoding = z.infer<typeof textEncoding>;

export const csvDelimiters = [',', ';', '\t', '|'] as const;
export const csvDelimiter = z.enum(csvDelimiters);
export type CsvDelimiter = z.infer<typeof csvDelimiter>;

/** Candidate fields a CSV column can feed. List fields (tags, skills, …) split a cell on `;`, `,` or `|`. */
export const csvFields = [
  'firstName',
  'lastName',
  'fullName',
  'email',
  'phone',
  'linkedin',
  'github',
  'website',
  'headline',
  'currentTitle',
  'currentCompany',
  'city',
  'region',
  'country',
  'location',
  'source',
  'tags',
  'skills',
  'languages',
  'industries',
  'seniority',
  'remotePreference',
  'timezone',
  'availability',
  'noticePeriodDays',
  'workAuthorization',
  'desiredRole',
  'desiredSalaryMin',
  'desiredSalaryMax',
  'salaryCurrency',
  'careerGoals',
] as const;
export const csvField = z.enum(csvFields);
export type CsvField = z.infer<typeof csvField>;

export const csvPresetNames = ['linkedin-connections', 'generic'] as const;
export const csvPresetName = z.enum(csvPresetNames);
export type CsvPresetName = z.infer<typeof csvPresetName>;

/** Column index → field (null: ignore the column). */
export const csvMapping = z.array(csvField.nullable()).max(IMPORT_LIMITS.csvColumns);
export type CsvMapping = z.infer<typeof csvMapping>;

export const duplicatePolicies = ['skip', 'merge-empty-fields', 'create'] as const;
export const duplicatePolicy = z.enum(duplicatePolicies);
export type DuplicatePolicy = z.infer<typeof duplicatePolicy>;

export const onErrorPolicy = z.enum(['abort', 'skip']);
export type OnErrorPolicy = z.infer<typeof onErrorPolicy>;

const jobId = z.string().min(1).max(64).optional();
const filename = z.string().trim().max(255).optional();

const csvSource = {
  content: base64Content(IMPORT_LIMITS.csvBytes),
  filename,
  /** Overrides for when detection guesses wrong. */
  encoding: textEncoding.optional(),
  delimiter: csvDelimiter.optional(),
};

export const csvPreviewRequest = z
  .object({ ...csvSource, preset: csvPresetName.optional(), sampleRows: z.number().int().min(0).max(200).default(20) })
  .strict();

export const csvPreview = z.object({
  encoding: textEncoding,
  delimiter: csvDelimiter,
  /** 1-based physical line of the header; lines before it (LinkedIn's "Notes:" preamble) are skipped. */
  headerLine: z.number().int(),
  headers: z.array(z.string()),
  preset: csvPresetName,
  mapping: csvMapping,
  /** Headers that no field recognised (left unmapped). */
  unmapped: z.array(z.string()),
  sampleRows: z.array(z.array(z.string())),
  rowCount: z.number().int(),
  warnings: z.array(z.string()),
});
export type CsvPreview = z.infer<typeof csvPreview>;

export const csvImportRequest = z
  .object({
    ...csvSource,
    preset: csvPresetName.optional(),
    /** Explicit mapping (from the preview, possibly edited); without it the preset's mapping applies. */
    mapping: csvMapping.optional(),
    dryRun: z.boolean().default(false),
    onError: onErrorPolicy.default('abort'),
    duplicates: duplicatePolicy.default('skip'),
    /** Candidate source for rows without a source column; defaults to the preset's ("LinkedIn", "CSV import"). */
    source: z.string().trim().max(80).optional(),
    /** Tags added to every imported candidate, e.g. the campaign. */
    tags: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
    /**
     * Which row reports the result carries: every row (the CLI), or only the rows worth showing (see
     * isProblemRow), in report order and at most `reportLimit` of them. A screen asks for the latter: 100k row
     * reports cost the process that serialises them ~100 ms in one piece, and nobody reads them there.
     */
    reportRows: z.enum(['all', 'problems']).default('all'),
    reportLimit: z.number().int().min(1).max(IMPORT_LIMITS.csvRows).optional(),
    /** Also return every row's report as a CSV file (reportFile): what a screen that lists only some rows offers for download. */
    reportFile: z.boolean().default(false),
    jobId,
  })
  .strict();
export type CsvImportRequest = z.output<typeof csvImportRequest>;

export const rowStatuses = ['created', 'updated', 'duplicate', 'skipped', 'invalid'] as const;
export const rowStatus = z.enum(rowStatuses);
export type RowStatus = z.infer<typeof rowStatus>;

export const duplicateReason = z.enum(['email', 'phone', 'linkedin', 'github']);
export type DuplicateReason = z.infer<typeof duplicateReason>;

export const csvRowReport = z.object({
  /** 1-based data row (the header is row 0). */
  row: z.number().int(),
  /** 1-based physical line where the row starts, as a text editor shows it. */
  line: z.number().int(),
  status: rowStatus,
  candidateId: z.number().int().nullable(),
  /** What it duplicates: an existing candidate, or an earlier row of the same file. */
  duplicateOf: z
    .object({ candidateId: z.number().int().nullable(), row: z.number().int().nullable(), reason: duplicateReason })
    .nullable(),
  /**
   * A created row that looks like the same person as a candidate already in the vault or an earlier row (similar
   * name plus the same company or city): created, and queued for duplicate review. The best match; all of them
   * are queued. Absent when there is none.
   */
  likelyDuplicateOf: z
    .object({
      candidateId: z.number().int().nullable(),
      row: z.number().int().nullable(),
      reasons: z.array(z.enum(['name+company', 'name+city'])),
      score: z.number(),
    })
    .optional(),
  /** Human messages, each naming the column it is about. */
  messages: z.array(z.string()),
});
export type CsvRowReport = z.infer<typeof csvRowReport>;

export const importCounts = z.object({
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  duplicate: z.number().int(),
  skipped: z.number().int(),
  invalid: z.number().int(),
  /** Rows flagged as likely duplicates (created and queued for review; a subset of `created`). */
  likely: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCounts>;

export const csvImportResult = z.object({
  jobId: z.string(),
  /** committed: rows landed; dry-run: nothing written; aborted: invalid rows in all-or-nothing mode, nothing written. */
  outcome: z.enum(['committed', 'dry-run', 'aborted']),
  encoding: textEncoding,
  delimiter: csvDelimiter,
  preset: csvPresetName,
  counts: importCounts,
  /**
   * Headers of the file that no candidate field takes (nothing recognised them), so their cells were not
   * imported; empty when the request gave its own mapping (leaving a column out was then the user's choice).
   */
  unmappedColumns: z.array(z.string()),
  rows: z.array(csvRowReport),
  /** How many rows the asked-for report has (reportRows); `rows` holds the first `reportLimit` of them. */
  reportRowsTotal: z.number().int(),
  /** With reportFile: one line per row (line, status, name, candidate, what it duplicates, notes); UTF-8 CSV, base64. */
  reportFile: z.object({ filename: z.string(), content: z.string(), rows: z.number().int() }).nullable(),
  /** skip mode with invalid rows: the original header and rows plus an "Import error" column (UTF-8 CSV, base64). */
  errorFile: z.object({ filename: z.string(), content: z.string(), rows: z.number().int() }).nullable(),
  ms: z.number(),
});
export type CsvImportResult = z.infer<typeof csvImportResult>;

/** Worth showing in a report: everything that did not simply land, and rows flagged as likely duplicates. */
export const isProblemRow = (r: CsvRowReport): boolean => (r.status !== 'created' && r.status !== 'updated') || r.likelyDuplicateOf !== undefined;

/** Lower sorts first: what the user must fix, then what to review, then what was merely left out or merged. */
const rowRank = (r: CsvRowReport): number =>
  r.status === 'invalid' ? 0 : r.likelyDuplicateOf ? 1 : r.status === 'duplicate' ? 2 : r.status === 'updated' ? 3 : 4;

/** The problem rows in report order: invalid rows first so they are never buried under duplicates; file order within a kind. */
export const problemRows = (rows: readonly CsvRowReport[]): CsvRowReport[] =>
  rows.filter(isProblemRow).sort((a, b) => rowRank(a) - rowRank(b) || a.row - b.row);

// ---------------------------------------------------------------------------------------------------------------
// Resumes

export const resumeKinds = ['pdf', 'docx', 'txt'] as const;
export const resumeKind = z.enum(resumeKinds);
export type ResumeKind = z.infer<typeof resumeKind>;

/** Why a file could not be read. The message is for people; the code is for tests and the UI. */
export const resumeFailureCodes = ['too-large', 'empty', 'encrypted', 'corrupt', 'no-text', 'unsupported'] as const;
export const resumeFailureCode = z.enum(resumeFailureCodes);
export type ResumeFailureCode = z.infer<typeof resumeFailureCode>;

const confidence = z.number().min(0).max(1);

export const parsedResume = z.object({
  name: z.object({ first: z.string(), last: z.string(), confidence }).nullable(),
  headline: z.object({ value: z.string(), confidence }).nullable(),
  emails: z.array(z.object({ value: z.string(), confidence })),
  /** As written, plus E.164 where it parses. */
  phones: z.array(z.object({ value: z.string(), e164: z.string().nullable(), confidence })),
  links: z.array(z.object({ kind: z.enum(['linkedin', 'github', 'portfolio', 'website', 'other']), url: z.string(), confidence })),
  location: z.object({ city: z.string(), region: z.string(), country: z.string(), confidence }).nullable(),
  /** Canonical taxonomy names; `matched` is the text as the resume wrote it (JS → JavaScript). */
  skills: z.array(z.object({ name: z.string(), matched: z.string(), confidence })),
  experience: z.array(
    z.object({
      title: z.string(),
      company: z.string(),
      start: z.string().nullable(),
      end: z.string().nullable(),
      current: z.boolean(),
      confidence,
    }),
  ),
  education: z.array(
    z.object({ institution: z.string(), degree: z.string(), field: z.string(), end: z.string().nullable(), confidence }),
  ),
});
export type ParsedResume = z.infer<typeof parsedResume>;

export const candidateMatch = z.object({
  candidateId: z.number().int(),
  displayName: z.string(),
  /** exact: same normalised e-mail, E.164 phone or LinkedIn URL; likely: similar name and a weaker signal. */
  kind: z.enum(['exact', 'likely']),
  reasons: z.array(z.string()),
});
export type CandidateMatch = z.infer<typeof candidateMatch>;

export const resumeFile = z.object({ filename: z.string().trim().min(1).max(255), content: base64Content(IMPORT_LIMITS.resumeBatchBytes) });

export const resumeParseResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('parsed'),
    filename: z.string(),
    kind: resumeKind,
    size: z.number().int(),
    sha256: z.string(),
    pages: z.number().int().nullable(),
    /** Extracted text (what is stored with the attachment and indexed for search). */
    text: z.string(),
    parsed: parsedResume,
    /** The candidate that saving would create: confident fields only, editable in review. */
    draft: candidateInput,
    matches: z.array(candidateMatch),
    /** The very same file (by SHA-256) is already stored. */
    alreadyImported: z.object({ attachmentId: z.number().int(), candidateId: z.number().int().nullable() }).nullable(),
  }),
  z.object({
    status: z.literal('failed'),
    filename: z.string(),
    size: z.number().int(),
    code: resumeFailureCode,
    reason: z.string(),
  }),
]);
export type ResumeParseResult = z.infer<typeof resumeParseResult>;

export const resumeSaveRequest = z
  .object({
    filename: z.string().trim().min(1).max(255),
    content: base64Content(IMPORT_LIMITS.resumeBytes),
    /** The reviewed candidate; for `attach` only empty fields and new contact points are taken from it. */
    candidate: candidateInput,
    target: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('create') }),
      z.object({ mode: z.literal('attach'), candidateId: z.number().int().positive(), fillEmptyFields: z.boolean().default(true) }),
    ]),
  })
  .strict();

export const resumeSaveResult = z.object({
  candidateId: z.number().int(),
  attachmentId: z.number().int(),
  created: z.boolean(),
});

export const bulkResumeStatuses = ['created', 'attached', 'duplicate-file', 'failed'] as const;

export const bulkResumeRequest = z
  .object({
    files: z.array(resumeFile).min(1).max(IMPORT_LIMITS.resumeBatchFiles),
    dryRun: z.boolean().default(false),
    jobId,
  })
  .strict();

export const bulkResumeFileReport = z.object({
  filename: z.string(),
  status: z.enum(bulkResumeStatuses),
  /** For failed files: why, in words ("no text layer — scanned PDF, OCR not supported"). */
  reason: z.string().nullable(),
  code: resumeFailureCode.nullable(),
  candidateId: z.number().int().nullable(),
  attachmentId: z.number().int().nullable(),
  displayName: z.string().nullable(),
  matches: z.array(candidateMatch),
  messages: z.array(z.string()),
});
export type BulkResumeFileReport = z.infer<typeof bulkResumeFileReport>;

export const bulkResumeResult = z.object({
  jobId: z.string(),
  dryRun: z.boolean(),
  files: z.array(bulkResumeFileReport),
  counts: z.object({
    total: z.number().int(),
    created: z.number().int(),
    attached: z.number().int(),
    duplicateFile: z.number().int(),
    failed: z.number().int(),
  }),
  ms: z.number(),
});
export type BulkResumeResult = z.infer<typeof bulkResumeResult>;

/** A row's status as a report shows it: nothing was written in a dry run or an aborted import. */
export function rowStatusLabel(status: RowStatus, outcome: CsvImportResult['outcome']): string {
  if (outcome === 'committed' || (status !== 'created' && status !== 'updated')) return status;
  const verb = status === 'created' ? 'create' : 'update';
  return outcome === 'dry-run' ? `to ${verb}` : `would ${verb}`;
}
