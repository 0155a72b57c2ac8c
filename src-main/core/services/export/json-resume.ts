import { z } from 'zod';
import { candidateInput, type Candidate, type CandidateFields } from '../../../../src-shared/domain/candidate.js';
import { jsonResume, type JsonResume } from '../../../../src-shared/domain/exchange.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import { countryCode } from '../import/countries.js';
import { splitFullName } from '../import/rows.js';
import { linkKind, toUrl } from '../import/values.js';
import { canonicalSkill } from '../resumes/skills.js';

/** JSON Resume (https://jsonresume.org/schema, v1.0.0) ↔ candidate. */

export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

const ISO8601 = /^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/;
const LEVEL_NAMES = ['', 'Beginner', 'Elementary', 'Intermediate', 'Advanced', 'Expert'];
const LEVEL_WORDS: Record<string, number> = {
  beginner: 1, novice: 1, basic: 1, elementary: 2, familiar: 2, intermediate: 3, competent: 3, proficient: 4, advanced: 4, expert: 5, master: 5, native: 5, fluent: 5,
};

const NETWORK_URL: Record<string, (user: string) => string> = {
  linkedin: (u) => `https://www.linkedin.com/in/${encodeURIComponent(u)}`,
  github: (u) => `https://github.com/${encodeURIComponent(u)}`,
  gitlab: (u) => `https://gitlab.com/${encodeURIComponent(u)}`,
  twitter: (u) => `https://twitter.com/${encodeURIComponent(u.replace(/^@/, ''))}`,
  x: (u) => `https://x.com/${encodeURIComponent(u.replace(/^@/, ''))}`,
};

const emailOk = z.email();

/** resume.json → candidate fields, with a message for everything that could not be carried over. */
export function fromJsonResume(input: unknown): { fields: CandidateFields; messages: string[] } {
  const parsed = jsonResume.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CodedError('invalid_input', `Not a JSON Resume: ${issue.path.join('.') || 'document'}: ${issue.message}`, `resume.${issue.path.join('.')}`);
  }
  const r: JsonResume = parsed.data;
  const messages: string[] = [];
  const b = r.basics ?? {};
  const name = splitFullName(b.name ?? '');
  if (!name.first) throw new CodedError('invalid_input', 'basics.name is required to create a candidate', 'resume.basics.name');

  const links: CandidateFields['links'] = [];
  const addLink = (raw: string, where: string, hint?: string) => {
    const url = toUrl(raw);
    if (!url) {
      messages.push(`${where}: "${raw}" is not a web address; not imported`);
      return;
    }
    if (links.some((l) => l.url === url)) return;
    const kind = linkKind(url);
    links.push({ kind: kind === 'other' ? (hint === 'linkedin' || hint === 'github' ? 'website' : 'other') : kind, url });
  };
  if (b.url) addLink(b.url, 'basics.url');
  (b.profiles ?? []).forEach((p, i) => {
    const network = (p.network ?? '').trim().toLowerCase();
    if (p.url) addLink(p.url, `basics.profiles[${i}]`, network);
    else if (p.username && NETWORK_URL[network]) addLink(NETWORK_URL[network](p.username), `basics.profiles[${i}]`, network);
    else messages.push(`basics.profiles[${i}]: ${p.network ?? 'profile'} without a URL; not imported`);
  });

  const emails: CandidateFields['emails'] = [];
  if (b.email) {
    if (emailOk.safeParse(b.email.trim()).success) emails.push({ address: b.email.trim(), primary: true });
    else messages.push(`basics.email: "${b.email}" is not a valid e-mail address; not imported`);
  }
  const loc = b.location ?? {};
  let country = '';
  if (loc.countryCode) {
    country = countryCode(loc.countryCode) ?? '';
    if (!country) messages.push(`basics.location.countryCode: "${loc.countryCode}" is not a country code; not imported`);
  }

  const work = r.work ?? [];
  const date = (d: string | undefined) => (d && ISO8601.test(d) ? d : undefined);
  const experience = work.slice(0, 100).map((w) => ({
    title: (w.position ?? '').slice(0, 200),
    company: (w.name ?? '').slice(0, 200),
    ...(date(w.startDate) ? { start: date(w.startDate) } : {}),
    ...(date(w.endDate) ? { end: date(w.endDate) } : {}),
    ...(w.summary || w.highlights?.length ? { summary: [w.summary, ...(w.highlights ?? []).map((h) => `• ${h}`)].filter(Boolean).join('\n').slice(0, 4000) } : {}),
  }));
  const current = work.find((w) => !w.endDate) ?? null;

  const skills = new Map<string, { name: string; level: number | null; years: null }>();
  for (const s of r.skills ?? []) {
    const level = s.level ? (LEVEL_WORDS[s.level.trim().toLowerCase()] ?? null) : null;
    for (const raw of [s.name, ...(s.keywords ?? [])]) {
      if (!raw || !raw.trim()) continue;
      const name = canonicalSkill(raw).slice(0, 80);
      if (!skills.has(name.toLowerCase())) skills.set(name.toLowerCase(), { name, level, years: null });
    }
  }
  if (b.summary) messages.push('basics.summary is kept with the attached resume.json (no candidate field for it)');
  for (const section of ['volunteer', 'awards', 'certificates', 'publications', 'interests', 'references', 'projects'] as const) {
    const value = (r as Record<string, unknown>)[section];
    if (Array.isArray(value) && value.length > 0) messages.push(`${section}: kept with the attached resume.json (no candidate field for it)`);
  }

  const fields = candidateInput.safeParse({
    firstName: name.first.slice(0, 100),
    lastName: name.last.slice(0, 100),
    headline: (b.label ?? '').slice(0, 300),
    currentTitle: (current?.position ?? '').slice(0, 200),
    currentCompany: (current?.name ?? '').slice(0, 200),
    city: (loc.city ?? '').slice(0, 120),
    region: (loc.region ?? '').slice(0, 120),
    country,
    source: 'JSON Resume',
    emails,
    phones: b.phone && b.phone.replace(/\D/g, '').length >= 5 ? [{ number: b.phone.trim().slice(0, 40), primary: true }] : [],
    links: links.slice(0, 20),
    skills: [...skills.values()].slice(0, 200),
    languages: [...new Set((r.languages ?? []).map((l) => (l.language ?? '').trim()).filter(Boolean))].slice(0, 30),
    experience,
    education: (r.education ?? []).slice(0, 50).map((e) => ({
      institution: (e.institution ?? '').slice(0, 200),
      ...(e.studyType ? { degree: e.studyType.slice(0, 200) } : {}),
      ...(e.area ? { field: e.area.slice(0, 200) } : {}),
      ...(date(e.endDate) ? { end: date(e.endDate) } : {}),
    })),
  });
  if (!fields.success) {
    const issue = fields.error.issues[0]!;
    throw new CodedError('invalid_input', `The resume could not be mapped: ${issue.path.join('.')}: ${issue.message}`, 'resume');
  }
  return { fields: fields.data, messages };
}

function profile(url: string): { network: string; username: string; url: string } {
  let network = 'Website';
  let username = '';
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\./, '');
    const path = u.pathname.split('/').filter(Boolean);
    if (host.endsWith('linkedin.com')) {
      network = 'LinkedIn';
      username = path[1] ?? '';
    } else if (host === 'github.com') {
      network = 'GitHub';
      username = path[0] ?? '';
    } else {
      network = host;
      username = path[path.length - 1] ?? '';
    }
  } catch {
    // keep defaults
  }
  return { network, username: decodeURIComponent(username), url };
}

/** candidate → resume.json (valid against the v1.0.0 schema: only ISO 8601 dates, only the schema's sections). */
export function toJsonResume(c: Candidate): Record<string, unknown> {
  const website = c.links.find((l) => l.kind === 'website' || l.kind === 'portfolio');
  const date = (d: string | undefined) => (d && ISO8601.test(d) ? d : undefined);
  const basics: Record<string, unknown> = {
    name: c.displayName,
    ...(c.headline || c.currentTitle ? { label: c.headline || c.currentTitle } : {}),
    ...(c.emails[0] ? { email: c.emails[0].address } : {}),
    ...(c.phones[0] ? { phone: c.phones[0].number } : {}),
    ...(website ? { url: website.url } : {}),
    location: {
      ...(c.city ? { city: c.city } : {}),
      ...(c.region ? { region: c.region } : {}),
      ...(c.country ? { countryCode: c.country } : {}),
    },
    profiles: c.links.filter((l) => l !== website).map((l) => profile(l.url)),
  };
  const resume: Record<string, unknown> = {
    $schema: JSON_RESUME_SCHEMA_URL,
    basics,
    work: c.experience.map((e) => ({
      ...(e.company ? { name: e.company } : {}),
      ...(e.title ? { position: e.title } : {}),
      ...(date(e.start) ? { startDate: date(e.start) } : {}),
      ...(date(e.end) ? { endDate: date(e.end) } : {}),
      ...(e.summary ? { summary: e.summary } : {}),
    })),
    education: c.education.map((e) => ({
      institution: e.institution,
      ...(e.field ? { area: e.field } : {}),
      ...(e.degree ? { studyType: e.degree } : {}),
      ...(date(e.end) ? { endDate: date(e.end) } : {}),
    })),
    skills: c.skills.map((s) => ({ name: s.name, ...(s.level ? { level: LEVEL_NAMES[s.level] } : {}) })),
    languages: c.languages.map((language) => ({ language })),
    meta: { canonical: JSON_RESUME_SCHEMA_URL, version: 'v1.0.0', lastModified: c.updatedAt.slice(0, 19) },
  };
  return resume;
}
