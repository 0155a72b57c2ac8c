import { z } from 'zod';
import { candidateMatch, duplicatePolicy } from './import.js';

/**
 * Exports and the imports that mirror them: the full-fidelity vault JSON, candidates as CSV, vCard 4 and
 * JSON Resume (https://jsonresume.org/schema, v1.0.0).
 */

export const VAULT_EXPORT_FORMAT = 'rapport.vault-export';
export const VAULT_EXPORT_VERSION = 1;

const jobId = z.string().min(1).max(64).optional();
const ids = z.array(z.number().int().positive()).max(250_000);

/**
 * The vault export file. Tables are columnar (`columns` once, `rows` as arrays) to keep 100k-candidate files
 * small; BLOB cells are `{ "$base64": "…" }`. Derived tables (the search index, its dirty list, the country
 * name table) are not exported: import rebuilds them.
 */
export const vaultExportFile = z.object({
  format: z.literal(VAULT_EXPORT_FORMAT),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int(),
  exportedAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }).optional(),
  tables: z.record(z.string(), z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.unknown())) })),
});
export type VaultExportFile = z.infer<typeof vaultExportFile>;

const tableCounts = z.record(z.string(), z.number().int());

export const vaultExportRequest = z.object({ jobId }).strict();
export const vaultExportResult = z.object({
  filename: z.string(),
  /** The export file as JSON text (UTF-8 when written to disk). */
  json: z.string(),
  tables: tableCounts,
  bytes: z.number().int(),
  ms: z.number(),
});

/** The largest vault export accepted in one request (JSON text). */
export const MAX_VAULT_JSON_CHARS = 512 * 1024 * 1024;

export const vaultImportRequest = z
  .object({ json: z.string().min(2).max(MAX_VAULT_JSON_CHARS, 'The export file is larger than 512 MB'), jobId })
  .strict();
/**
 * A path on the machine the core runs on, for the command line only (the core refuses it from a window: a page
 * must not name files to read or write). Absolute, so it does not depend on the core's working directory.
 */
const hostPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'must be an absolute path');

/** The export written straight to a file (any size: it is never one string). */
export const vaultExportFileRequest = z
  .object({
    file: hostPath,
    /** Replace an existing file (otherwise refused with `conflict`). */
    overwrite: z.boolean().default(false),
    jobId,
  })
  .strict();
export const vaultExportFileResult = z.object({ file: z.string(), tables: tableCounts, bytes: z.number().int(), ms: z.number() });
/** An export file read line by line (any size); a file laid out otherwise is read whole, up to 512 MB. */
export const vaultImportFileRequest = z.object({ file: hostPath, jobId }).strict();

export const vaultImportResult = z.object({
  formatVersion: z.number().int(),
  schemaVersion: z.number().int(),
  tables: tableCounts,
  /** Candidates re-indexed for search after the load. */
  indexed: z.number().int(),
  ms: z.number(),
});

export const textFile = z.object({
  filename: z.string(),
  mime: z.string(),
  /** The file's text; CSV starts with a UTF-8 BOM so Excel reads accents right, vCard uses CRLF. */
  content: z.string(),
  count: z.number().int(),
});
export type TextFile = z.infer<typeof textFile>;

export const candidatesCsvExportRequest = z
  .object({
    /** Default: every live candidate. */
    candidateIds: ids.optional(),
    jobId,
  })
  .strict();

export const vcardExportRequest = z
  .object({
    include: z.enum(['all', 'candidates', 'contacts']).default('all'),
    candidateIds: ids.optional(),
    contactIds: ids.optional(),
  })
  .strict();

// ---------------------------------------------------------------------------------------------------------------
// JSON Resume (v1.0.0). Lenient on input: real files leave fields out, use "" for unknowns, and add their own.

const str = z.string().optional();
const iso8601 = z.string().optional();
const location = z.looseObject({ address: str, postalCode: str, city: str, countryCode: str, region: str });
export const jsonResume = z.looseObject({
  $schema: str,
  basics: z
    .looseObject({
      name: str,
      label: str,
      image: str,
      email: str,
      phone: str,
      url: str,
      summary: str,
      location: location.optional(),
      profiles: z.array(z.looseObject({ network: str, username: str, url: str })).optional(),
    })
    .optional(),
  work: z
    .array(
      z.looseObject({
        name: str,
        location: str,
        description: str,
        position: str,
        url: str,
        startDate: iso8601,
        endDate: iso8601,
        summary: str,
        highlights: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  education: z
    .array(
      z.looseObject({
        institution: str,
        url: str,
        area: str,
        studyType: str,
        startDate: iso8601,
        endDate: iso8601,
        score: str,
        courses: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  skills: z.array(z.looseObject({ name: str, level: str, keywords: z.array(z.string()).optional() })).optional(),
  languages: z.array(z.looseObject({ language: str, fluency: str })).optional(),
  meta: z.looseObject({ canonical: str, version: str, lastModified: str }).optional(),
});
export type JsonResume = z.infer<typeof jsonResume>;

export const jsonResumeExportRequest = z.object({ candidateId: z.number().int().positive() }).strict();
export const jsonResumeExportResult = z.object({
  filename: z.string(),
  resume: z.record(z.string(), z.unknown()),
  /** The same resume as formatted JSON text. */
  json: z.string(),
});

export const jsonResumeImportRequest = z
  .object({
    /** A parsed resume.json document. */
    resume: z.record(z.string(), z.unknown()),
    filename: z.string().trim().min(1).max(255).default('resume.json'),
    duplicates: duplicatePolicy.default('skip'),
    dryRun: z.boolean().default(false),
  })
  .strict();
export const jsonResumeImportResult = z.object({
  status: z.enum(['created', 'updated', 'duplicate']),
  candidateId: z.number().int().nullable(),
  attachmentId: z.number().int().nullable(),
  matches: z.array(candidateMatch),
  /** What was not imported, and why ("basics.profiles[0]: Twitter profile without a URL"). */
  messages: z.array(z.string()),
});
