import { csvDelimiters, type CsvDelimiter } from '../../../../src-shared/domain/import.js';

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line where the record starts. */
  line: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

function lineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR) {
      n++;
      if (s.charCodeAt(i + 1) === LF) i++;
    }
  }
  return n;
}

/**
 * RFC 4180 reader that keeps line numbers (for the per-row report) and can stop after any record (so a long
 * import can yield to the event loop). Lenient where real exports are sloppy: stray text after a closing quote
 * is kept, an unterminated quote runs to the end of the file, CR, LF and CRLF all end a record.
 */
export class CsvReader {
  private pos = 0;
  private line = 1;
  private readonly delimiter: number;

  constructor(
    private readonly text: string,
    delimiter: CsvDelimiter,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  next(): CsvRecord | null {
    const s = this.text;
    const n = s.length;
    let i = this.pos;
    if (i >= n) return null;
    const line = this.line;
    const d = this.delimiter;
    const fields: string[] = [];
    for (;;) {
      if (i < n && s.charCodeAt(i) === QUOTE) {
        let value = '';
        let start = ++i;
        for (;;) {
          const q = s.indexOf('"', i);
          if (q === -1) {
            value += s.slice(start);
            i = n;
            break;
          }
          if (s.charCodeAt(q + 1) === QUOTE) {
            value += s.slice(start, q + 1);
            i = q + 2;
            start = i;
            continue;
          }
          value += s.slice(start, q);
          i = q + 1;
          break;
        }
        this.line += lineBreaks(value);
        let j = i;
        while (j < n) {
          const c = s.charCodeAt(j);
          if (c === d || c === LF || c === CR) break;
          j++;
        }
        if (j > i) value += s.slice(i, j);
        i = j;
        fields.push(value);
      } else {
        let j = i;
        while (j < n) {
          const c = s.charCodeAt(j);
          if (c === d || c === LF || c === CR) break;
          j++;
        }
        fields.push(s.slice(i, j));
        i = j;
      }
      if (i >= n) break;
      const c = s.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= n) {
          fields.push('');
          break;
        }
        continue;
      }
      i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
      this.line++;
      break;
    }
    this.pos = i;
    return { fields, line };
  }
}

export function readAll(text: string, delimiter: CsvDelimiter, limit = Infinity): CsvRecord[] {
  const reader = new CsvReader(text, delimiter);
  const out: CsvRecord[] = [];
  let r: CsvRecord | null;
  while (out.length < limit && (r = reader.next())) out.push(r);
  return out;
}

export const isBlankRecord = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

function mode(values: number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  let best = { value: 1, count: 0 };
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > best.count || (c === best.count && v > best.value)) best = { value: v, count: c };
  }
  return best;
}

/**
 * The delimiter that splits the first records most consistently into more than one field. Preamble lines
 * (LinkedIn's "Notes:") have one field under every candidate, so they do not sway the vote.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const head = text.slice(0, 64 * 1024);
  let best: { delimiter: CsvDelimiter; score: number; width: number } = { delimiter: ',', score: -1, width: 0 };
  for (const delimiter of csvDelimiters) {
    const records = readAll(head, delimiter, 40).filter((r) => !isBlankRecord(r.fields));
    // The last record may be cut by the 64 KB window.
    if (records.length > 2 && head.length < text.length) records.pop();
    const widths = records.map((r) => r.fields.length);
    const m = mode(widths);
    const score = m.value > 1 ? m.count : 0;
    if (score > best.score || (score === best.score && m.value > best.width)) best = { delimiter, score, width: m.value };
  }
  return best.delimiter;
}

/**
 * Index of the header record: the first non-blank record as wide as most of the following ones (skips
 * preambles), unless a caller-supplied test recognises a header earlier.
 */
export function findHeader(records: readonly CsvRecord[], isKnownHeader: (fields: string[]) => boolean): number {
  const known = records.findIndex((r) => isKnownHeader(r.fields));
  if (known !== -1) return known;
  const width = mode(records.filter((r) => !isBlankRecord(r.fields)).map((r) => r.fields.length)).value;
  const index = records.findIndex((r) => r.fields.length === width && r.fields.filter((f) => f.trim() !== '').length >= Math.min(2, width));
  return index === -1 ? Math.max(0, records.findIndex((r) => !isBlankRecord(r.fields))) : index;
}

/** Cells that a spreadsheet would run as a formula get a leading apostrophe (OWASP CSV injection advice). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined, delimiter: string = ',', guardFormulas = true): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (guardFormulas && FORMULA_START.test(s)) s = `'${s}`;
  return /["\r\n]/.test(s) || s.includes(delimiter) || s.startsWith(' ') || s.endsWith(' ') ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: readonly (string | number | null | undefined)[], delimiter: string = ',', guardFormulas = true): string =>
  cells.map((c) => csvCell(c, delimiter, guardFormulas)).join(delimiter);

/** Undoes csvCell's formula guard on import: `'+47 22…` → `+47 22…`. */
export const unguardCell = (value: string): string => (value.length > 1 && value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);
