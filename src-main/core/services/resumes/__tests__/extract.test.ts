import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../../../src-shared/domain/import.js';
import {
  TEXT_RESUME,
  emptyDocx,
  encryptedDocx,
  encryptedPdf,
  legacyDoc,
  notWordZip,
  png,
  scannedPdf,
  textDocx,
  textPdf,
  truncatedDocx,
  truncatedPdf,
} from '../../../../../test/fixtures/resumes/files.js';
import { encodeUtf16le, encodeWindows1252 } from '../../../../../test/fixtures/text-encodings.js';
import { extractResumeText, layoutText, normalizeText, unsupportedTypeReason } from '../extract.js';

describe('resume text extraction', () => {
  it('reads a PDF text layer', async () => {
    const r = await extractResumeText(await textPdf(), 'jane.pdf');
    expect(r).toMatchObject({ ok: true, kind: 'pdf', mime: 'application/pdf', pages: 1 });
    expect(r.ok && r.text).toContain('jane.doe@mail.example | +47 912 34 567');
  });

  it('reads a DOCX (paragraphs and tabs)', async () => {
    const r = await extractResumeText(textDocx(), 'jane.docx');
    expect(r).toMatchObject({ ok: true, kind: 'docx' });
    expect(r.ok && r.text).toContain('Senior Backend Engineer — Bluefjord Systems\tMar 2021 – Present');
  });

  it('reads TXT in UTF-8, UTF-16 and Windows-1252', async () => {
    for (const bytes of [Buffer.from(TEXT_RESUME, 'utf8'), encodeUtf16le(TEXT_RESUME), encodeWindows1252(TEXT_RESUME.replace(/•/g, '-'))]) {
      const r = await extractResumeText(bytes, 'jane.txt');
      expect(r).toMatchObject({ ok: true, kind: 'txt' });
      expect(r.ok && r.text).toContain('Senior Backend Engineer — Bluefjord Systems');
    }
  });

  it.each([
    ['password-protected PDF', encryptedPdf, 'encrypted', 'password-protected PDF — remove the password and import it again'],
    ['scanned (image-only) PDF', scannedPdf, 'no-text', 'no text layer — scanned PDF, OCR not supported'],
    ['truncated PDF', truncatedPdf, 'corrupt', 'not a readable PDF — the file is damaged or not really a PDF'],
    ['password-protected DOCX', async () => encryptedDocx(), 'encrypted', 'password-protected Word document — remove the password and import it again'],
    ['legacy .doc', async () => legacyDoc(), 'unsupported', 'legacy Word .doc file — save it as DOCX or PDF and import that'],
    ['DOCX without text', async () => emptyDocx(), 'empty', 'the document has no text'],
    ['truncated DOCX', async () => truncatedDocx(), 'corrupt', 'not a readable DOCX — the file is damaged'],
    ['ZIP that is not a Word document', async () => notWordZip(), 'unsupported', 'a ZIP file that is not a Word document'],
    ['PNG image', async () => png(), 'no-text', 'an image, not a document — OCR not supported'],
    ['empty file', async () => Buffer.alloc(0), 'empty', 'the file is empty'],
    ['binary junk', async () => Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), 'unsupported', '.bin file is not a PDF, DOCX or text file'],
    ['RTF', async () => Buffer.from('{\\rtf1\\ansi Jane Doe}'), 'unsupported', 'RTF file — save it as DOCX or PDF and import that'],
  ] as const)('%s gets a clear reason', async (_label, make, code, reason) => {
    const r = await extractResumeText(await make(), 'file.bin');
    expect(r).toEqual({ ok: false, code, reason });
  });

  it('reads plain text only from a text file name; a real PDF or DOCX whatever its name', async () => {
    const text = Buffer.from(TEXT_RESUME, 'utf8');
    expect(await extractResumeText(text, 'fake.docx')).toEqual({ ok: false, code: 'unsupported', reason: 'not a Word document (.docx): the file is not a ZIP archive' });
    expect(await extractResumeText(text, 'fake.pdf')).toEqual({ ok: false, code: 'corrupt', reason: 'not a readable PDF — the file is damaged or not really a PDF' });
    expect(await extractResumeText(text, 'readme.md')).toEqual({ ok: false, code: 'unsupported', reason: 'unsupported file type .md — PDF, DOCX or TXT' });
    expect(await extractResumeText(text, 'cv.JPG')).toEqual({ ok: false, code: 'unsupported', reason: 'unsupported file type .jpg — PDF, DOCX or TXT' });
    for (const name of ['cv.txt', 'cv.TXT', 'cv.text', 'cv']) expect(await extractResumeText(text, name), name).toMatchObject({ ok: true, kind: 'txt' });
    expect(await extractResumeText(await textPdf(), 'cv.docx')).toMatchObject({ ok: true, kind: 'pdf' });
    expect(await extractResumeText(textDocx(), 'cv.md')).toMatchObject({ ok: true, kind: 'docx' });
    expect(await extractResumeText(png(), 'photo.png')).toEqual({ ok: false, code: 'no-text', reason: 'an image, not a document — OCR not supported' });
  });

  it('says by name alone why a file is not a resume (what a folder import reports for what it leaves out)', () => {
    expect(['cv.pdf', 'cv.DOCX', 'cv.txt', 'cv.text'].map(unsupportedTypeReason)).toEqual([null, null, null, null]);
    expect(unsupportedTypeReason('photo.png')).toBe('an image, not a document — OCR not supported');
    expect(unsupportedTypeReason('/x/notes.md')).toBe('unsupported file type .md — PDF, DOCX or TXT');
    expect(unsupportedTypeReason('Makefile')).toBe('unsupported file type (no extension) — PDF, DOCX or TXT');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = Buffer.alloc(IMPORT_LIMITS.resumeBytes + 1, 0x41);
    expect(await extractResumeText(big, 'huge.txt')).toEqual({ ok: false, code: 'too-large', reason: 'file is larger than the 10 MB limit for resumes' });
  });

  it('rebuilds PDF lines from positioned text runs (gap → tab, lower baseline → new line)', () => {
    const item = (str: string, x: number, y: number, width: number) => ({ str, transform: [10, 0, 0, 10, x, y], width, height: 10, hasEOL: false });
    expect(layoutText([item('Acme Corp', 50, 700, 60), item('2019 – 2021', 400, 700, 50), item('Engineer', 50, 685, 45), item('at', 97, 685, 10)])).toBe(
      'Acme Corp\t2019 – 2021\nEngineer at',
    );
  });

  it('normalises ligatures, odd spaces and blank runs', () => {
    expect(normalizeText('Ef\ufb01cient\u00a0team\r\n\r\n\r\n\r\nso\u00adft')).toBe('Efficient team\n\nsoft');
  });
});
