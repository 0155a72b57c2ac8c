import { INK, MUTED, RULE, tint, type ReportPdf } from './pdf.js';

// Vector charts drawn straight into the PDF: sharp at any zoom and in print, searchable text, no canvas.

export interface Bar {
  label: string;
  value: number;
  /** Text after the bar, e.g. "412 · 62%". Defaults to the value. */
  note?: string;
}

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function title(pdf: ReportPdf, text: string, subtitle?: string): void {
  pdf.doc.font('bold').fontSize(11).fillColor(INK).text(pdf.t(text), pdf.left, pdf.y, { width: pdf.contentWidth });
  if (subtitle) pdf.doc.font('body').fontSize(8.5).fillColor(MUTED).text(pdf.t(subtitle), pdf.left, pdf.y + 1, { width: pdf.contentWidth });
  pdf.y += 6;
}

/** Horizontal bars (funnel, sources): one row per bar, value notes at the bar's end. */
export function horizontalBars(pdf: ReportPdf, heading: string, bars: readonly Bar[], options: { subtitle?: string; centred?: boolean } = {}): void {
  const rowH = 20;
  pdf.ensure(40 + bars.length * rowH);
  title(pdf, heading, options.subtitle);
  const labelW = 120;
  const noteW = 90;
  const x0 = pdf.left + labelW;
  const maxW = pdf.contentWidth - labelW - noteW;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const doc = pdf.doc;
  const y0 = pdf.y;
  bars.forEach((b, i) => {
    const y = y0 + i * rowH;
    const w = Math.max(b.value > 0 ? 1.5 : 0, (b.value / max) * maxW);
    const x = options.centred ? x0 + (maxW - w) / 2 : x0;
    doc.font('body').fontSize(9).fillColor(INK).text(pdf.t(b.label), pdf.left, y + 4, { width: labelW - 8, lineBreak: false, ellipsis: true });
    doc.save().rect(x, y + 2, w, rowH - 6).fill(i === 0 || !options.centred ? pdf.brand.colour : tint(pdf.brand.colour, Math.min(0.6, i * 0.12))).restore();
    doc.font('body').fontSize(9).fillColor(INK).text(pdf.t(b.note ?? fmt.format(b.value)), x0 + maxW + 6, y + 4, { width: noteW - 6, lineBreak: false });
  });
  pdf.y = y0 + bars.length * rowH + 14;
}

export interface Series {
  label: string;
  values: (number | null)[];
  kind: 'bar' | 'line';
  colour: string;
}

/** Bars and lines over shared categories (the trend), each series on its own scale when it is a line. */
export function columns(pdf: ReportPdf, heading: string, categories: readonly string[], series: readonly Series[], options: { subtitle?: string; height?: number } = {}): void {
  const h = options.height ?? 150;
  pdf.ensure(h + 70);
  title(pdf, heading, options.subtitle);
  const doc = pdf.doc;
  const axisW = 34;
  const x0 = pdf.left + axisW;
  const w = pdf.contentWidth - axisW - 34;
  const y0 = pdf.y + 8;
  const bottom = y0 + h;
  const bars = series.filter((s) => s.kind === 'bar');
  const lines = series.filter((s) => s.kind === 'line');
  const barAxis = axis(Math.max(1, ...bars.flatMap((s) => s.values.map((v) => v ?? 0))));
  const barMax = barAxis.max;
  // The right axis shares the left one's grid lines, with its own round step.
  const lineStep = niceStep(Math.max(1, ...lines.flatMap((s) => s.values.map((v) => v ?? 0))) / barAxis.ticks);
  const lineMax = lineStep * barAxis.ticks;
  // Grid and left axis (bars); the right axis (lines) shares the grid lines.
  for (let k = 0; k <= barAxis.ticks; k++) {
    const y = bottom - (k / barAxis.ticks) * h;
    doc.save().moveTo(x0, y).lineTo(x0 + w, y).lineWidth(0.4).strokeColor(RULE).stroke().restore();
    doc.font('body').fontSize(7.5).fillColor(MUTED).text(fmt.format(barAxis.step * k), pdf.left, y - 4, { width: axisW - 4, align: 'right', lineBreak: false });
    if (lines.length) doc.text(fmt.format(lineStep * k), x0 + w + 4, y - 4, { width: 30, lineBreak: false });
  }
  const n = Math.max(1, categories.length);
  const slot = w / n;
  const barW = Math.max(2, (slot * 0.7) / Math.max(1, bars.length));
  bars.forEach((s, si) => {
    s.values.forEach((v, i) => {
      if (!v) return;
      const bh = (v / barMax) * h;
      doc.save().rect(x0 + i * slot + slot * 0.15 + si * barW, bottom - bh, barW - 1, bh).fill(s.colour).restore();
    });
  });
  for (const s of lines) {
    let started = false;
    doc.save().lineWidth(1.6).strokeColor(s.colour);
    s.values.forEach((v, i) => {
      const x = x0 + i * slot + slot / 2;
      if (v === null) {
        started = false;
        return;
      }
      const y = bottom - (v / lineMax) * h;
      if (started) doc.lineTo(x, y);
      else doc.moveTo(x, y);
      started = true;
    });
    doc.stroke().restore();
    s.values.forEach((v, i) => {
      if (v === null) return;
      doc.save().circle(x0 + i * slot + slot / 2, bottom - (v / lineMax) * h, 2).fill(s.colour).restore();
    });
  }
  // Category labels: thinned so they never overlap.
  const every = Math.max(1, Math.ceil((n * 46) / w));
  categories.forEach((c, i) => {
    if (i % every !== 0) return;
    doc.font('body').fontSize(7).fillColor(MUTED).text(pdf.t(c), x0 + i * slot + slot / 2 - 30, bottom + 4, { width: 60, align: 'center', lineBreak: false });
  });
  // Legend.
  let lx = x0;
  const ly = bottom + 18;
  for (const s of series) {
    if (s.kind === 'bar') doc.save().rect(lx, ly + 1, 9, 7).fill(s.colour).restore();
    else doc.save().moveTo(lx, ly + 4.5).lineTo(lx + 12, ly + 4.5).lineWidth(1.6).strokeColor(s.colour).stroke().restore();
    const label = `${s.label}${s.kind === 'line' && bars.length ? ' (right axis)' : ''}`;
    doc.font('body').fontSize(8).fillColor(INK).text(pdf.t(label), lx + 15, ly, { lineBreak: false });
    lx += 15 + doc.widthOfString(pdf.t(label)) + 16;
  }
  pdf.y = ly + 22;
}

/** Whole-number steps of 1, 2 or 5 × 10^k giving 3–6 grid lines up to at least `v`. */
export function axis(v: number): { max: number; step: number; ticks: number } {
  const rough = v / 4;
  const p = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * p).find((s) => s >= rough) ?? 10 * p);
  const ticks = Math.max(1, Math.ceil(v / step));
  return { max: step * ticks, step, ticks };
}

/** The smallest whole step of 1, 2 or 5 × 10^k at or above v. */
export function niceStep(v: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(v, 1)));
  return Math.max(1, [1, 2, 5, 10].map((m) => m * p).find((s) => s >= v) ?? 10 * p);
}

/** 1, 2, 2.5, 5 × 10^k at or above v: round axis maxima. */
export function niceMax(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}
