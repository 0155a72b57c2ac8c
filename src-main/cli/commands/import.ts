import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvPresetNames, IMPORT_LIMITS, type BulkResumeFileReport, type BulkResumeResult, type CsvImportResult } from '../../../src-shared/domain/import.js';
import { TOO_LARGE_REASON, unsupportedTypeReason } from '../../core/services/resumes/extract.js';
import { UsageError, type Command, type CommandContext } from '../command.js';

/** Read from a folder: resumes, and .doc/.rtf so that the core can say what to save them as. */
const RESUME_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.txt', '.rtf', '.text']);
const DUPLICATES: Record<string, 'skip' | 'merge-empty-fields' | 'create'> = { skip: 'skip', merge: 'merge-empty-fields', 'merge-empty-fields': 'merge-empty-fields', create: 'create' };

function readInput(file: string): Buffer {
  const full = path.resolve(file);
  if (!existsSync(full)) throw new UsageError(`No such file: ${file}`);
  if (statSync(full).isDirectory()) throw new UsageError(`${file} is a folder, not a file`);
  return readFileSync(full);
}

/** Progress on stderr when it is a terminal: "Importing… 42%". */
function showProgress(ctx: CommandContext, label: string, offset = () => 0, grandTotal?: () => number): () => void {
  let last = '';
  const stop = ctx.core().subscribe((name, payload) => {
    if (name !== 'job:progress' || !process.stderr.isTTY) return;
    const p = payload as { phase: string; done: number; total: number };
    const total = grandTotal?.() ?? p.total;
    const pct = total > 0 ? Math.min(100, Math.floor((100 * (offset() + p.done)) / total)) : 0;
    const line = `\r${label} ${p.phase} ${pct}%   `;
    if (line !== last) process.stderr.write(line);
    last = line;
  });
  return () => {
    stop();
    if (process.stderr.isTTY && last) process.stderr.write('\n');
  };
}

async function importCsv(ctx: CommandContext, file: string): Promise<number> {
  const preset = ctx.stringFlag('--preset');
  if (preset !== undefined && !(csvPresetNames as readonly string[]).includes(preset)) throw new UsageError(`--preset must be one of: ${csvPresetNames.join(', ')}`);
  const onError = ctx.stringFlag('--on-error') ?? 'abort';
  if (onError !== 'abort' && onError !== 'skip') throw new UsageError('--on-error must be abort or skip');
  const duplicates = DUPLICATES[ctx.stringFlag('--duplicates') ?? 'skip'];
  if (!duplicates) throw new UsageError('--duplicates must be skip, merge or create');
  const bytes = readInput(file);
  const locked = await ctx.unlock();
  if (locked) return ctx.fail(locked);
  const done = showProgress(ctx, 'Importing');
  const result = await ctx.core().dispatch('import:run-csv', {
    content: bytes.toString('base64'),
    filename: path.basename(file),
    ...(preset ? { preset } : {}),
    dryRun: ctx.flags.has('--dry-run'),
    onError,
    duplicates,
  });
  done();
  if (!result.ok) return ctx.fail(result);
  const r = result.value as CsvImportResult;
  let errorFile: string | null = null;
  // By default only a run that skipped rows leaves the error file by the CSV (as before); a dry run or an aborted
  // run lists its invalid rows in the output and writes the file only where --error-file says.
  const wantsErrorFile = (onError === 'skip' && !ctx.flags.has('--dry-run')) || ctx.stringFlag('--error-file') !== undefined;
  if (r.errorFile && wantsErrorFile) {
    errorFile = path.resolve(ctx.stringFlag('--error-file') ?? path.join(path.dirname(path.resolve(file)), r.errorFile.filename));
    writeFileSync(errorFile, Buffer.from(r.errorFile.content, 'base64'));
  }
  ctx.print({
    outcome: r.outcome,
    encoding: r.encoding,
    delimiter: r.delimiter,
    preset: r.preset,
    counts: r.counts,
    unmappedColumns: r.unmappedColumns,
    errorFile,
    // Created rows are the unremarkable ones; everything else is listed with its reasons.
    rows: r.rows.filter((row) => row.status !== 'created' || row.messages.length > 0),
  });
  if (r.unmappedColumns.length > 0) {
    // Said on every run, the dry run included: a column nobody recognised is data the import leaves behind.
    const names = r.unmappedColumns.map((h) => `"${h}"`).join(', ');
    const one = r.unmappedColumns.length === 1;
    const verb = r.outcome === 'committed' ? (one ? 'was' : 'were') : 'would be';
    process.stderr.write(
      `rapport: ${one ? 'column' : 'columns'} ${names} ${verb} left out: no candidate field has ${one ? 'that name' : 'those names'} ` +
        `(rename the header, e.g. to Company, City, Skills or Tags; the import screen lets you map it)\n`,
    );
  }
  if (r.outcome === 'aborted') {
    process.stderr.write(`rapport: ${r.counts.invalid} invalid row(s); nothing was imported (see "rows", or use --on-error skip)\n`);
    return 1;
  }
  if (r.outcome === 'dry-run' && r.counts.invalid > 0) {
    process.stderr.write(
      onError === 'abort'
        ? `rapport: ${r.counts.invalid} invalid row(s): as it stands the import would import nothing (--on-error abort, the default); fix them or use --on-error skip\n`
        : `rapport: ${r.counts.invalid} invalid row(s) would be skipped and written to an error file\n`,
    );
  }
  return 0;
}

/** Files to import, and the files in folders that are left out, each with its reason (reported, never silent). */
export function collectResumes(paths: string[]): { files: string[]; skipped: { file: string; reason: string }[] } {
  const files: string[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const walk = (p: string, explicit: boolean) => {
    const full = path.resolve(p);
    if (!existsSync(full)) throw new UsageError(`No such file or folder: ${p}`);
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) if (!entry.startsWith('.')) walk(path.join(full, entry), false);
      return;
    }
    // Named files are always tried (and get a reason if unreadable); in folders only document-like files.
    if (explicit || RESUME_EXTENSIONS.has(path.extname(full).toLowerCase())) files.push(full);
    else skipped.push({ file: full, reason: unsupportedTypeReason(full) ?? 'not a resume file — PDF, DOCX or TXT' });
  };
  for (const p of paths) walk(p, true);
  return { files, skipped };
}

async function importResumes(ctx: CommandContext, paths: string[]): Promise<number> {
  if (paths.length === 0) throw new UsageError('import resumes needs at least one file or folder');
  const { files, skipped } = collectResumes(paths);
  if (files.length === 0) throw new UsageError('No resume files (.pdf, .docx, .txt) found');
  const locked = await ctx.unlock();
  if (locked) return ctx.fail(locked);
  const dryRun = !ctx.flags.has('--yes');
  const reports: BulkResumeFileReport[] = [];
  let offset = 0;
  const done = showProgress(ctx, dryRun ? 'Checking' : 'Importing', () => offset, () => files.length);
  // Batches within the per-call limits; a file over the per-file limit is not even read.
  let batch: { filename: string; content: string; label: string }[] = [];
  let batchBytes = 0;
  const flush = async (): Promise<number | null> => {
    if (batch.length === 0) return null;
    const result = await ctx.core().dispatch('import:run-resumes', { files: batch.map(({ filename, content }) => ({ filename, content })), dryRun });
    if (!result.ok) return ctx.fail(result);
    const value = result.value as BulkResumeResult;
    value.files.forEach((f, i) => reports.push({ ...f, filename: batch[i]!.label }));
    offset += batch.length;
    batch = [];
    batchBytes = 0;
    return null;
  };
  for (const file of files) {
    const label = path.relative(process.cwd(), file) || file;
    const size = statSync(file).size;
    if (size > IMPORT_LIMITS.resumeBytes) {
      reports.push({ filename: label, status: 'failed', code: 'too-large', reason: TOO_LARGE_REASON, candidateId: null, attachmentId: null, displayName: null, matches: [], messages: [] });
      offset++;
      continue;
    }
    if (batch.length >= 100 || batchBytes + size > IMPORT_LIMITS.resumeBatchBytes / 2) {
      const failed = await flush();
      if (failed !== null) {
        done();
        return failed;
      }
    }
    batch.push({ filename: path.basename(file), content: readFileSync(file).toString('base64'), label });
    batchBytes += size;
  }
  const failed = await flush();
  done();
  if (failed !== null) return failed;
  const count = (s: BulkResumeFileReport['status']) => reports.filter((r) => r.status === s).length;
  ctx.print({
    dryRun,
    counts: { total: reports.length, created: count('created'), attached: count('attached'), duplicateFile: count('duplicate-file'), failed: count('failed') },
    files: [
      ...reports.map((r) => ({
        file: r.filename,
        status: r.status,
        ...(r.reason ? { reason: r.reason } : {}),
        ...(r.candidateId !== null ? { candidateId: r.candidateId } : {}),
        ...(r.displayName ? { name: r.displayName } : {}),
        ...(r.messages.length ? { messages: r.messages } : {}),
      })),
      // Left out of a folder without being read: each with its reason, not counted (the counts are of files read).
      ...skipped.map((s) => ({ file: path.relative(process.cwd(), s.file), status: 'skipped', reason: s.reason })),
    ],
  });
  if (dryRun) process.stderr.write('Nothing was saved: this was a check. Run again with --yes to import.\n');
  return 0;
}

async function importVaultJson(ctx: CommandContext, file: string): Promise<number> {
  const target = path.resolve(file);
  // The core reads it line by line (an export of any size); only the checks readInput makes happen here.
  if (!existsSync(target)) throw new UsageError(`No such file: ${file}`);
  if (statSync(target).isDirectory()) throw new UsageError(`${file} is a folder, not a file`);
  const locked = await ctx.unlock();
  if (locked) return ctx.fail(locked);
  const done = showProgress(ctx, 'Restoring');
  const result = await ctx.core().dispatch('import:vault-json-file', { file: target });
  done();
  if (!result.ok) return ctx.fail(result);
  ctx.print(result.value);
  return 0;
}

async function importJsonResume(ctx: CommandContext, file: string): Promise<number> {
  let resume: unknown;
  try {
    resume = JSON.parse(readInput(file).toString('utf8'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    process.stderr.write(`rapport: ${file} is not valid JSON\n`);
    return 1;
  }
  const duplicates = DUPLICATES[ctx.stringFlag('--duplicates') ?? 'skip'];
  if (!duplicates) throw new UsageError('--duplicates must be skip, merge or create');
  const locked = await ctx.unlock();
  if (locked) return ctx.fail(locked);
  const result = await ctx.core().dispatch('import:json-resume', { resume, filename: path.basename(file), duplicates, dryRun: ctx.flags.has('--dry-run') });
  if (!result.ok) return ctx.fail(result);
  ctx.print(result.value);
  return 0;
}

export const importCommand: Command = {
  name: 'import',
  usage: [
    'import csv FILE [--preset linkedin-connections|generic] [--dry-run] [--on-error abort|skip]',
    '       [--duplicates skip|merge|create] [--error-file PATH]',
    '                             Import candidates from a CSV (encoding and delimiter detected)',
    'import resumes PATH... [--yes]',
    '                             Import PDF/DOCX/TXT resumes (files or folders); without --yes only checks',
    'import json FILE             Restore a full vault export into an empty vault',
    'import json-resume FILE [--duplicates skip|merge|create] [--dry-run]',
    '                             Import one candidate from a JSON Resume (resume.json)',
  ],
  flags: [
    { name: '--preset', value: true },
    { name: '--dry-run', value: false },
    { name: '--on-error', value: true },
    { name: '--duplicates', value: true },
    { name: '--error-file', value: true },
    { name: '--yes', value: false },
  ],
  async run(ctx) {
    const [kind, ...rest] = ctx.args;
    switch (kind) {
      case 'csv':
        if (rest.length !== 1) throw new UsageError('import csv takes one FILE');
        return importCsv(ctx, rest[0]!);
      case 'resumes':
        return importResumes(ctx, rest);
      case 'json':
        if (rest.length !== 1) throw new UsageError('import json takes one FILE');
        return importVaultJson(ctx, rest[0]!);
      case 'json-resume':
        if (rest.length !== 1) throw new UsageError('import json-resume takes one FILE');
        return importJsonResume(ctx, rest[0]!);
      default:
        throw new UsageError(kind ? `Unknown import kind "${kind}" (csv, resumes, json, json-resume)` : 'import needs a kind: csv, resumes, json or json-resume');
    }
  },
};
