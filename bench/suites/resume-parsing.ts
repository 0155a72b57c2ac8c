// Resume parsing: generated resumes with known truth (test/fixtures/resumes/generate.ts), rendered to TXT, PDF
// and DOCX, read by the real importer path (extractResumeText → parseResumeText). Speed per format against
// text extraction alone, and field-level precision/recall against the truth. Targets from the agency data core
// issue: ≥ 0.95 precision and recall for e-mail, phone and links, ≥ 0.85 for skills.
import type { ParsedResume } from '../../src-shared/domain/import.js';
import { extractResumeText } from '../../src-main/core/services/resumes/extract.js';
import { parseResumeText } from '../../src-main/core/services/resumes/parse.js';
import {
  emptyScore,
  generateResumes,
  linkKey,
  phoneKey,
  precision,
  recall,
  renderDocx,
  renderPdf,
  renderText,
  score,
  type FieldScore,
  type GeneratedResume,
} from '../../test/fixtures/resumes/generate.js';
import { compare, metric, type Metric, type Suite, type Target } from '../harness.js';

const CONTACT_TARGET = (field: string, what: 'precision' | 'recall'): Target => ({
  on: 'app',
  kind: 'min',
  value: 0.95,
  why: `agency data core issue: ${field} ${what} ≥ 0.95`,
});
const SKILLS_TARGET = (what: 'precision' | 'recall'): Target => ({ on: 'app', kind: 'min', value: 0.85, why: `agency data core issue: skills ${what} ≥ 0.85` });

/** The importer's default region for numbers written without a country code. */
const DEFAULT_REGION = 'GB';
const FORMATS = ['txt', 'pdf', 'docx'] as const;
type Format = (typeof FORMATS)[number];

/** Field → comparison keys, truth side and parsed side; the same keys as the parser's quality test. */
const FIELDS: Record<string, { label: string; truth: (r: GeneratedResume) => string[]; found: (p: ParsedResume, r: GeneratedResume) => string[] }> = {
  email: { label: 'e-mail', truth: (r) => r.truth.emails.map((e) => e.toLowerCase()), found: (p) => p.emails.map((e) => e.value.toLowerCase()) },
  phone: { label: 'phone', truth: (r) => r.truth.phones, found: (p, r) => p.phones.map((x) => x.e164 ?? phoneKey(x.value, r.truth.country)) },
  links: { label: 'links', truth: (r) => r.truth.links.map((l) => linkKey(l.url)), found: (p) => p.links.map((l) => linkKey(l.url)) },
  skills: { label: 'skills', truth: (r) => r.truth.skills.map((s) => s.toLowerCase()), found: (p) => p.skills.map((s) => s.name.toLowerCase()) },
  name: { label: 'name', truth: (r) => [`${r.truth.firstName}|${r.truth.lastName}`], found: (p) => (p.name ? [`${p.name.first}|${p.name.last}`] : []) },
  location: { label: 'location (city, country)', truth: (r) => [`${r.truth.city}|${r.truth.country}`], found: (p) => (p.location ? [`${p.location.city}|${p.location.country}`] : []) },
  experience: {
    label: 'work history (title, company, start)',
    truth: (r) => r.truth.experience.map((e) => `${e.title}|${e.company}|${e.start}`),
    found: (p) => p.experience.map((e) => `${e.title}|${e.company}|${e.start}`),
  },
  education: {
    label: 'education (institution, degree)',
    truth: (r) => r.truth.education.map((e) => `${e.institution}|${e.degree}`),
    found: (p) => p.education.map((e) => `${e.institution}|${e.degree}`),
  },
};
const TARGETED = new Set(['email', 'phone', 'links', 'skills']);

async function extracted(bytes: Uint8Array, filename: string): Promise<string> {
  const x = await extractResumeText(bytes, filename);
  if (!x.ok) throw new Error(`${filename}: ${x.reason}`);
  return x.text;
}

export const resumeParsingSuite: Suite = {
  name: 'resume-parsing',
  title: 'Resume parsing: generated resumes with known truth as TXT, PDF and DOCX (scale = number of resumes)',
  app: 'extractResumeText + parseResumeText (the importer path); precision/recall against the truth',
  baseline: 'text extraction alone (pdf.js, mammoth, text decoding)',
  mode: 'once',
  async run(ctx) {
    const count = ctx.quick ? 60 : 150;
    const resumes = generateResumes(count, ctx.seed);
    const started = performance.now();
    const files: Record<Format, { name: string; bytes: Uint8Array }[]> = { txt: [], pdf: [], docx: [] };
    for (const r of resumes) {
      files.txt.push({ name: `${r.id}.txt`, bytes: Buffer.from(renderText(r), 'utf8') });
      files.pdf.push({ name: `${r.id}.pdf`, bytes: await renderPdf(r) });
      files.docx.push({ name: `${r.id}.docx`, bytes: renderDocx(r) });
    }
    ctx.log(`resume-parsing: rendered ${count} resumes × 3 formats in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const base = { suite: this.name, scale: count };
    const out: Metric[] = [];
    const scores: Record<Format, Record<string, FieldScore>> = { txt: {}, pdf: {}, docx: {} };
    for (const format of FORMATS) {
      // Quality first (untimed): every resume once.
      const s = scores[format];
      for (const key of Object.keys(FIELDS)) s[key] = emptyScore();
      for (let i = 0; i < count; i++) {
        const file = files[format][i]!;
        const parsed = parseResumeText(await extracted(file.bytes, file.name), { defaultRegion: DEFAULT_REGION });
        for (const [key, f] of Object.entries(FIELDS)) score(f.truth(resumes[i]!), f.found(parsed, resumes[i]!), s[key]!);
      }
      // Speed: each file through the whole path, interleaved with extraction alone on the same file.
      const at = (i: number) => files[format][i % count]!;
      const speed = await compare(
        async (i) => parseResumeText(await extracted(at(i).bytes, at(i).name), { defaultRegion: DEFAULT_REGION }),
        (i) => extracted(at(i).bytes, at(i).name),
        { warmup: 5, iterations: count, budgetMs: 45_000 },
      );
      out.push(
        metric({
          ...base,
          name: `${format}: resumes per second`,
          unit: 'files/s',
          app: 1000 / speed.app.mean,
          baseline: 1000 / speed.baseline.mean,
          detail: { app: speed.app, baseline: speed.baseline, meanBytes: Math.round(files[format].reduce((a, f) => a + f.bytes.length, 0) / count) },
        }),
      );
      for (const key of TARGETED) {
        const f = s[key]!;
        const target = key === 'skills' ? SKILLS_TARGET : (what: 'precision' | 'recall') => CONTACT_TARGET(FIELDS[key]!.label, what);
        out.push(metric({ ...base, name: `${format}: ${FIELDS[key]!.label} precision`, unit: 'fraction', app: precision(f), target: target('precision'), detail: { ...f } }));
        out.push(metric({ ...base, name: `${format}: ${FIELDS[key]!.label} recall`, unit: 'fraction', app: recall(f), target: target('recall'), detail: { ...f } }));
      }
    }
    // Fields without a target: pooled over the three formats, per-format counts in the detail.
    for (const [key, f] of Object.entries(FIELDS)) {
      if (TARGETED.has(key)) continue;
      const pooled = emptyScore();
      for (const format of FORMATS) for (const k of ['tp', 'fp', 'fn'] as const) pooled[k] += scores[format][key]![k];
      const perFormat = Object.fromEntries(FORMATS.map((format) => [format, scores[format][key]]));
      out.push(metric({ ...base, name: `all formats: ${f.label} precision`, unit: 'fraction', app: precision(pooled), detail: { ...pooled, perFormat } }));
      out.push(metric({ ...base, name: `all formats: ${f.label} recall`, unit: 'fraction', app: recall(pooled), detail: { ...pooled, perFormat } }));
    }
    return out;
  },
};
