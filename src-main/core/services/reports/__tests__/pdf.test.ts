import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../../test/helpers/tmp.js';
import { initials, scrub } from '../anonymize.js';
import { toWinAnsi } from '../fonts.js';
import { ReportPdf, textOn } from '../pdf.js';

const brand = { agencyName: 'Test Agency', colour: '#0B5F6B', logo: null };

async function render(build: (pdf: ReportPdf) => Promise<void>): Promise<{ text: string; pages: string[] }> {
  const pdf = new ReportPdf(brand, { title: 'Test', subject: 'Test', footer: 'Test Agency · test' });
  await build(pdf);
  const { buffer } = await pdf.finish();
  const tmp = tempDir('rapport-pdf-');
  try {
    const file = path.join(tmp.dir, 't.pdf');
    writeFileSync(file, buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return { text, pages: text.split('\f').filter((p) => p.trim()) };
  } finally {
    tmp.cleanup();
  }
}

describe('PDF tables', () => {
  it('break between rows, repeat the header, say "continued", and lose or split no row', async () => {
    const rows = Array.from({ length: 140 }, (_, i) => [`Row ${String(i + 1).padStart(3, '0')}`, i % 7 === 0 ? 'A longer cell that wraps onto a second line inside its column for sure' : 'short', String(i * 3)]);
    const { text, pages } = await render(async (pdf) => {
      pdf.heading('Intro');
      pdf.paragraph('Some text before the table.');
      await pdf.table('Big table', [{ header: 'Name', width: 30 }, { header: 'Notes', width: 50 }, { header: 'Value', width: 20, align: 'right' }], rows);
    });
    expect(pages.length).toBeGreaterThan(2);
    for (let i = 1; i <= 140; i++) expect(text.match(new RegExp(`Row ${String(i).padStart(3, '0')}\\b`, 'g'))?.length, `row ${i}`).toBe(1);
    // Each row's first and last cells are on the same line: no row was split across a page.
    for (let i = 0; i < 140; i++) expect(text).toMatch(new RegExp(`Row ${String(i + 1).padStart(3, '0')}.*\\s${i * 3}\\s*$`, 'm'));
    pages.forEach((p, i) => {
      expect(p, `page ${i + 1} header`).toMatch(/Name\s+Notes\s+Value/);
      if (i > 0) expect(p).toContain('Big table (continued)');
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('keeps a title with its table when little room is left on the page', async () => {
    const { pages } = await render(async (pdf) => {
      pdf.y = pdf.bottom - 50;
      await pdf.table('Late table', [{ header: 'A', width: 1 }, { header: 'B', width: 1 }], [['1', '2'], ['3', '4'], ['5', '6']]);
    });
    expect(pages[0]).not.toContain('Late table');
    expect(pages[1]).toContain('Late table');
  });
});

describe('text helpers', () => {
  it('initials and scrubbing', () => {
    expect(initials('Ana María', 'de la Cruz')).toBe('A. C.');
    expect(initials('Zoë', '')).toBe('Z.');
    expect(scrub('Call Ana on +44 20 7946 0958 or ana@x.example; see https://ana.dev. Ana-Maria met Cruz in 2019.', ['Ana', 'Cruz'])).toBe(
      'Call A. on [phone removed] or [e-mail removed]; see [link removed] A.-Maria met C. in 2019.',
    );
    // Names are replaced as whole words only: "Anastasia" keeps its letters.
    expect(scrub('Anastasia and Ana', ['Ana'])).toBe('Anastasia and A.');
  });
  it('falls back to Windows-1252 text for the base fonts', () => {
    expect(toWinAnsi('Łukasz Ðorđe Zoë − 5 → 6')).toBe('Lukasz Ðord?e Zoë - 5 -> 6'.replace('d?e', 'de'));
  });
  it('picks white or ink text for contrast on the brand colour', () => {
    expect(textOn('#0B5F6B')).toBe('#FFFFFF');
    expect(textOn('#F2D94E')).not.toBe('#FFFFFF');
  });
});
