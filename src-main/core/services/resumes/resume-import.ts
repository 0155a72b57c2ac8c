import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { candidateInput, type CandidateFields, type DuplicateMatch } from '../../../../src-shared/domain/candidate.js';
import type {
  BulkResumeFileReport,
  BulkResumeResult,
  CandidateMatch,
  ParsedResume,
  ResumeParseResult,
} from '../../../../src-shared/domain/import.js';
import { IMPORT_LIMITS } from '../../../../src-shared/domain/import.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { WriteDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import { addAttachment } from '../attachments.js';
import { createCandidate, requireCandidate } from '../candidates.js';
import { findDuplicates } from '../duplicates.js';
import { decodeBase64 } from '../import/csv-import.js';
import { identityKeys, InFileIndex } from '../import/duplicates.js';
import { mergeEmptyFields } from '../import/merge.js';
import { splitFullName } from '../import/rows.js';
import type { WriteContext } from '../write-meta.js';
import { extractResumeText, type Extraction } from './extract.js';
import { parseResumeText } from './parse.js';

export interface ResumeEnv {
  db: WriteDb;
  w: WriteContext;
  defaultRegion: string;
  progress?: (phase: string, done: number, total: number) => void;
}

/** Fields below this confidence are shown for review but left out of the draft candidate. */
export const DRAFT_CONFIDENCE = 0.6;

/** Bulk import refuses these; the one-file review (parse, check, save) is where a person can still confirm one. */
export const NO_IDENTITY_REASON = 'no name, e-mail or phone found — to import it anyway, drop it on the app and review it';

const emailOk = z.email();
const urlOk = z.url();
const clip = (s: string, n: number) => s.trim().slice(0, n);
const DATE_OK = /^\d{4}(-\d{2})?$/;

/** A name from the file name when the text gave none: "Jane_Doe-CV (2).pdf" → Jane Doe. */
function nameFromFilename(filename: string): { first: string; last: string } | null {
  const stem = filename
    .replace(/\.[^.]+$/, '')
    .replace(/\(\d+\)/g, '')
    .replace(/\b(cv|resume|résumé|lebenslauf|final|v\d+|\d{4})\b/gi, '')
    .replace(/[_\-.]+/g, ' ')
    .trim();
  if (!/^\p{L}+(\s+\p{L}+){0,3}$/u.test(stem)) return null;
  return splitFullName(stem.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
}

/** The candidate that saving would create: the confident fields of the parse, made valid. */
export function buildDraft(parsed: ParsedResume, filename: string): CandidateFields {
  const ok = <T extends { confidence: number }>(items: T[]) => items.filter((i) => i.confidence >= DRAFT_CONFIDENCE);
  const name =
    parsed.name && parsed.name.confidence >= DRAFT_CONFIDENCE
      ? { first: parsed.name.first, last: parsed.name.last }
      : (nameFromFilename(filename) ?? { first: 'Unknown', last: '' });
  const experience = ok(parsed.experience).slice(0, 100);
  const current = experience.find((e) => e.current) ?? experience[0];
  const loc = parsed.location && parsed.location.confidence >= DRAFT_CONFIDENCE ? parsed.location : null;
  return candidateInput.parse({
    firstName: clip(name.first, 100) || 'Unknown',
    lastName: clip(name.last, 100),
    headline: parsed.headline && parsed.headline.confidence >= DRAFT_CONFIDENCE ? clip(parsed.headline.value, 300) : '',
    currentTitle: current?.current ? clip(current.title, 200) : '',
    currentCompany: current?.current ? clip(current.company, 200) : '',
    city: loc ? clip(loc.city, 120) : '',
    region: loc ? clip(loc.region, 120) : '',
    country: loc?.country ?? '',
    source: 'Resume import',
    emails: ok(parsed.emails)
      .filter((e) => emailOk.safeParse(e.value).success && e.value.length <= 320)
      .slice(0, 20)
      .map((e, i) => ({ address: e.value, primary: i === 0 })),
    phones: ok(parsed.phones)
      .slice(0, 20)
      .map((p, i) => ({ number: clip(p.e164 ?? p.value, 40), primary: i === 0 })),
    links: ok(parsed.links)
      .filter((l) => urlOk.safeParse(l.url).success && l.url.length <= 2000)
      .slice(0, 20)
      .map((l) => ({ kind: l.kind, url: l.url })),
    skills: ok(parsed.skills)
      .slice(0, 200)
      .map((s) => ({ name: clip(s.name, 80) })),
    experience: experience.map((e) => ({
      title: clip(e.title, 200),
      company: clip(e.company, 200),
      ...(e.start && DATE_OK.test(e.start) ? { start: e.start } : {}),
      ...(e.end && DATE_OK.test(e.end) ? { end: e.end } : {}),
    })),
    education: ok(parsed.education)
      .slice(0, 50)
      .map((e) => ({
        institution: clip(e.institution, 200),
        ...(e.degree ? { degree: clip(e.degree, 200) } : {}),
        ...(e.field ? { field: clip(e.field, 200) } : {}),
        ...(e.end && DATE_OK.test(e.end) ? { end: e.end } : {}),
      })),
  });
}

const REASON_TEXT: Record<string, string> = {
  email: 'same e-mail',
  phone: 'same phone number',
  linkedin: 'same LinkedIn profile',
  github: 'same GitHub profile',
  'name+company': 'similar name at the same company',
  'name+city': 'similar name in the same city',
};

export const toCandidateMatches = (exact: DuplicateMatch[], likely: DuplicateMatch[]): CandidateMatch[] => [
  ...exact.map((m) => ({ candidateId: m.candidateId, displayName: m.displayName, kind: 'exact' as const, reasons: m.reasons.map((r) => `${REASON_TEXT[r.kind] ?? r.kind} (${r.value})`) })),
  ...likely.map((m) => ({ candidateId: m.candidateId, displayName: m.displayName, kind: 'likely' as const, reasons: m.reasons.map((r) => `${REASON_TEXT[r.kind] ?? r.kind} (${r.value})`) })),
];

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function alreadyStored(db: WriteDb, hash: string): { attachmentId: number; candidateId: number | null } | null {
  const row = sql(db, 'SELECT id, candidate_id FROM attachments WHERE sha256 = ? ORDER BY id LIMIT 1').get(hash) as { id: number; candidate_id: number | null } | undefined;
  return row ? { attachmentId: row.id, candidateId: row.candidate_id } : null;
}

/** Review step: text, parsed fields with confidence, the draft candidate and existing-candidate matches. Writes nothing. */
export async function parseResumeFile(env: ResumeEnv, filename: string, bytes: Uint8Array): Promise<ResumeParseResult> {
  const extraction = await extractResumeText(bytes, filename);
  if (!extraction.ok) return { status: 'failed', filename, size: bytes.length, code: extraction.code, reason: extraction.reason };
  const parsed = parseResumeText(extraction.text, { defaultRegion: env.defaultRegion });
  const draft = buildDraft(parsed, filename);
  const { exact, likely } = findDuplicates(env.db, draft, { defaultRegion: env.defaultRegion });
  return {
    status: 'parsed',
    filename,
    kind: extraction.kind,
    size: bytes.length,
    sha256: sha256(bytes),
    pages: extraction.pages,
    text: extraction.text,
    parsed,
    draft,
    matches: toCandidateMatches(exact, likely),
    alreadyImported: alreadyStored(env.db, sha256(bytes)),
  };
}

function storeResume(env: ResumeEnv, candidateId: number, filename: string, contentBase64: string, extraction: Extraction & { ok: true }): number {
  return addAttachment(env.db, { candidateId, filename, mime: extraction.mime, kind: 'resume', contentBase64, text: extraction.text }, env.w).id;
}

/** Saves a reviewed resume: creates the candidate (or fills an existing one's empty fields) and keeps the file. */
export async function saveResume(
  env: ResumeEnv,
  req: { filename: string; content: string; candidate: CandidateFields; target: { mode: 'create' } | { mode: 'attach'; candidateId: number; fillEmptyFields: boolean } },
): Promise<{ candidateId: number; attachmentId: number; created: boolean }> {
  const bytes = decodeBase64(req.content);
  // The text is extracted again here: what the client sent back is not trusted to be the file's text.
  const extraction = await extractResumeText(bytes, req.filename);
  if (!extraction.ok) throw new CodedError('invalid_input', `${req.filename}: ${extraction.reason}`, 'content');
  const { db, w } = env;
  return db.transaction(() => {
    let candidateId: number;
    let created = false;
    if (req.target.mode === 'create') {
      candidateId = createCandidate(db, req.candidate, { allowDuplicate: true }, w).id;
      created = true;
    } else {
      candidateId = req.target.candidateId;
      requireCandidate(db, candidateId, 'target.candidateId');
      if (req.target.fillEmptyFields) mergeEmptyFields(db, candidateId, req.candidate, w, env.defaultRegion);
    }
    const attachmentId = storeResume(env, candidateId, req.filename, req.content, extraction);
    return { candidateId, attachmentId, created };
  })();
}

/**
 * Bulk import: each file is read, parsed, matched and saved on its own (its own transaction), so a bad file
 * gets its reason and nothing else is affected. An exact match (same e-mail, phone or profile) gets the resume
 * attached and its empty fields filled; otherwise a candidate is created and likely matches are queued for
 * duplicate review. The very same file imported twice is reported, not stored again.
 */
export async function runResumeImport(env: ResumeEnv, files: readonly { filename: string; content: string }[], options: { dryRun: boolean; jobId?: string | undefined }): Promise<BulkResumeResult> {
  const started = performance.now();
  const jobId = options.jobId ?? randomUUID();
  const total = files.length;
  const totalBytes = files.reduce((n, f) => n + Math.floor((f.content.length * 3) / 4), 0);
  if (totalBytes > IMPORT_LIMITS.resumeBatchBytes) {
    throw new CodedError('invalid_input', `These files add up to more than ${IMPORT_LIMITS.resumeBatchBytes / 1024 / 1024} MB; send them in smaller batches.`, 'files');
  }
  const reports: BulkResumeFileReport[] = [];
  const seenHashes = new Map<string, string>();
  const batchIndex = new InFileIndex();
  const counts = { total, created: 0, attached: 0, duplicateFile: 0, failed: 0 };
  env.progress?.('reading', 0, total);
  for (const [i, file] of files.entries()) {
    const base: BulkResumeFileReport = { filename: file.filename, status: 'failed', reason: null, code: null, candidateId: null, attachmentId: null, displayName: null, matches: [], messages: [] };
    let report: BulkResumeFileReport;
    try {
      report = await importOne(env, file, base, seenHashes, batchIndex, options.dryRun, i + 1);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report = { ...base, status: 'failed', code: 'corrupt', reason: `could not be imported: ${message}` };
    }
    reports.push(report);
    if (report.status === 'created') counts.created++;
    else if (report.status === 'attached') counts.attached++;
    else if (report.status === 'duplicate-file') counts.duplicateFile++;
    else counts.failed++;
    env.progress?.('importing', i + 1, total);
  }
  return { jobId, dryRun: options.dryRun, files: reports, counts, ms: Math.round(performance.now() - started) };
}

async function importOne(
  env: ResumeEnv,
  file: { filename: string; content: string },
  base: BulkResumeFileReport,
  seenHashes: Map<string, string>,
  batchIndex: InFileIndex,
  dryRun: boolean,
  position: number,
): Promise<BulkResumeFileReport> {
  let bytes: Buffer;
  try {
    bytes = decodeBase64(file.content);
  } catch {
    return { ...base, code: 'corrupt', reason: 'the upload was damaged (not base64)' };
  }
  const hash = sha256(bytes);
  const earlier = seenHashes.get(hash);
  if (earlier) return { ...base, status: 'duplicate-file', messages: [`The same file as ${earlier} in this batch`] };
  seenHashes.set(hash, file.filename);
  const stored = alreadyStored(env.db, hash);
  if (stored) {
    return { ...base, status: 'duplicate-file', candidateId: stored.candidateId, attachmentId: stored.attachmentId, messages: [`Already imported (attachment #${stored.attachmentId})`] };
  }
  const extraction = await extractResumeText(bytes, file.filename);
  if (!extraction.ok) return { ...base, code: extraction.code, reason: extraction.reason };
  const parsed = parseResumeText(extraction.text, { defaultRegion: env.defaultRegion });
  const draft = buildDraft(parsed, file.filename);
  // Nothing in the text to know the person by: a candidate named after the file would be noise (a readme, notes).
  const named = parsed.name !== null && parsed.name.confidence >= DRAFT_CONFIDENCE;
  if (!named && draft.emails.length === 0 && draft.phones.length === 0) return { ...base, code: 'empty', reason: NO_IDENTITY_REASON };
  const displayName = [draft.firstName, draft.lastName].filter(Boolean).join(' ');
  const { db, w } = env;
  const { exact, likely } = findDuplicates(db, draft, { defaultRegion: env.defaultRegion });
  const matches = toCandidateMatches(exact, likely);
  const messages: string[] = [];
  if (!parsed.name || parsed.name.confidence < DRAFT_CONFIDENCE) messages.push(`No confident name in the text; used "${displayName}"`);
  if (draft.emails.length === 0 && draft.phones.length === 0) messages.push('No e-mail or phone number found');
  const keys = identityKeys(draft, env.defaultRegion);
  const inBatch = batchIndex.find(keys);
  const target = exact[0]?.candidateId ?? (dryRun && inBatch ? inBatch.candidateId : null);
  if (dryRun) {
    batchIndex.add(keys, position, target);
    if (target !== null || inBatch) {
      return { ...base, status: 'attached', candidateId: target, displayName, matches, messages: [...messages, inBatch && target === null ? `Same person as file #${inBatch.row} of this batch` : `Would be attached to candidate #${target}`] };
    }
    return { ...base, status: 'created', displayName, matches, messages };
  }
  const result = db.transaction(() => {
    if (target !== null) {
      const changed = mergeEmptyFields(db, target, draft, w, env.defaultRegion);
      if (changed.length > 0) messages.push(`Filled ${changed.join(', ')}`);
      return { candidateId: target, created: false, attachmentId: storeResume(env, target, file.filename, file.content, extraction) };
    }
    const candidateId = createCandidate(db, draft, { allowDuplicate: true }, w).id;
    if (likely.length > 0) messages.push(`Possible duplicate of ${likely.map((m) => `#${m.candidateId} ${m.displayName}`).join(', ')} — queued for review`);
    return { candidateId, created: true, attachmentId: storeResume(env, candidateId, file.filename, file.content, extraction) };
  })();
  batchIndex.add(keys, position, result.candidateId);
  return {
    ...base,
    status: result.created ? 'created' : 'attached',
    candidateId: result.candidateId,
    attachmentId: result.attachmentId,
    displayName,
    matches,
    messages,
  };
}
