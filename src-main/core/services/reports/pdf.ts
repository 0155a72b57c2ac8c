import PDFDocument from 'pdfkit';
import { contrastText } from '../../../../src-shared/domain/kpi/reports.js';
import { yieldToLoop } from '../../ipc/ports.js';
import { reportFonts, toWinAnsi } from './fonts.js';
import type { BrandingData } from './branding.js';

// A small layout layer over pdfkit: an A4 page with a branded header band, a footer with page numbers, text
// that never spills into the footer, and tables whose rows never split and whose header repeats on each page.

export const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const FOOTER_H = 28;
export const INK = '#1A2529';
export const MUTED = '#56656B';
export const RULE = '#D5DCDF';
export const ZEBRA = '#F3F6F7';

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** White or ink text on a brand-coloured surface, whichever contrasts more. */
export const textOn = (hex: string): string => contrastText(hex);

/** The brand colour mixed towards white (0 = colour, 1 = white), for light fills. */
export function tint(hex: string, amount: number): string {
  const ch = (i: number) => Math.round(parseInt(hex.slice(i, i + 2), 16) + (255 - parseInt(hex.slice(i, i + 2), 16)) * amount);
  return `#${[1, 3, 5].map((i) => ch(i).toString(16).padStart(2, '0')).join('')}`;
}

export class ReportPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly unicode: boolean;
  readonly left = PAGE.margin;
  readonly right = PAGE.width - PAGE.margin;
  readonly contentWidth = PAGE.width - 2 * PAGE.margin;
  /** Lowest y content may reach on a page (above the footer). */
  readonly bottom = PAGE.height - PAGE.margin - FOOTER_H;

  constructor(
    readonly brand: BrandingData,
    readonly meta: { title: string; subject: string; footer: string },
  ) {
    const fonts = reportFonts();
    this.unicode = fonts.unicode;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      bufferPages: true,
      autoFirstPage: false,
      pdfVersion: '1.7',
      lang: 'en',
      displayTitle: true,
      info: { Title: this.t(meta.title), Author: this.t(brand.agencyName), Subject: this.t(meta.subject), Creator: 'Rapport', Producer: 'Rapport (pdfkit)' },
    });
    this.doc.registerFont('body', fonts.regular as never);
    this.doc.registerFont('bold', fonts.bold as never);
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.newPage();
  }

  /** Text as the current fonts can show it. */
  t(s: string): string {
    return this.unicode ? s : toWinAnsi(s);
  }

  get y(): number {
    return this.doc.y;
  }

  set y(v: number) {
    this.doc.y = v;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = PAGE.margin;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** The coloured band across the top of the first page: logo, agency name, document kind. */
  banner(kind: string, right: string): void {
    const h = 78;
    const fg = textOn(this.brand.colour);
    this.doc.save().rect(0, 0, PAGE.width, h).fill(this.brand.colour).restore();
    let x = this.left;
    if (this.brand.logo) {
      try {
        // A white card behind the logo keeps a dark logo visible on a dark brand colour.
        this.doc.save().roundedRect(x, 14, 50, 50, 6).fill('#FFFFFF').restore();
        this.doc.image(this.brand.logo, x + 4, 18, { fit: [42, 42], align: 'center', valign: 'center' });
        x += 62;
      } catch {
        // An unreadable logo is left out rather than failing the report.
      }
    }
    this.doc.font('bold').fontSize(17).fillColor(fg).text(this.t(this.brand.agencyName), x, 22, { width: this.right - x - 170, lineBreak: false, ellipsis: true });
    this.doc.font('body').fontSize(10.5).fillColor(fg).text(this.t(kind), x, 45, { width: this.right - x - 170, lineBreak: false });
    this.doc.font('body').fontSize(9.5).fillColor(fg).text(this.t(right), this.right - 170, 30, { width: 170, align: 'right' });
    this.doc.x = this.left;
    this.doc.y = h + 22;
  }

  heading(text: string, size = 14): void {
    this.ensure(size + 40);
    this.doc.moveDown(0.4);
    this.doc.font('bold').fontSize(size).fillColor(INK).text(this.t(text), this.left, this.doc.y, { width: this.contentWidth });
    const y = this.doc.y + 2;
    this.doc.save().moveTo(this.left, y).lineTo(this.left + 36, y).lineWidth(2).strokeColor(this.brand.colour).stroke().restore();
    this.doc.y = y + 8;
  }

  paragraph(text: string, options: { size?: number; color?: string; bold?: boolean; gap?: number } = {}): void {
    const size = options.size ?? 10;
    this.doc.font(options.bold ? 'bold' : 'body').fontSize(size);
    const h = this.doc.heightOfString(this.t(text), { width: this.contentWidth });
    this.ensure(Math.min(h, 60));
    this.doc.fillColor(options.color ?? INK).text(this.t(text), this.left, this.doc.y, { width: this.contentWidth, lineGap: 1.5 });
    this.doc.y += options.gap ?? 4;
  }

  /** "Label: value" pairs in two columns. */
  facts(pairs: readonly [string, string][]): void {
    const colW = this.contentWidth / 2;
    const labelW = 96;
    for (let i = 0; i < pairs.length; i += 2) {
      const row = pairs.slice(i, i + 2);
      this.doc.fontSize(9.5);
      const h = Math.max(...row.map(([, v]) => this.doc.font('body').heightOfString(this.t(v || '—'), { width: colW - labelW - 10 })));
      this.ensure(h + 4);
      const y = this.doc.y;
      row.forEach(([label, value], k) => {
        const x = this.left + k * colW;
        this.doc.font('bold').fontSize(9.5).fillColor(MUTED).text(this.t(label), x, y, { width: labelW, lineBreak: false });
        this.doc.font('body').fontSize(9.5).fillColor(INK).text(this.t(value || '—'), x + labelW, y, { width: colW - labelW - 10 });
      });
      this.doc.y = y + h + 4;
    }
    this.doc.x = this.left;
  }

  /**
   * A table: rows never split across pages, the header repeats after a page break, and the title stays with
   * at least the header and first rows.
   */
  async table(title: string | null, columns: readonly Column[], rows: readonly string[][], options: { size?: number; note?: string } = {}): Promise<void> {
    const size = options.size ?? 9;
    const pad = 4;
    const total = columns.reduce((a, c) => a + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.contentWidth);
    const rowHeight = (cells: readonly string[], font: 'body' | 'bold') => {
      this.doc.font(font).fontSize(size);
      return Math.max(...cells.map((c, i) => this.doc.heightOfString(this.t(c || ' '), { width: widths[i]! - 2 * pad }))) + 2 * pad;
    };
    const headerH = rowHeight(columns.map((c) => c.header), 'bold');
    const drawHeader = () => {
      const y = this.doc.y;
      this.doc.save().rect(this.left, y, this.contentWidth, headerH).fill(tint(this.brand.colour, 0.85)).restore();
      let x = this.left;
      columns.forEach((c, i) => {
        this.doc.font('bold').fontSize(size).fillColor(INK).text(this.t(c.header), x + pad, y + pad, { width: widths[i]! - 2 * pad, align: c.align ?? 'left' });
        x += widths[i]!;
      });
      this.doc.y = y + headerH;
    };
    const firstH = rows.length ? rowHeight(rows[0]!, 'body') : 0;
    // Keep the title with the header and the first rows: move all of them to the next page together.
    this.ensure((title ? 40 : 0) + headerH + Math.min(3, rows.length) * Math.max(firstH, 14));
    if (title) this.heading(title, 12);
    drawHeader();
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r]!;
      // Long tables give the event loop a turn now and then (layout is synchronous work).
      if (r > 0 && r % 40 === 0) await yieldToLoop();
      const h = rowHeight(cells, 'body');
      if (this.doc.y + h > this.bottom) {
        this.newPage();
        if (title) {
          this.doc.font('bold').fontSize(9.5).fillColor(MUTED).text(this.t(`${title} (continued)`), this.left, this.doc.y);
          this.doc.y += 4;
        }
        drawHeader();
      }
      const y = this.doc.y;
      if (r % 2 === 1) this.doc.save().rect(this.left, y, this.contentWidth, h).fill(ZEBRA).restore();
      let x = this.left;
      cells.forEach((cell, i) => {
        this.doc.font('body').fontSize(size).fillColor(INK).text(this.t(cell), x + pad, y + pad, { width: widths[i]! - 2 * pad, align: columns[i]?.align ?? 'left' });
        x += widths[i]!;
      });
      this.doc.save().moveTo(this.left, y + h).lineTo(this.right, y + h).lineWidth(0.5).strokeColor(RULE).stroke().restore();
      this.doc.y = y + h;
    }
    if (options.note) {
      this.doc.y += 3;
      this.doc.font('body').fontSize(8).fillColor(MUTED).text(this.t(options.note), this.left, this.doc.y, { width: this.contentWidth });
    }
    this.doc.x = this.left;
    this.doc.y += 10;
  }

  /** Footer on every page (written last, when the page count is known), then the finished file. */
  async finish(): Promise<{ buffer: Buffer; pages: number }> {
    const range = this.doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      const page = this.doc.page;
      const bottomMargin = page.margins.bottom;
      // Writing inside the bottom margin would make pdfkit add a page.
      page.margins.bottom = 0;
      const y = PAGE.height - PAGE.margin + 6;
      this.doc.save().moveTo(this.left, y - 6).lineTo(this.right, y - 6).lineWidth(0.5).strokeColor(RULE).stroke().restore();
      this.doc.font('body').fontSize(8).fillColor(MUTED);
      this.doc.text(this.t(this.meta.footer), this.left, y, { width: this.contentWidth - 80, lineBreak: false, ellipsis: true });
      this.doc.text(`Page ${i + 1} of ${range.count}`, this.right - 80, y, { width: 80, align: 'right', lineBreak: false });
      page.margins.bottom = bottomMargin;
    }
    this.doc.end();
    return { buffer: await this.done, pages: range.count };
  }
}
