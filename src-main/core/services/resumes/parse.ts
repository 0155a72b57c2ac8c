import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import type { ParsedResume } from '../../../../src-shared/domain/import.js';
import { countryCode, foldKey } from '../import/countries.js';
import { linkKind, toUrl } from '../import/values.js';
import { placeOf } from './places.js';
import { findSkills } from './skills.js';
import type { SkillCategory } from './skills-taxonomy.js';

/**
 * Rule-based resume parsing: sections by their headings, contact points by pattern, skills against the bundled
 * taxonomy, work history anchored on date ranges. Every field carries a confidence in [0, 1] so the review
 * screen can flag what to check; only confident fields go into the draft candidate.
 */

type Section = 'header' | 'summary' | 'experience' | 'education' | 'skills' | 'languages' | 'certifications' | 'projects' | 'contact' | 'other';

const HEADINGS: Record<Exclude<Section, 'header'>, string[]> = {
  summary: ['summary', 'profile', 'professional summary', 'about', 'about me', 'objective', 'career objective', 'personal statement', 'personal profile', 'executive summary', 'overview'],
  experience: ['experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'career history', 'relevant experience', 'career', 'professional background', 'positions', 'berufserfahrung', 'erfaring', 'arbeidserfaring'],
  education: ['education', 'academic background', 'qualifications', 'education and training', 'education & training', 'academic qualifications', 'studies', 'ausbildung', 'utdanning'],
  skills: ['skills', 'technical skills', 'key skills', 'core skills', 'competencies', 'core competencies', 'technologies', 'tech stack', 'tools', 'skills and tools', 'skills & tools', 'expertise', 'areas of expertise', 'skills & expertise', 'technical expertise', 'tools & technologies', 'tools and technologies', 'kompetanse', 'kenntnisse'],
  languages: ['languages', 'language skills', 'spoken languages'],
  certifications: ['certifications', 'certificates', 'licenses', 'licences', 'courses', 'training', 'licenses & certifications'],
  projects: ['projects', 'personal projects', 'selected projects', 'side projects'],
  contact: ['contact', 'contact details', 'contact information', 'personal details', 'personal information', 'details'],
  other: ['interests', 'hobbies', 'references', 'awards', 'publications', 'volunteering', 'volunteer experience', 'achievements', 'honors', 'honours', 'activities'],
};
const headingIndex = new Map<string, Exclude<Section, 'header'>>(
  (Object.entries(HEADINGS) as [Exclude<Section, 'header'>, string[]][]).flatMap(([s, names]) => names.map((n) => [foldKey(n), s])),
);

interface Line {
  text: string;
  section: Section;
  index: number;
}

function headingOf(line: string): { section: Exclude<Section, 'header'>; rest: string } | null {
  const clean = line.replace(/^[#*•\s]+/, '').trim();
  const whole = headingIndex.get(foldKey(clean.replace(/[:：]\s*$/, '')));
  if (whole) return { section: whole, rest: '' };
  // "Skills: Python, SQL" is a heading with its content inline; "Experience with Python" is not a heading.
  const colon = clean.search(/[:：]/);
  if (colon > 0) {
    const inline = headingIndex.get(foldKey(clean.slice(0, colon)));
    if (inline) return { section: inline, rest: clean.slice(colon + 1).trim() };
  }
  return null;
}

function splitSections(text: string): Line[] {
  const out: Line[] = [];
  let section: Section = 'header';
  text.split('\n').forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const h = text.length <= 60 ? headingOf(text) : null;
    if (h) {
      section = h.section;
      if (h.rest) out.push({ text: h.rest, section, index });
      return;
    }
    out.push({ text, section, index });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Contact points

const EMAIL = /(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])/g;
const URL_WITH_SCHEME = /\bhttps?:\/\/[^\s<>()"'|,;]+/gi;
const WWW = /(?<![\w./@-])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>()"'|,;]*)?/gi;
const KNOWN_PROFILE = /(?<![\w./@-])(?:[a-z]{2,3}\.)?(?:linkedin\.com\/(?:in|pub)\/[^\s<>()"'|,;]+|github\.com\/[A-Za-z0-9-]+(?:\/[^\s<>()"'|,;]*)?|gitlab\.com\/[^\s<>()"'|,;]+|behance\.net\/[^\s<>()"'|,;]+|dribbble\.com\/[^\s<>()"'|,;]+|medium\.com\/@?[^\s<>()"'|,;]+|stackoverflow\.com\/users\/[^\s<>()"'|,;]+)/gi;
const BARE_DOMAIN = /(?<![\w./@-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|dev|me|app|co|ai|tech|page|site|design|info|xyz|blog|portfolio|studio)(?:\/[^\s<>()"'|,;]*)?(?![\w@])/g;
const PHONE_LABEL = /\b(phone|tel|telephone|mobile|mob|cell|handy|telefon|téléphone|tlf|mobil|whatsapp)\b|[☎📞✆]|^\s*[TMP]\s*[:.]/iu;
const DATE_RANGE_LIKE = /\b(19|20)\d{2}\s*[-–—/]\s*((19|20)\d{2}|\d{1,2})\b/;

function trimUrl(u: string): string {
  return u.replace(/[.,;:!?)\]}>'"]+$/, '');
}

function findEmails(text: string): ParsedResume['emails'] {
  const seen = new Set<string>();
  const out: ParsedResume['emails'] = [];
  for (const m of text.matchAll(EMAIL)) {
    const value = m[0].replace(/^mailto:/i, '');
    const key = value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ value, confidence: 0.98 });
  }
  return out;
}

/**
 * PDF layout wraps long URLs at "/" or "-" ("https://www.linkedin.com/in/jane-" + newline + "doe-123"); glue
 * the pieces back when the next line starts with what can only be the rest of a path.
 */
export function joinWrappedUrls(text: string): string {
  return text.replace(
    // The second alternative: a bare "github.com/" that ends a line, its user name wrapped to the next one.
    /((?:https?:\/\/|www\.|(?:[a-z]{2,3}\.)?linkedin\.com\/|github\.com\/)[^\s]*?(?:[-_]|\/(?:in|pub)\/|\.com\/)|(?<![\w./@-])github\.com\/)\n([a-z0-9][a-z0-9_\-./]*)(?=\s|$)/gi,
    '$1$2',
  );
}

function findLinks(source: string, emails: readonly string[]): ParsedResume['links'] {
  const found: { url: string; confidence: number }[] = [];
  const text = joinWrappedUrls(source);
  let rest = text;
  for (const e of emails) rest = rest.split(e).join(' ');
  const take = (re: RegExp, confidence: number) => {
    rest = rest.replace(re, (m) => {
      found.push({ url: trimUrl(m), confidence });
      return ' ';
    });
  };
  take(URL_WITH_SCHEME, 0.97);
  take(KNOWN_PROFILE, 0.95);
  take(WWW, 0.93);
  take(BARE_DOMAIN, 0.75);
  const seen = new Set<string>();
  const out: ParsedResume['links'] = [];
  for (const f of found) {
    const url = toUrl(f.url);
    if (!url) continue;
    const key = url.toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = linkKind(url);
    out.push({ kind: kind === 'other' ? 'website' : kind, url, confidence: kind === 'website' ? Math.min(f.confidence, 0.9) : f.confidence });
  }
  return out;
}

/** International numbers libphonenumber refuses (wrong length for the country, typos) are still phone numbers on a CV. */
const INTERNATIONAL = /(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[\s.-]?\(0\))?(?:[\s./-]?\(?\d{1,5}\)?){1,6}(?!\w)/g;
const NATIONAL = /(?<![\w+])\(?0?\d[\d\s()./-]{5,18}\d(?!\w)/g;
const digitCount = (s: string): number => s.replace(/\D/g, '').length;

function findPhones(lines: readonly Line[], region: string): ParsedResume['phones'] {
  const out: ParsedResume['phones'] = [];
  const seen = new Set<string>();
  const push = (value: string, e164: string | null, confidence: number) => {
    const key = e164 ?? value.replace(/\D/g, '');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ value, e164, confidence });
  };
  for (const line of lines) {
    const labelled = PHONE_LABEL.test(line.text);
    const contactArea = line.section === 'header' || line.section === 'contact';
    if (!labelled && !contactArea && !/(\+|\b00)\d/.test(line.text)) continue;
    const taken: [number, number][] = [];
    const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
    let hits: ReturnType<typeof findPhoneNumbersInText>;
    try {
      hits = findPhoneNumbersInText(line.text, { defaultCountry: region as CountryCode, extended: true });
    } catch {
      hits = [];
    }
    for (const hit of hits) {
      const raw = line.text.slice(hit.startsAt, hit.endsAt).trim();
      const international = raw.startsWith('+') || raw.startsWith('00');
      // "2015 - 2019" parses as a number in some regions: never take a bare date range.
      if (!international && DATE_RANGE_LIKE.test(raw)) continue;
      if (!international && !labelled && !contactArea) continue;
      if (digitCount(raw) < 7) continue;
      taken.push([hit.startsAt, hit.endsAt]);
      const valid = hit.number.isValid();
      push(raw, hit.number.number, (labelled || international ? 0.96 : 0.88) * (valid ? 1 : 0.9));
    }
    for (const m of line.text.matchAll(INTERNATIONAL)) {
      const raw = m[0].trim();
      const n = digitCount(raw.replace(/\(0\)/, ''));
      if (n < 8 || n > 15 || !free(m.index, m.index + m[0].length)) continue;
      taken.push([m.index, m.index + m[0].length]);
      const digits = raw.replace(/\(0\)/, '').replace(/\D/g, '').replace(/^00/, '');
      push(raw, `+${digits}`, 0.85);
    }
    if (!labelled && !contactArea) continue;
    for (const m of line.text.matchAll(NATIONAL)) {
      const raw = m[0].trim();
      const n = digitCount(raw);
      if (n < 7 || n > 15 || DATE_RANGE_LIKE.test(raw) || !free(m.index, m.index + m[0].length)) continue;
      if (!labelled && !/[\s().-]/.test(raw)) continue;
      taken.push([m.index, m.index + m[0].length]);
      push(raw, null, labelled ? 0.8 : 0.6);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Name, headline, location

const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'das', 'bin', 'al', 'el', 'ter', 'ten', 'y']);
const NOT_NAMES = new Set(['curriculum vitae', 'resume', 'résumé', 'cv', 'lebenslauf', 'personal details', 'contact', 'profile']);
const TITLE_WORDS =
  /\b(engineer|developer|programmer|architect|manager|director|head|lead|analyst|scientist|designer|consultant|specialist|coordinator|officer|executive|representative|administrator|accountant|controller|auditor|associate|assistant|intern|researcher|owner|founder|partner|president|vp|cto|ceo|cfo|coo|advisor|adviser|technician|recruiter|strategist|planner|buyer|marketer|writer|editor|nurse|teacher|lecturer|professor|devops|sre|product|sales|marketing|operations|finance|hr|qa|tester|chef|agent|supervisor|economist|statistician|lawyer|paralegal|pharmacist|physician|trainee|apprentice|graduate|student)s?\b/i;
const COMPANY_WORDS =
  /\b(inc|ltd|llc|llp|plc|gmbh|ag|sa|sas|sarl|bv|nv|as|asa|ab|oy|aps|spa|srl|corp|corporation|company|co|group|holdings?|bank|systems|technologies|technology|labs?|consulting|consultancy|partners|solutions|software|analytics|media|health|energy|insurance|capital|logistics|retail|foods?|pharma|robotics|payments|telecom|mobility|aerospace|travel|learning|university|agency|studio|ventures|networks|services|international|global|digital|data)\b\.?/i;

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

function looksLikeName(text: string): boolean {
  if (text.length < 3 || text.length > 60) return false;
  if (/[\d@/\\:;|•·()]/.test(text)) return false;
  if (NOT_NAMES.has(text.toLowerCase())) return false;
  if (headingOf(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (TITLE_WORDS.test(text) && words.length > 2) return false;
  return words.every((w) => NAME_PARTICLES.has(w.toLowerCase()) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

function splitName(full: string): { first: string; last: string } {
  const words = full.split(/\s+/);
  // An all-capitals name: title case, but particles inside the surname stay lower case ("VAN DER BERG" → "Van der Berg")
  // and a roman numeral stays a numeral ("III").
  if (words.every((w) => w === w.toUpperCase())) {
    return splitName(words.map((w, i) => (i >= 2 && NAME_PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : ROMAN.test(w) ? w : titleCase(w))).join(' '));
  }
  return { first: words[0]!, last: words.slice(1).join(' ') };
}

/** Titles before a name ("Dr. Priya Raman", "Prof. Dr.-Ing. Jan Weber"). "Ing." and "Mag." only with their dot: Ing is also a name. */
const HONORIFIC = /^(?:(?:dr|prof|mr|mrs|ms|mx)\.?|professor|miss|sir|dame|herr|frau|ing\.|mag\.|dipl\.-?ing\.?|dr\.-?ing\.?)$/i;
/** Degrees and credentials after a name, compared lower case without dots ("Ph.D." → "phd"). */
const POST_NOMINALS = new Set([
  'phd', 'dphil', 'mba', 'md', 'msc', 'bsc', 'ma', 'ba', 'ms', 'bs', 'meng', 'beng', 'mphil', 'mres', 'llb', 'llm', 'jd', 'cpa', 'cfa', 'pmp', 'pe', 'peng',
  'ceng', 'rn', 'esq', 'frcs', 'mrcs', 'acca', 'aca', 'cima', 'cisa', 'cissp', 'pgce', 'dds', 'dvm', 'pharmd', 'edd', 'mph', 'mpa',
]);
/** Generational suffixes are part of the name (they tell father and son apart): kept at the end of the last name. */
const GENERATIONAL = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const ROMAN = /^(?:II|III|IV)$/;
const folded = (word: string) => word.toLowerCase().replace(/\./g, '');

/**
 * The name without titles and credentials: "Dr. Priya Raman" → "Priya Raman", "Anna-Lena Schmidt, PhD, MBA" →
 * "Anna-Lena Schmidt", "John Smith, Jr." → "John Smith Jr.". After a comma any credential goes; after a space only
 * one written with two capitals ("PhD", "MBA", "MD"), so the surname Ma in "Jack Ma" stays, and never the last
 * two words. Text that is not a name with extras comes back unchanged (looksLikeName judges it).
 */
export function stripNameExtras(text: string): string {
  let words = text.trim().split(/\s*,\s*/);
  const head = words[0]!;
  const tail = words.slice(1).flatMap((piece) => piece.split(/\s+/));
  if (tail.length > 0 && !tail.every((w) => POST_NOMINALS.has(folded(w)) || GENERATIONAL.test(w))) return text;
  words = [...head.split(/\s+/), ...tail.filter((w) => GENERATIONAL.test(w))];
  const credential = (w: string) => POST_NOMINALS.has(folded(w)) && ((w.match(/\p{Lu}/gu) ?? []).length >= 2 || /^esq\.?$/i.test(w));
  for (let i = words.length - 1; i >= 2; i--) {
    if (GENERATIONAL.test(words[i]!)) continue;
    if (credential(words[i]!) && words.filter((w) => !GENERATIONAL.test(w)).length > 2) words.splice(i, 1);
    else break;
  }
  while (words.length > 2 && HONORIFIC.test(words[0]!)) words.shift();
  return words.join(' ');
}

/** The name, and the index of the line it came from (that line is then not read as a place: "Priya Raman, MD"). */
function findName(lines: readonly Line[], emails: ParsedResume['emails']): { name: ParsedResume['name']; line: number | null } {
  const header = lines.filter((l) => l.section === 'header').slice(0, 8);
  const local = emails[0]?.value.split('@')[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
  const candidates = [
    ...lines.filter((l) => /^name\s*[:：]/i.test(l.text)).map((l) => ({ text: l.text.replace(/^name\s*[:：]\s*/i, ''), labelled: true, first: false, index: l.index })),
    ...header.map((l, i) => ({ text: l.text.split(/\s[|•·–—]\s|\t/)[0]!.trim(), labelled: false, first: i === 0, index: l.index })),
  ];
  for (const c of candidates) {
    const text = stripNameExtras(c.text);
    if (!looksLikeName(text)) continue;
    const { first, last } = splitName(text);
    const key = foldKey(`${first}${last}`).replace(/ /g, '');
    const fromEmail = local !== '' && (local.includes(foldKey(first).replace(/ /g, '')) || key.includes(local.slice(0, 4)));
    const confidence = c.labelled ? 0.95 : c.first ? (fromEmail ? 0.97 : 0.9) : fromEmail ? 0.85 : 0.7;
    return { name: { first, last, confidence }, line: c.index };
  }
  return { name: null, line: null };
}

function findHeadline(lines: readonly Line[], nameLine: string | null): ParsedResume['headline'] {
  const header = lines.filter((l) => l.section === 'header').slice(0, 8);
  const start = nameLine ? header.findIndex((l) => l.text.startsWith(nameLine)) : -1;
  const nameText = header[start]?.text ?? '';
  // "Jane Doe | Senior Engineer" on one line.
  const inline = nameText.split(/\s[|•·–—]\s|\t/)[1]?.trim();
  if (inline && TITLE_WORDS.test(inline) && !inline.includes('@')) return { value: inline.slice(0, 300), confidence: 0.85 };
  for (const l of header.slice(start + 1, start + 4)) {
    if (l.text.includes('@') || /\d{3}/.test(l.text) || /https?:|www\.|linkedin|github/i.test(l.text)) continue;
    if (TITLE_WORDS.test(l.text) && l.text.length <= 120) return { value: l.text.replace(/\s*[|•·]\s*$/, '').slice(0, 300), confidence: 0.8 };
  }
  return null;
}

function findLocation(lines: readonly Line[], nameLine: number | null): ParsedResume['location'] {
  const pool = [
    ...lines.filter((l) => /^(location|address|based in|city|residence|wohnort|adresse)\s*[:：]/i.test(l.text)).map((l) => ({ text: l.text.replace(/^[^:：]+[:：]\s*/, ''), labelled: true })),
    ...lines
      .filter((l) => l.section === 'header' || l.section === 'contact')
      .slice(0, 12)
      .filter((l) => l.index !== nameLine)
      .map((l) => ({ text: l.text, labelled: false })),
  ];
  for (const { text, labelled } of pool) {
    for (const part of text.split(/\s+[|•·]\s+|\t|\s{3,}/)) {
      const p = part.trim().replace(/^(📍|⌂)\s*/u, '');
      if (/[@\d]|https?:|www\./.test(p)) continue;
      const pieces = p.split(/\s*,\s*/).filter(Boolean);
      if (pieces.some((x) => x.split(/\s+/).length > 4)) continue;
      const place = placeOf(pieces);
      if (!place) continue;
      // A clashing code settled by rule of thumb ("Dover, DE": Delaware, not Germany) is a guess.
      const confidence = (labelled ? 0.92 : 0.88) * (place.sure ? 1 : 0.85);
      return { city: place.city, region: place.region, country: place.country, confidence: Math.round(confidence * 100) / 100 };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates, experience, education

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, janvier: 1, feb: 2, february: 2, februar: 2, mar: 3, march: 3, mars: 3, märz: 3, apr: 4, april: 4, may: 5, mai: 5,
  jun: 6, june: 6, juni: 6, jul: 7, july: 7, juli: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11, dec: 12, december: 12, des: 12, dez: 12, desember: 12, dezember: 12,
};
const MONTH = String.raw`(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch|s)?|märz|apr(?:il)?|ma[yi]|june?|juni|july?|juli|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|de[csz](?:ember)?)\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{4}|\d{1,2}\s*[/.]\s*\d{4}|\d{4}\s*[-/.]\s*\d{1,2}(?!\d)|\d{4})`;
const PRESENT = String.raw`(?:present|current|now|today|ongoing|date|nå|heute|aujourd'hui)`;
const RANGE = new RegExp(String.raw`(${DATE})\s*(?:-|–|—|to|until|till|bis|→|>)\s*(${DATE}|${PRESENT})`, 'i');
const SINCE = new RegExp(String.raw`(?:since|from|seit|siden)\s+(${DATE})`, 'i');
const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;

/** "Mar 2019" / "03/2019" / "2019-03" / "2019" → "2019-03" or "2019". */
export function normalizeDate(raw: string): string | null {
  const s = raw.trim().toLowerCase().replace(/\.$/, '');
  let m = /^([a-zäé]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!] ?? MONTHS[m[1]!.slice(0, 3)];
    return month ? `${m[2]}-${String(month).padStart(2, '0')}` : m[2]!;
  }
  m = /^(\d{1,2})\s*[/.]\s*(\d{4})$/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  m = /^(\d{4})$/.exec(s);
  return m ? m[1]! : null;
}

const SEPARATORS = [/\s+at\s+/i, /\s+@\s+/, /\s+[—–]\s+/, /\s+-\s+/, /\s*\|\s*/, /\t+/, /\s*·\s*/, /\s*•\s*/, /,\s+/];

function splitParts(text: string): string[] {
  for (const sep of SEPARATORS) {
    const parts = text.split(sep).map((p) => p.trim()).filter(Boolean);
    if (parts.length >= 2) return parts;
  }
  return [text.trim()].filter(Boolean);
}

const isLocation = (part: string): boolean => {
  const pieces = part.split(/\s*,\s*/);
  return countryCode(pieces[pieces.length - 1]!) !== null || placeOf(pieces) !== null || /^(remote|hybrid|on-?site)$/i.test(part);
};

/** Picks title and company from the parts of an entry heading ("Title at Company", "Company | Title", two lines…). */
function titleAndCompany(parts: string[], atSeparator: boolean): { title: string; company: string; confidence: number } | null {
  const useful = parts.filter((p) => !isLocation(p) && p.length <= 200);
  if (useful.length === 0) return null;
  if (atSeparator && useful.length >= 2) return { title: useful[0]!, company: useful[1]!, confidence: 0.93 };
  if (useful.length === 1) {
    const only = useful[0]!;
    return TITLE_WORDS.test(only) ? { title: only, company: '', confidence: 0.5 } : { title: '', company: only, confidence: 0.45 };
  }
  const [a, b] = [useful[0]!, useful[1]!];
  const aTitle = TITLE_WORDS.test(a);
  const bTitle = TITLE_WORDS.test(b);
  const aCompany = COMPANY_WORDS.test(a);
  const bCompany = COMPANY_WORDS.test(b);
  if (aTitle && !bTitle) return { title: a, company: b, confidence: bCompany ? 0.92 : 0.85 };
  if (bTitle && !aTitle) return { title: b, company: a, confidence: aCompany ? 0.92 : 0.85 };
  if (aCompany && !bCompany) return { title: b, company: a, confidence: 0.8 };
  if (bCompany && !aCompany) return { title: a, company: b, confidence: 0.8 };
  // Both or neither look like a title: the common "Title — Company" order.
  return { title: a, company: b, confidence: 0.65 };
}

const BULLET = /^[•▪●◦‣∙\-*–·■□➢✓]\s*/;

const NOT_WORK: ReadonlySet<Section> = new Set(['education', 'header', 'contact', 'languages']);

function findExperience(lines: readonly Line[]): ParsedResume['experience'] {
  // The experience section, plus dated "Title at Company (2019 – 2021)" lines that a resume without headings
  // puts anywhere.
  const section = lines.filter(
    (l) =>
      l.section === 'experience' ||
      (!NOT_WORK.has(l.section) && RANGE.test(l.text) && (/\s(at|@)\s/i.test(l.text) || TITLE_WORDS.test(l.text.replace(RANGE, ''))) && !BULLET.test(l.text)),
  );
  const out: ParsedResume['experience'] = [];
  const used = new Set<number>();
  section.forEach((line, i) => {
    const m = RANGE.exec(line.text) ?? SINCE.exec(line.text);
    if (!m) return;
    const start = normalizeDate(m[1]!);
    const endRaw = m[2];
    const current = endRaw === undefined || new RegExp(`^${PRESENT}$`, 'i').test(endRaw.trim());
    const end = current || !endRaw ? null : normalizeDate(endRaw);
    const rest = line.text
      .replace(m[0], ' ')
      .replace(/\(\s*\)|\[\s*\]/g, ' ')
      .replace(/^[\s,|–—:·•-]+|[\s,|–—:(·•-]+$/g, '')
      .trim();
    let parts: string[];
    let at: boolean;
    if (rest.length >= 2 && !BULLET.test(rest)) {
      at = /\s(at|@)\s/i.test(rest);
      parts = splitParts(rest);
      // "Acme Corp\t2019 – 2021" with the title on the line above.
      if (parts.filter((p) => !isLocation(p)).length === 1) {
        const prev = section[i - 1];
        if (prev && !used.has(i - 1) && !BULLET.test(prev.text) && !RANGE.test(prev.text) && prev.text.length <= 120) {
          parts = [prev.text, ...parts];
          used.add(i - 1);
        }
      }
    } else {
      // Dates on a line of their own: the heading is the one or two lines above.
      const above: string[] = [];
      for (let k = i - 1; k >= 0 && above.length < 2; k--) {
        const prev = section[k]!;
        if (used.has(k) || BULLET.test(prev.text) || RANGE.test(prev.text) || prev.text.length > 120) break;
        above.unshift(prev.text);
        used.add(k);
      }
      at = above.length === 1 && /\s(at|@)\s/i.test(above[0]!);
      parts = above.length === 1 ? splitParts(above[0]!) : above.flatMap((a) => splitParts(a).slice(0, 1));
    }
    used.add(i);
    const tc = titleAndCompany(parts, at);
    if (!tc) return;
    out.push({ title: tc.title.slice(0, 200), company: tc.company.slice(0, 200), start, end, current, confidence: start ? tc.confidence : tc.confidence * 0.8 });
  });
  return out;
}

const INSTITUTION = /\b(universit(y|ät|é|e|à|eit|at)|universidad(e)?|college|institute|institut|instituto|school|academy|akademie|polytechnic|politecnico|hochschule|høgskole|høyskole|högskola|ecole|école|escola|escuela|conservatoire|seminary|eth|epfl|mit|kth|ntnu|tu\s+\p{L}+|iit\s+\p{L}+|insead|sorbonne)\b/iu;
const DEGREE = new RegExp(
  String.raw`\b(B\.?\s?Sc\.?|M\.?\s?Sc\.?|B\.?\s?A\.?|M\.?\s?A\.?|MBA|Ph\.?\s?D\.?|D\.?Phil|B\.?\s?Eng\.?|M\.?\s?Eng\.?|B\.?\s?S\.?|M\.?\s?S\.?|LL\.?B\.?|LL\.?M\.?|BBA|BCom|MPhil|MRes|Bachelor(?:'s)?(?:\s+of\s+[\p{L}]+(?:\s+[\p{L}]+)?)?|Master(?:'s)?(?:\s+of\s+[\p{L}]+(?:\s+[\p{L}]+)?)?|Doctorate|Diploma|Associate(?:'s)?\s+degree|High\s+School\s+Diploma|A-?levels|Abitur|Licence|Licenciatura)(?![\p{L}])`,
  'iu',
);

function findEducation(lines: readonly Line[]): ParsedResume['education'] {
  const section = lines.filter(
    (l) => !BULLET.test(l.text) && (l.section === 'education' || (!NOT_WORK.has(l.section) && l.section !== 'experience' && DEGREE.test(l.text) && INSTITUTION.test(l.text))),
  );
  const out: ParsedResume['education'] = [];
  let current: { institution: string; degree: string; field: string; end: string | null; lines: number } | null = null;
  const flush = () => {
    if (current && (current.institution || current.degree)) {
      out.push({
        institution: current.institution.slice(0, 200),
        degree: current.degree.slice(0, 200),
        field: current.field.slice(0, 200),
        end: current.end,
        confidence: current.institution && current.degree ? 0.9 : current.institution ? 0.75 : 0.55,
      });
    }
    current = null;
  };
  for (const line of section) {
    const years = [...line.text.matchAll(YEAR)].map((m) => m[1]!);
    const range = RANGE.exec(line.text);
    let text = (range ? line.text.replace(range[0], ' ') : line.text).replace(YEAR, ' ');
    text = text.replace(/\(\s*[-–]?\s*\)|\[\s*\]/g, ' ').replace(/\s+/g, ' ').replace(/^[\s,|–—:·-]+|[\s,|–—:(·-]+$/g, '').trim();
    const degreeMatch = DEGREE.exec(text);
    const parts = splitParts(text).filter((p) => !isLocation(p) || INSTITUTION.test(p));
    const institution = parts.find((p) => INSTITUTION.test(p)) ?? '';
    const c = current as { institution: string; degree: string; field: string; end: string | null; lines: number } | null;
    const startsNew = !c || (institution && c.institution) || (degreeMatch && c.degree) || c.lines >= 3;
    if (startsNew) flush();
    current ??= { institution: '', degree: '', field: '', end: null, lines: 0 };
    const cur = current as { institution: string; degree: string; field: string; end: string | null; lines: number };
    cur.lines++;
    if (institution && !cur.institution) cur.institution = institution.replace(DEGREE, '').replace(/^[\s,–—-]+|[\s,–—-]+$/g, '') || institution;
    if (degreeMatch && !cur.degree) {
      cur.degree = degreeMatch[1]!.replace(/\s+/g, ' ');
      const degreePart = parts.find((p) => DEGREE.test(p)) ?? '';
      const after = degreePart.slice(degreePart.search(DEGREE) + degreeMatch[0].length).replace(/^\s*(in|of|,|-|–)\s*/i, '').trim();
      const field = after && !INSTITUTION.test(after) ? after : (parts.find((p) => p !== degreePart && p !== institution && !INSTITUTION.test(p)) ?? '');
      cur.field = field.replace(/[.,]$/, '');
    }
    const endYear = range?.[2] ? normalizeDate(range[2]) : years.length > 0 ? years[years.length - 1]! : null;
    if (endYear) cur.end = endYear;
    if (!institution && !degreeMatch && !endYear && cur.institution && cur.degree) cur.lines = 3;
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Skills

const FUNCTIONAL = new Set<SkillCategory>(['sales', 'marketing', 'finance', 'operations', 'people', 'product', 'design', 'ml', 'data', 'security', 'testing']);
const ROLE_AFTER =
  /^\s+(analyst|manager|coordinator|engineer|developer|specialist|consultant|director|lead|architect|scientist|designer|researcher|representative|executive|officer|partner|associate|assistant|administrator|planner|buyer|controller|head|team|department|function)s?\b/i;

function findResumeSkills(lines: readonly Line[], exclude: ReadonlySet<number>): ParsedResume['skills'] {
  const best = new Map<string, { name: string; matched: string; confidence: number }>();
  const add = (name: string, matched: string, confidence: number) => {
    const prev = best.get(name.toLowerCase());
    if (!prev || prev.confidence < confidence) best.set(name.toLowerCase(), { name, matched, confidence });
  };
  const strip = (text: string) => text.replace(URL_WITH_SCHEME, ' ').replace(KNOWN_PROFILE, ' ').replace(WWW, ' ').replace(EMAIL, ' ');
  // Runs of lines per section, so a skill wrapped over two lines ("Pipeline" / "Management") is one skill:
  // a skills list is one run; elsewhere a line continues the previous one when it starts in lower case.
  const runs: { text: string; inSkills: boolean }[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const skip = exclude.has(line.index) || line.section === 'header' || line.section === 'contact' || line.section === 'languages' || line.section === 'education';
    if (skip) {
      prev = null;
      continue;
    }
    const inSkills = line.section === 'skills';
    const text = strip(line.text);
    const last = runs[runs.length - 1];
    const continues = prev !== null && last !== undefined && prev.section === line.section && prev.index === line.index - 1 && (inSkills || /^[a-z(]/.test(line.text));
    if (continues) last.text += ` ${text}`;
    else runs.push({ text, inSkills });
    prev = line;
  }
  for (const { text, inSkills } of runs) {
    for (const hit of findSkills(text, inSkills)) {
      // Outside the skills list, "Supply Chain Analyst" or "FP&A Manager" names a job, not a skill.
      const after = text.slice(hit.index + hit.matched.length);
      if (!inSkills && FUNCTIONAL.has(hit.category) && ROLE_AFTER.test(after)) continue;
      add(hit.name, hit.matched, inSkills ? 0.95 : 0.75);
    }
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name));
}

// ---------------------------------------------------------------------------------------------------------------

export interface ParseOptions {
  /** Region for phone numbers written without a country code (the vault's phone.defaultRegion). */
  defaultRegion: string;
}

export function parseResumeText(text: string, options: ParseOptions): ParsedResume {
  const lines = splitSections(text);
  const emails = findEmails(text);
  const links = findLinks(text, emails.map((e) => e.value));
  const { name, line: nameIndex } = findName(lines, emails);
  const location = findLocation(lines, nameIndex);
  const phones = findPhones(lines, location?.country || options.defaultRegion);
  const nameLine = name ? lines.find((l) => l.section === 'header' && l.text.toLowerCase().includes(name.first.toLowerCase()))?.text ?? null : null;
  const headline = findHeadline(lines, nameLine);
  const experience = findExperience(lines);
  const education = findEducation(lines);
  // Entry headings ("Supply Chain Analyst — Kestrel Logistics") name jobs, not skills.
  const headingLines = new Set(lines.filter((l) => l.section === 'experience' && (RANGE.test(l.text) || experience.some((e) => (e.title && l.text.includes(e.title)) || (e.company && l.text === e.company)))).map((l) => l.index));
  const skills = findResumeSkills(lines, headingLines);
  return { name, headline, emails, phones, links, location, skills, experience, education };
}
