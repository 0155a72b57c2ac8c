import { IMPORT_LIMITS, type ResumeFailureCode, type ResumeKind } from '../../../../src-shared/domain/import.js';
import { decodeText } from '../import/encoding.js';
import { listZipEntries } from './zip.js';

export type Extraction =
  | { ok: true; kind: ResumeKind; mime: string; text: string; pages: number | null }
  | { ok: false; code: ResumeFailureCode; reason: string };

export const MIME: Record<ResumeKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

/** Pages read from a PDF: a resume is a few pages; a 500-page PDF is not a resume and would hold the loop. */
export const MAX_PDF_PAGES = 30;
/** word/document.xml larger than this when unpacked is refused before inflating (zip-bomb guard). */
const MAX_DOCX_XML_BYTES = 60 * 1024 * 1024;

const fail = (code: ResumeFailureCode, reason: string): Extraction => ({ ok: false, code, reason });
/** Also used by the CLI, which does not even read such a file. */
export const TOO_LARGE_REASON = `file is larger than the ${Math.round(IMPORT_LIMITS.resumeBytes / 1024 / 1024)} MB limit for resumes`;
const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** ".PDF" → ".pdf"; "" when the name has none. */
const extensionOf = (filename: string): string => /\.[^./\\]+$/.exec(filename)?.[0].toLowerCase() ?? '';
/** Names plain text may have: anything else that turns out to be text ("notes.md", a "cv.docx" that is not Word) is refused. */
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '']);
const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.tif', '.tiff', '.bmp', '.webp', '.heic', '.heif']);
const IMAGE_REASON = 'an image, not a document — OCR not supported';

/**
 * Why a file of this name is not read as a resume, judged by its name alone: what a folder import says of the files
 * it leaves out (photo.png, notes.md), in the words extraction would use. Null for names a resume may have.
 */
export function unsupportedTypeReason(filename: string): string | null {
  const ext = extensionOf(filename);
  if (['.pdf', '.docx', '.txt', '.text'].includes(ext)) return null;
  if (IMAGE_EXTENSIONS.has(ext)) return IMAGE_REASON;
  return `unsupported file type ${ext || '(no extension)'} — PDF, DOCX or TXT`;
}

/** Plain text is only a resume in a file named as text: "fake.docx" or "readme.md" holding text is not one. */
function textUnderWrongName(filename: string): Extraction | null {
  const ext = extensionOf(filename);
  if (TEXT_EXTENSIONS.has(ext)) return null;
  if (ext === '.docx') return fail('unsupported', 'not a Word document (.docx): the file is not a ZIP archive');
  if (ext === '.pdf') return fail('corrupt', 'not a readable PDF — the file is damaged or not really a PDF');
  return fail('unsupported', `unsupported file type ${ext} — PDF, DOCX or TXT`);
}

/** Tidies extracted text: one kind of line break, no ligatures or odd spaces, at most one blank line in a row. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/\ufb01/g, 'fi')
    .replace(/\ufb02/g, 'fl')
    .replace(/\ufb00/g, 'ff')
    .replace(/\ufb03/g, 'ffi')
    .replace(/\ufb04/g, 'ffl')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function sniff(bytes: Uint8Array, filename: string): ResumeKind | Extraction {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE container: either an encrypted Office file (it keeps an "EncryptedPackage" stream) or a legacy .doc.
    const utf16 = Buffer.from('EncryptedPackage', 'utf16le');
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(utf16)
      ? fail('encrypted', 'password-protected Word document — remove the password and import it again')
      : fail('unsupported', 'legacy Word .doc file — save it as DOCX or PDF and import that');
  }
  if (head.startsWith('{\\rtf')) return fail('unsupported', 'RTF file — save it as DOCX or PDF and import that');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || head.startsWith('GIF8') || startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return fail('no-text', IMAGE_REASON);
  }
  const { text } = decodeText(bytes.subarray(0, 64 * 1024));
  // eslint-disable-next-line no-control-regex
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (controls <= Math.max(2, text.length * 0.01)) return 'txt';
  return fail('unsupported', `${/\.[a-z0-9]+$/i.exec(filename)?.[0] ?? 'this'} file is not a PDF, DOCX or text file`);
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * Rebuilds lines from pdf.js text runs by position: a run on a lower baseline starts a new line, a wide gap on
 * the same line (a right-aligned date, a second column) becomes a tab, a small gap a space.
 */
export function layoutText(items: readonly unknown[]): string {
  let out = '';
  let prev: { x: number; y: number; end: number; size: number } | null = null;
  for (const raw of items) {
    if (typeof raw !== 'object' || raw === null || !('str' in raw)) continue;
    const item = raw as PdfTextItem;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? 0) || item.height || 10;
    if (prev && item.str !== '') {
      if (Math.abs(y - prev.y) > Math.min(size, prev.size) * 0.5) {
        if (!out.endsWith('\n')) out += '\n';
      } else if (!out.endsWith('\n')) {
        const gap = x - prev.end;
        if (gap > size * 1.5) out += '\t';
        else if (gap > size * 0.15 && !out.endsWith(' ') && !item.str.startsWith(' ')) out += ' ';
      }
    }
    out += item.str;
    if (item.hasEOL) out += '\n';
    if (item.str !== '') prev = { x, y, end: x + item.width, size };
  }
  return out;
}

async function extractPdf(bytes: Uint8Array): Promise<Extraction> {
  const { getDocumentProxy } = await import('unpdf');
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (name === 'PasswordException') return fail('encrypted', 'password-protected PDF — remove the password and import it again');
    return fail('corrupt', 'not a readable PDF — the file is damaged or not really a PDF');
  }
  try {
    const pages = Math.min(doc.numPages, MAX_PDF_PAGES);
    const parts: string[] = [];
    for (let p = 1; p <= pages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      parts.push(layoutText(content.items));
      page.cleanup();
    }
    const text = normalizeText(parts.join('\n\n'));
    if (text.replace(/\s/g, '').length < 20) {
      return fail('no-text', 'no text layer — scanned PDF, OCR not supported');
    }
    return { ok: true, kind: 'pdf', mime: MIME.pdf, text, pages: doc.numPages };
  } catch {
    return fail('corrupt', 'not a readable PDF — its pages could not be read');
  } finally {
    await doc.destroy();
  }
}

async function extractDocx(bytes: Uint8Array): Promise<Extraction> {
  const entries = listZipEntries(bytes);
  if (!entries) return fail('corrupt', 'not a readable DOCX — the file is damaged');
  const main = entries.find((e) => e.name === 'word/document.xml');
  if (!main) return fail('unsupported', 'a ZIP file that is not a Word document');
  if (main.uncompressedSize > MAX_DOCX_XML_BYTES) return fail('too-large', `the document unpacks to more than ${mb(MAX_DOCX_XML_BYTES)}`);
  const mammoth = (await import('mammoth')).default;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const text = normalizeText(result.value);
    if (text.replace(/\s/g, '').length === 0) return fail('empty', 'the document has no text');
    return { ok: true, kind: 'docx', mime: MIME.docx, text, pages: null };
  } catch {
    return fail('corrupt', 'not a readable DOCX — the file is damaged');
  }
}

/**
 * Text of a resume file, or a clear per-file reason why not: too large, empty, password-protected, damaged,
 * without a text layer (scanned), or of a kind we cannot read. Never throws for bad input.
 */
export async function extractResumeText(bytes: Uint8Array, filename: string): Promise<Extraction> {
  if (bytes.length > IMPORT_LIMITS.resumeBytes) return fail('too-large', TOO_LARGE_REASON);
  if (bytes.length === 0) return fail('empty', 'the file is empty');
  const kind = sniff(bytes, filename);
  if (typeof kind !== 'string') return kind;
  // A real PDF or DOCX is read whatever its name; the text fallback is for text files only.
  const misnamed = kind === 'txt' ? textUnderWrongName(filename) : null;
  if (misnamed) return misnamed;
  let result: Extraction;
  if (kind === 'pdf') result = await extractPdf(bytes);
  else if (kind === 'docx') result = await extractDocx(bytes);
  else {
    const text = normalizeText(decodeText(bytes).text);
    result = text === '' ? fail('empty', 'the file has no text') : { ok: true, kind: 'txt', mime: MIME.txt, text, pages: null };
  }
  if (result.ok && result.text.length > IMPORT_LIMITS.resumeTextChars) result = { ...result, text: result.text.slice(0, IMPORT_LIMITS.resumeTextChars) };
  return result;
}
