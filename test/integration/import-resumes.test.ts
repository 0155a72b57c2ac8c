import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectResumes } from '../../src-main/cli/commands/import.js';
import { NO_IDENTITY_REASON } from '../../src-main/core/services/resumes/resume-import.js';
import { b64, exchangeCore, type ExchangeCore } from '../fixtures/core.js';
import {
  TEXT_RESUME,
  encryptedDocx,
  encryptedPdf,
  emptyDocx,
  scannedPdf,
  textDocx,
  textPdf,
  truncatedPdf,
} from '../fixtures/resumes/files.js';
import { generateResumes, renderDocx, renderPdf, renderText } from '../fixtures/resumes/generate.js';
import { tempDir } from '../helpers/tmp.js';

let t: ExchangeCore;
beforeEach(async () => {
  t = await exchangeCore();
});
afterEach(() => t.close());

const count = (table: string) => (t.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('import:parse-resume (review before saving)', () => {
  it('returns the text, fields with confidence, a draft candidate, and writes nothing', async () => {
    const result = await t.call('import:parse-resume', { filename: 'jane-doe.pdf', content: b64(await textPdf()) });
    if (result.status !== 'parsed') throw new Error(result.reason);
    expect(result).toMatchObject({ kind: 'pdf', pages: 1, matches: [], alreadyImported: null });
    expect(result.text).toContain('Bluefjord Systems');
    expect(result.parsed.name).toMatchObject({ first: 'Jane', last: 'Doe' });
    expect(result.draft).toMatchObject({
      firstName: 'Jane',
      lastName: 'Doe',
      headline: 'Senior Backend Engineer',
      currentTitle: 'Senior Backend Engineer',
      currentCompany: 'Bluefjord Systems',
      city: 'Oslo',
      country: 'NO',
      source: 'Resume import',
      emails: [{ address: 'jane.doe@mail.example', primary: true }],
      phones: [{ number: '+4791234567', primary: true }],
    });
    expect(result.draft.skills.map((s) => s.name)).toContain('Kubernetes');
    expect(count('candidates')).toBe(0);
    expect(count('attachments')).toBe(0);
  });

  it('finds the existing candidate with the same e-mail before anyone creates a second one', async () => {
    const existing = await t.call('candidates:create-candidate', { firstName: 'Jane', lastName: 'Doe', emails: [{ address: 'Jane.Doe@mail.example' }] });
    const result = await t.call('import:parse-resume', { filename: 'jane.docx', content: b64(textDocx()) });
    if (result.status !== 'parsed') throw new Error(result.reason);
    expect(result.matches).toEqual([{ candidateId: existing.id, displayName: 'Jane Doe', kind: 'exact', reasons: ['same e-mail (jane.doe@mail.example)'] }]);
  });

  it('a failing file comes back as a reason, not an error', async () => {
    const result = await t.call('import:parse-resume', { filename: 'scan.pdf', content: b64(await scannedPdf()) });
    expect(result).toEqual({ status: 'failed', filename: 'scan.pdf', size: expect.any(Number), code: 'no-text', reason: 'no text layer — scanned PDF, OCR not supported' });
  });
});

describe('import:save-resume', () => {
  it('creates the candidate, keeps the original file as a resume attachment, and makes its text searchable', async () => {
    const pdf = await textPdf();
    const parsed = await t.call('import:parse-resume', { filename: 'jane-doe.pdf', content: b64(pdf) });
    if (parsed.status !== 'parsed') throw new Error(parsed.reason);
    const saved = await t.call('import:save-resume', { filename: 'jane-doe.pdf', content: b64(pdf), candidate: { ...parsed.draft, tags: ['reviewed'] }, target: { mode: 'create' } });
    expect(saved.created).toBe(true);
    const c = await t.call('candidates:get-candidate', { id: saved.candidateId });
    expect(c).toMatchObject({ firstName: 'Jane', tags: ['reviewed'], currentCompany: 'Bluefjord Systems' });
    const att = t.db.prepare('SELECT candidate_id, filename, mime, kind, size, content, text FROM attachments WHERE id = ?').get(saved.attachmentId) as {
      candidate_id: number;
      filename: string;
      mime: string;
      kind: string;
      size: number;
      content: Buffer;
      text: string;
    };
    expect(att).toMatchObject({ candidate_id: saved.candidateId, filename: 'jane-doe.pdf', mime: 'application/pdf', kind: 'resume', size: pdf.length });
    expect(Buffer.compare(att.content, pdf)).toBe(0);
    expect(att.text).toContain('Moved the monolith to microservices');
    const found = await t.call('search:search-candidates', { query: 'resume:monolith' });
    expect(found.items.map((i) => i.id)).toEqual([saved.candidateId]);
  });

  it('attaches to an existing candidate and fills only its empty fields', async () => {
    const existing = await t.call('candidates:create-candidate', { firstName: 'Jane', lastName: 'Doe', currentTitle: 'Tech Lead', emails: [{ address: 'jane.doe@mail.example' }] });
    const docx = textDocx();
    const parsed = await t.call('import:parse-resume', { filename: 'jane.docx', content: b64(docx) });
    if (parsed.status !== 'parsed') throw new Error(parsed.reason);
    const saved = await t.call('import:save-resume', { filename: 'jane.docx', content: b64(docx), candidate: parsed.draft, target: { mode: 'attach', candidateId: existing.id } });
    expect(saved).toMatchObject({ candidateId: existing.id, created: false });
    const c = await t.call('candidates:get-candidate', { id: existing.id });
    expect(c).toMatchObject({ currentTitle: 'Tech Lead', city: 'Oslo', country: 'NO' });
    expect(c.phones.map((p) => p.number)).toEqual(['+4791234567']);
    expect(count('candidates')).toBe(1);
  });

  it('refuses to save a file that cannot be read, and to attach to a missing candidate', async () => {
    const draft = { firstName: 'X' };
    expect(await t.fail('import:save-resume', { filename: 'locked.pdf', content: b64(await encryptedPdf()), candidate: draft, target: { mode: 'create' } })).toMatchObject({
      code: 'invalid_input',
      message: 'locked.pdf: password-protected PDF — remove the password and import it again',
    });
    expect(await t.fail('import:save-resume', { filename: 'a.txt', content: b64(TEXT_RESUME), candidate: draft, target: { mode: 'attach', candidateId: 999 } })).toMatchObject({
      code: 'not_found',
      field: 'target.candidateId',
    });
    expect(count('candidates')).toBe(0);
    expect(count('attachments')).toBe(0);
  });
});

describe('import:run-resumes (bulk)', () => {
  it('imports good files, gives every bad file its reason, and the bad ones affect nothing else', async () => {
    const [a, b] = generateResumes(2, 99);
    const files = [
      { filename: 'a.pdf', content: b64(await renderPdf(a!)) },
      { filename: 'locked.pdf', content: b64(await encryptedPdf()) },
      { filename: 'scan.pdf', content: b64(await scannedPdf()) },
      { filename: 'broken.pdf', content: b64(await truncatedPdf()) },
      { filename: 'locked.docx', content: b64(encryptedDocx()) },
      { filename: 'blank.docx', content: b64(emptyDocx()) },
      { filename: 'empty.txt', content: '' },
      { filename: 'huge.txt', content: b64(Buffer.alloc(10 * 1024 * 1024 + 1, 0x61)) },
      { filename: 'b.docx', content: b64(renderDocx(b!)) },
    ];
    const result = await t.call('import:run-resumes', { files, jobId: 'bulk-1' });
    const byName = Object.fromEntries(result.files.map((f) => [f.filename, f]));
    expect(result.counts).toEqual({ total: 9, created: 2, attached: 0, duplicateFile: 0, failed: 7 });
    expect(byName['a.pdf']).toMatchObject({ status: 'created', displayName: `${a!.truth.firstName} ${a!.truth.lastName}`, reason: null });
    expect(byName['b.docx']).toMatchObject({ status: 'created' });
    expect(byName['locked.pdf']).toMatchObject({ status: 'failed', code: 'encrypted', reason: 'password-protected PDF — remove the password and import it again' });
    expect(byName['scan.pdf']).toMatchObject({ status: 'failed', code: 'no-text', reason: 'no text layer — scanned PDF, OCR not supported' });
    expect(byName['broken.pdf']).toMatchObject({ status: 'failed', code: 'corrupt' });
    expect(byName['locked.docx']).toMatchObject({ status: 'failed', code: 'encrypted' });
    expect(byName['blank.docx']).toMatchObject({ status: 'failed', code: 'empty' });
    expect(byName['empty.txt']).toMatchObject({ status: 'failed', code: 'empty', reason: 'the file is empty' });
    expect(byName['huge.txt']).toMatchObject({ status: 'failed', code: 'too-large', reason: 'file is larger than the 10 MB limit for resumes' });
    expect(count('candidates')).toBe(2);
    expect(count('attachments')).toBe(2);
    const c = await t.call('candidates:get-candidate', { id: byName['a.pdf']!.candidateId! });
    expect(c.emails.map((e) => e.address)).toEqual(a!.truth.emails);
    const progress = t.events.filter((e) => e.name === 'job:progress').map((e) => e.payload as { jobId: string; kind: string; done: number; total: number });
    expect(progress.every((p) => p.jobId === 'bulk-1' && p.kind === 'import-resumes')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: 9, total: 9 });
  });

  it('matches before creating: same person attaches, same file is reported, dry run writes nothing', async () => {
    const [r] = generateResumes(1, 5);
    const existing = await t.call('candidates:create-candidate', { firstName: 'Someone', emails: [{ address: r!.truth.emails[0]!.toUpperCase() }] });
    const txt = b64(renderText(r!));
    const dry = await t.call('import:run-resumes', { files: [{ filename: 'r.txt', content: txt }], dryRun: true });
    expect(dry.files[0]).toMatchObject({ status: 'attached', candidateId: existing.id });
    expect(count('attachments')).toBe(0);

    const first = await t.call('import:run-resumes', { files: [{ filename: 'r.txt', content: txt }] });
    expect(first.files[0]).toMatchObject({ status: 'attached', candidateId: existing.id });
    expect(first.files[0]!.matches[0]).toMatchObject({ candidateId: existing.id, kind: 'exact' });
    const c = await t.call('candidates:get-candidate', { id: existing.id });
    // Kept its own name; got the phone it lacked.
    expect(c.firstName).toBe('Someone');
    expect(c.phones.length).toBe(1);

    const again = await t.call('import:run-resumes', { files: [{ filename: 'copy-of-r.txt', content: txt }] });
    expect(again.files[0]).toMatchObject({ status: 'duplicate-file', candidateId: existing.id });
    expect(count('attachments')).toBe(1);
    expect(count('candidates')).toBe(1);
  });

  it('files that are not resumes get a reason and create no candidate, in the check as in the real run', async () => {
    const files = [
      { filename: 'fake.docx', content: b64('This is not really a Word file.\nJust notes about a meeting.') },
      { filename: 'readme.md', content: b64('# Project\n\nHow to build the project.') },
      { filename: 'notes.txt', content: b64('just some words about databases and SQL') },
      { filename: 'named.txt', content: b64('Kari Nordmann\nData Engineer\nSQL, Python') },
    ];
    for (const dryRun of [true, false]) {
      const result = await t.call('import:run-resumes', { files, dryRun });
      const byName = Object.fromEntries(result.files.map((f) => [f.filename, f]));
      expect(byName['fake.docx']).toMatchObject({ status: 'failed', code: 'unsupported', reason: 'not a Word document (.docx): the file is not a ZIP archive' });
      expect(byName['readme.md']).toMatchObject({ status: 'failed', code: 'unsupported', reason: 'unsupported file type .md — PDF, DOCX or TXT' });
      expect(byName['notes.txt']).toMatchObject({ status: 'failed', code: 'empty', reason: NO_IDENTITY_REASON, candidateId: null });
      // A name alone is enough: the import says what is missing.
      expect(byName['named.txt']).toMatchObject({ status: 'created', displayName: 'Kari Nordmann', messages: ['No e-mail or phone number found'] });
      expect(result.counts).toMatchObject({ total: 4, created: 1, failed: 3 });
    }
    expect(count('candidates')).toBe(1);
    // The one-file review is where a person can still confirm such a file: it is read, and saved on request.
    const review = await t.call('import:parse-resume', { filename: 'notes.txt', content: b64('just some words about databases and SQL') });
    expect(review).toMatchObject({ status: 'parsed', parsed: { name: null, emails: [], phones: [] } });
    expect(await t.call('import:parse-resume', { filename: 'fake.docx', content: files[0]!.content })).toMatchObject({ status: 'failed', reason: 'not a Word document (.docx): the file is not a ZIP archive' });
  });

  it('the command line lists what a folder leaves out, each file with its reason', () => {
    const tmp = tempDir('rapport-resume-folder-');
    try {
      mkdirSync(path.join(tmp.dir, 'nested'));
      for (const name of ['a.pdf', 'b.txt', 'notes.md', 'photo.png', 'nested/c.docx', 'nested/scan.JPG', '.hidden']) writeFileSync(path.join(tmp.dir, name), 'x');
      const { files, skipped } = collectResumes([tmp.dir, path.join(tmp.dir, 'photo.png')]);
      expect(files.map((f) => path.relative(tmp.dir, f))).toEqual(['a.pdf', 'b.txt', 'nested/c.docx', 'photo.png']);
      expect(skipped.map((s) => [path.relative(tmp.dir, s.file), s.reason])).toEqual([
        ['nested/scan.JPG', 'an image, not a document — OCR not supported'],
        ['notes.md', 'unsupported file type .md — PDF, DOCX or TXT'],
        ['photo.png', 'an image, not a document — OCR not supported'],
      ]);
    } finally {
      tmp.cleanup();
    }
  });

  it('two files of the same person in one batch make one candidate', async () => {
    const [r] = generateResumes(1, 11);
    const result = await t.call('import:run-resumes', {
      files: [
        { filename: 'cv.pdf', content: b64(await renderPdf(r!)) },
        { filename: 'cv.docx', content: b64(renderDocx(r!)) },
      ],
    });
    expect(result.files.map((f) => f.status)).toEqual(['created', 'attached']);
    expect(result.files[1]!.candidateId).toBe(result.files[0]!.candidateId);
    expect(count('candidates')).toBe(1);
    expect(count('attachments')).toBe(2);
  });
});
