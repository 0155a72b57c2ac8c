import type { TextEncoding } from '../../../../src-shared/domain/import.js';

export interface DecodedText {
  encoding: TextEncoding;
  text: string;
}

const decoders = {
  utf8Fatal: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  utf8: new TextDecoder('utf-8', { ignoreBOM: true }),
  utf16le: new TextDecoder('utf-16le', { ignoreBOM: true }),
  utf16be: new TextDecoder('utf-16be', { ignoreBOM: true }),
};

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, dashes…). Node 20's TextDecoder
 * decodes 'windows-1252' as Latin-1 (those bytes become C1 controls), so the difference is applied here.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Bytes of a UTF-16 text without a BOM: one of each pair is mostly NUL for Latin text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * BOM first (UTF-8, UTF-16LE as Excel's "Unicode Text" writes it, UTF-16BE), then BOM-less UTF-16 by its NUL
 * pattern, then strict UTF-8, and Windows-1252 for whatever is not valid UTF-8 (Excel's "CSV" on Western Windows).
 */
export function decodeText(input: Uint8Array, override?: TextEncoding): DecodedText {
  const bytes = input;
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const hasLeBom = bytes[0] === 0xff && bytes[1] === 0xfe;
  const hasBeBom = bytes[0] === 0xfe && bytes[1] === 0xff;
  const encoding: TextEncoding =
    override ??
    (hasUtf8Bom
      ? 'utf-8-bom'
      : hasLeBom
        ? 'utf-16le'
        : hasBeBom
          ? 'utf-16be'
          : (sniffUtf16(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1252')));
  const body = (skip: number) => bytes.subarray(skip);
  // (Node's TextDecoder('windows-1252') is Latin-1; see decodeWindows1252.)
  switch (encoding) {
    case 'utf-8-bom':
      return { encoding, text: decoders.utf8.decode(body(hasUtf8Bom ? 3 : 0)) };
    case 'utf-8':
      return { encoding, text: decoders.utf8.decode(body(hasUtf8Bom ? 3 : 0)) };
    case 'utf-16le':
      return { encoding, text: decoders.utf16le.decode(body(hasLeBom ? 2 : 0)) };
    case 'utf-16be':
      return { encoding, text: decoders.utf16be.decode(body(hasBeBom ? 2 : 0)) };
    case 'windows-1252':
      return { encoding, text: decodeWindows1252(bytes) };
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    decoders.utf8Fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-8 with a BOM: what Excel needs to open a CSV with non-ASCII text correctly. */
export const encodeUtf8Bom = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
