import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ReportFonts {
  regular: Buffer | 'Helvetica';
  bold: Buffer | 'Helvetica-Bold';
  /** False when falling back to the PDF base fonts, which only cover Windows-1252. */
  unicode: boolean;
}

let cached: ReportFonts | null = null;

/**
 * Where `assets/fonts` is: walking up from the running script (the CLI bundle, the bench bundle) and from the
 * working directory (tests, dev). RAPPORT_ASSETS_DIR overrides both, for packaged builds that move assets.
 */
function fontDir(): string | null {
  const starts = [process.env.RAPPORT_ASSETS_DIR ? path.join(process.env.RAPPORT_ASSETS_DIR, '..') : null, process.argv[1] ? path.dirname(process.argv[1]) : null, process.cwd()];
  for (const start of starts) {
    if (!start) continue;
    let dir = path.resolve(start);
    for (let i = 0; i < 8; i++) {
      const candidate = path.join(dir, 'assets', 'fonts');
      if (existsSync(path.join(candidate, 'Lato-Regular.ttf'))) return candidate;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return null;
}

/** Lato (embedded, subset) when its files are found; otherwise Helvetica with text transliterated to fit. */
export function reportFonts(): ReportFonts {
  if (cached) return cached;
  const dir = fontDir();
  cached = dir
    ? { regular: readFileSync(path.join(dir, 'Lato-Regular.ttf')), bold: readFileSync(path.join(dir, 'Lato-Bold.ttf')), unicode: true }
    : { regular: 'Helvetica', bold: 'Helvetica-Bold', unicode: false };
  return cached;
}

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** For the base fonts: strip accents that do not exist in Windows-1252, then replace what is still missing. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x100 || WIN_ANSI_EXTRA.has(ch)) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const mapped: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', '−': '-', '≤': '<=', '≥': '>=', '→': '->', '×': 'x', '÷': '/', '±': '+/-' };
    out += base.length === 1 && base.codePointAt(0)! < 0x100 ? base : (mapped[ch] ?? '?');
  }
  return out;
}
