import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeCore, type ExchangeCore } from '../fixtures/core.js';
import { repoRoot } from '../helpers/cli.js';

// Reports are read back with poppler's pdftotext (an independent reader) and every number checked against a
// figure this test computes itself, in SQL and plain arithmetic, without the KPI code.

const NOW = '2026-05-01T09:00:00.000Z';
const FROM = '2026-02-01';
const TO = '2026-04-30';
const START = `${FROM}T00:00:00.000Z`;
const END = '2026-05-01T00:00:00.000Z';
const OUT = path.join(repoRoot, 'test-results', 'reports');
const DAY = 86_400_000;
let core: ExchangeCore;

const text = (file: string, layout = true) => execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const nf = (v: number, digits = 1) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(v);

async function save(name: string, file: { base64: string }): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const target = path.join(OUT, name);
  const stem = name.replace(/\.pdf$/, '');
  for (const f of readdirSync(OUT)) if (f.startsWith(`${stem}-`) && /-\d+\.png$/.test(f)) rmSync(path.join(OUT, f));
  writeFileSync(target, Buffer.from(file.base64, 'base64'));
  // Page images to look at (test-results/reports/<name>-N.png).
  execFileSync('pdftoppm', ['-png', '-r', '70', target, target.replace(/\.pdf$/, '')]);
  return target;
}

/** A summary-table line: the KPI name followed by its cells. */
const row = (txt: string, label: string): string[] => {
  const line = txt.split('\n').find((l) => l.trimStart().startsWith(label + ' ') || l.trimStart().startsWith(label + '\t'));
  expect(line, `no line for ${label}`).toBeDefined();
  return line!.trim().slice(label.length).trim().split(/\s{2,}/);
};

beforeAll(async () => {
  core = await exchangeCore(NOW);
  await core.call('demo:load-sample', { candidates: 1200, seed: 5 });
}, 300_000);
afterAll(() => core.close());

describe('KPI report PDF', () => {
  it('prints the same numbers an independent computation gives, with charts, tables and definitions', async () => {
    const db = core.db;
    const live = 'c.merged_into IS NULL AND c.deleted_at IS NULL';
    // Hires in the period, computed here: accepted offers (or Hired without an offer), live candidates only.
    const hires = db
      .prepare(
        `SELECT a.id, coalesce(a.offer_accepted_at, CASE WHEN a.status = 'hired' THEN a.stage_entered_at END) AS at, a.created_at, j.opened_at, j.id AS job, c.source
         FROM applications a JOIN jobs j ON j.id = a.job_id JOIN candidates c ON c.id = a.candidate_id
         WHERE ${live} AND coalesce(a.offer_accepted_at, CASE WHEN a.status = 'hired' THEN a.stage_entered_at END) >= ? AND coalesce(a.offer_accepted_at, CASE WHEN a.status = 'hired' THEN a.stage_entered_at END) < ?`,
      )
      .all(START, END) as { id: number; at: string; created_at: string; opened_at: string; job: number; source: string }[];
    expect(hires.length).toBeGreaterThan(10);
    const holds = (job: number, from: number, to: number) => {
      const changes = db.prepare('SELECT status, at FROM job_status_history WHERE job_id = ? ORDER BY at').all(job) as { status: string; at: string }[];
      let ms = 0;
      changes.forEach((ch, i) => {
        if (ch.status !== 'on_hold') return;
        const end = changes.slice(i + 1).find((n) => n.status !== 'on_hold');
        ms += Math.max(0, Math.min(to, end ? Date.parse(end.at) : Infinity) - Math.max(from, Date.parse(ch.at)));
      });
      return ms;
    };
    const ttf = hires.map((h) => (Date.parse(h.at) - Date.parse(h.opened_at) - holds(h.job, Date.parse(h.opened_at), Date.parse(h.at))) / DAY);
    const tth = hires.map((h) => (Date.parse(h.at) - Date.parse(h.created_at)) / DAY);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const offers = db
      .prepare(`SELECT count(*) AS extended, count(a.offer_accepted_at) AS accepted FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE ${live} AND a.offer_extended_at >= ? AND a.offer_extended_at < ?`)
      .get(START, END) as { extended: number; accepted: number };
    const entered = (db.prepare(`SELECT count(*) AS n FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE ${live} AND a.created_at >= ? AND a.created_at < ?`).get(START, END) as { n: number }).n;
    const bySource = new Map<string, number>();
    for (const h of hires) bySource.set(h.source || 'Unknown', (bySource.get(h.source || 'Unknown') ?? 0) + 1);
    const [topSource, topCount] = [...bySource].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;

    const progress: string[] = [];
    core.events.length = 0;
    const file = await core.call('reports:generate-kpi-report', { filter: { from: FROM, to: TO }, jobId: 'kpi-pdf-test' });
    for (const e of core.events) if (e.name === 'job:progress' && (e.payload as { jobId: string }).jobId === 'kpi-pdf-test') progress.push((e.payload as { phase: string }).phase);
    expect(progress).toContain('report');
    expect(file.filename).toBe('kpi-report-2026-02-01-to-2026-04-30.pdf');
    const pdf = await save('kpi-report.pdf', file);
    const txt = text(pdf);

    expect(txt).toContain('Northstar Talent Partners');
    expect(txt).toContain('KPI report: 1 Feb 2026 – 30 Apr 2026');
    expect(row(txt, 'Placements')[0]).toBe(String(hires.length));
    expect(row(txt, 'Time to fill')[0]).toBe(`${nf(mean(ttf))} d`);
    expect(row(txt, 'Time to hire')[0]).toBe(`${nf(mean(tth))} d`);
    const rate = (offers.accepted / offers.extended) * 100;
    expect(row(txt, 'Offer acceptance')[0]).toBe(`${nf(rate, rate < 10 ? 1 : 0)}%`);
    expect(txt).toMatch(new RegExp(`Entered pipeline\\s+${entered}\\b`));
    expect(txt).toMatch(new RegExp(`${topSource}\\s+${topCount} · ${Math.round((topCount / hires.length) * 100)}%`));
    for (const heading of ['Summary', 'Pipeline funnel', 'Source of hire (first touch)', 'Time to fill distribution', 'Recruiter activity', 'Appendix: definitions']) {
      expect(txt).toContain(heading);
    }
    expect(txt).toMatch(/SHRM/);
    expect(txt).toMatch(/Page 1 of \d+/);

    // The placements table: every hire once, each row whole (date, initials, …, fee on one line), header repeated.
    const pages = txt.split('\f');
    const placementLines = txt.split('\n').filter((l) => /^\s*\d{1,2} [A-Z][a-z]{2} 2026\s{2,}[A-ZÀ-Ž]\. ?[A-ZÀ-Ž]?\.?\s{2,}/.test(l));
    expect(placementLines.length).toBe(hires.length);
    // Headings are never left alone at the foot of a page.
    for (const p of pages) {
      const lines = p.trimEnd().split('\n').filter((l) => l.trim() && !/Page \d+ of \d+/.test(l));
      expect(lines.at(-1) ?? '', 'last line of a page').not.toMatch(/^\s*(Placements \(\d+\)|Recruiter activity|Days in stage|Offers|Summary)\s*$/);
    }
    expect(info(pdf)).toMatch(/Pages:\s+\d+/);
  });

  it('an empty period still makes a readable report', async () => {
    const file = await core.call('reports:generate-kpi-report', { filter: { from: '2020-01-01', to: '2020-01-31' } });
    const txt = text(await save('kpi-report-empty.pdf', file));
    expect(row(txt, 'Placements')[0]).toBe('0');
    expect(txt).toContain('No hires in the period.');
  });

  it('uses the agency’s branding: name, colour and logo', async () => {
    // A 2×2 red PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
    const saved = await core.call('reports:update-branding', { agencyName: 'Fjord & Fell Recruitment', colour: '#7a1f5c', logo: { mime: 'image/png', base64: png.toString('base64') } });
    expect(saved).toMatchObject({ agencyName: 'Fjord & Fell Recruitment', colour: '#7A1F5C' });
    const bad = await core.fail('reports:update-branding', { logo: { mime: 'image/png', base64: Buffer.from('GIF89a').toString('base64') } });
    expect(bad).toMatchObject({ code: 'invalid_input', field: 'logo' });
    const file = await core.call('reports:generate-kpi-report', { filter: { from: FROM, to: TO } });
    const pdf = await save('kpi-report-branded.pdf', file);
    expect(text(pdf)).toContain('Fjord & Fell Recruitment');
    expect(info(pdf)).toMatch(/Author:\s+Fjord & Fell Recruitment/);
    // The logo is embedded as an image.
    expect(execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })).toMatch(/\n\s+1\s+\d+\s+image\s+2\s+2\b/);
    await core.call('reports:update-branding', { agencyName: 'Northstar Talent Partners', colour: '#0B5F6B', logo: null });
  });
});

describe('candidate profile PDF', () => {
  let id: number;
  beforeAll(async () => {
    const c = await core.call('candidates:create-candidate', {
      firstName: 'Zoë',
      lastName: 'Ström-Łukasiewicz',
      headline: 'Platform engineer · Kubernetes, Go',
      currentTitle: 'Senior Platform Engineer',
      currentCompany: 'Aurora Systems',
      city: 'Göteborg',
      country: 'SE',
      emails: [{ address: 'zoe.strom@mail.example', primary: true }],
      phones: [{ number: '+46 70 123 45 67', primary: true }],
      links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/zoe-strom' }],
      careerGoals: 'Zoë wants to lead a platform team. Reach Zoë Ström-Łukasiewicz at zoe.strom@mail.example or +46 70 123 45 67, see https://zoe.example',
      skills: [{ name: 'Kubernetes', level: 5, years: 6 }, { name: 'Go', level: 4, years: 5 }],
      experience: [{ title: 'Senior Platform Engineer', company: 'Aurora Systems', start: '2021-03', summary: 'Ström led the migration to Kubernetes.' }],
      education: [{ institution: 'Chalmers', degree: 'MSc', field: 'Computer Science', end: '2016' }],
      languages: ['Swedish', 'English'],
      desiredSalaryMin: 70000,
      salaryCurrency: 'EUR',
      noticePeriodDays: 30,
    });
    id = c.id;
  });

  it('with contact details, the name printed as written (accents and all)', async () => {
    const file = await core.call('reports:generate-candidate-profile', { candidateId: id });
    const pdf = await save('candidate-profile.pdf', file);
    const txt = text(pdf, false);
    expect(txt).toContain('Zoë Ström-Łukasiewicz');
    expect(txt).toContain('zoe.strom@mail.example');
    expect(txt).toContain('+46 70 123 45 67');
    expect(txt).toContain('Kubernetes');
    expect(txt).toContain('Göteborg, Sweden');
  });

  it('anonymised: no e-mail, phone, link or name anywhere — text, file name or metadata', async () => {
    const file = await core.call('reports:generate-candidate-profile', { candidateId: id, anonymize: true });
    expect(file.filename).toBe(`candidate-profile-ZS-R${String(id).padStart(5, '0')}.pdf`);
    const pdf = await save('candidate-profile-anonymised.pdf', file);
    const txt = text(pdf, false);
    const meta = info(pdf);
    for (const t of [txt, meta, file.filename]) {
      expect(t).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
      expect(t.replace(/\D/g, '')).not.toContain('701234567');
      expect(t).not.toMatch(/zo[eë]/i);
      expect(t).not.toMatch(/str[oö]m/i);
      expect(t).not.toMatch(/[łl]ukasiewicz/i);
      expect(t).not.toContain('linkedin.com');
      expect(t).not.toContain('zoe.example');
    }
    expect(txt).toContain('Z. S.');
    expect(txt).toContain('Kubernetes');
    expect(txt).not.toContain('Aurora Systems');
    expect(txt).toContain('Current employer (withheld)');
    expect(txt).toContain('[e-mail removed]');
    expect(txt).toContain('[phone removed]');
    expect(meta).toMatch(/Title:\s+Candidate profile: Z\. S\./);
  });

  it('a sample candidate anonymised carries none of their contact points', async () => {
    const sample = (await core.call('candidates:list-candidates', { limit: 5 })).items[2]!;
    const full = await core.call('candidates:get-candidate', { id: sample.id });
    const file = await core.call('reports:generate-candidate-profile', { candidateId: sample.id, anonymize: true });
    const txt = text(await save('candidate-profile-sample-anonymised.pdf', file), false);
    for (const e of full.emails) expect(txt).not.toContain(e.address);
    for (const p of full.phones) expect(txt.replace(/\D/g, '')).not.toContain(p.number.replace(/\D/g, '').slice(-7));
    expect(txt).not.toContain(full.displayName);
    expect(txt).not.toMatch(new RegExp(`\\b${full.firstName}\\b`));
    expect(txt).not.toMatch(new RegExp(`\\b${full.lastName}\\b`));
  });

  it('refuses an unknown candidate', async () => {
    expect(await core.fail('reports:generate-candidate-profile', { candidateId: 999_999 })).toMatchObject({ code: 'not_found' });
  });
});
