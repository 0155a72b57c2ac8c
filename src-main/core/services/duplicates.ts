import {
  duplicateProbe as probeSchema,
  type DuplicateMatch,
  type DuplicateProbe,
  type DuplicateReason,
  type DuplicateResult,
} from '../../../src-shared/domain/candidate.js';
import { hasSearchableText } from '../../../src-shared/domain/search-query.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../db/database.js';
import { getCandidate } from '../db/repositories/candidates.js';
import { getSetting } from '../db/repositories/settings.js';
import { sql } from '../db/statements.js';
import { normalizeEmail, normalizePhone, normalizeUrl } from './normalize.js';
import { ftsString } from './search.js';
import { flushSearchIndex } from './search-index.js';
import { inTransaction, recordAudit, type WriteContext } from './write-meta.js';

/** The setting that says how to read phone numbers typed without a country code. */
export const PHONE_REGION_SETTING = 'phone.defaultRegion';
export const DEFAULT_PHONE_REGION = 'US';
export const phoneRegion = (db: ReadDb): string => getSetting(db, PHONE_REGION_SETTING, DEFAULT_PHONE_REGION);

/** Below these, two names are not "similar" (Jaro-Winkler on accent-folded, lower-case names). */
const LAST_NAME_THRESHOLD = 0.9;
const FIRST_NAME_THRESHOLD = 0.85;
/** Phone "numbers" shorter than this (after normalisation) are too weak to call anyone a duplicate. */
const MIN_PHONE_DIGITS = 7;
const MAX_LIKELY_SCAN = 200;

/** Accent- and case-folded text with single spaces: "Zoë  O'Brien" → "zoe o brien". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LEGAL_WORDS = new Set(
  'inc incorporated ltd limited llc llp plc gmbh ag sa sas sarl bv nv as asa ab oy aps spa srl co corp corporation company group holding holdings'.split(' '),
);

/** "ACME Corp." and "Acme Corporation" compare equal. */
export const foldCompany = (name: string): string =>
  foldText(name)
    .split(' ')
    .filter((w) => w && !LEGAL_WORDS.has(w))
    .join(' ');

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** First names match when similar, or one is a short form of the other ("Rob" / "Robert", "J" / "Jane"). */
function firstNameScore(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && (short.length === 1 || short.length >= 3)) return 0.92;
  return jaroWinkler(a, b);
}

/** Similarity of two people's names in [0, 1]; 0 unless both the first and the last names are close. */
export function nameSimilarity(first1: string, last1: string, first2: string, last2: string): number {
  const score = (f1: string, l1: string, f2: string, l2: string): number => {
    const last = jaroWinkler(foldText(l1), foldText(l2));
    const first = firstNameScore(foldText(f1), foldText(f2));
    if (last < LAST_NAME_THRESHOLD || first < FIRST_NAME_THRESHOLD) return 0;
    return Math.round(((last + first) / 2) * 1000) / 1000;
  };
  // People's names get swapped on forms ("Nguyen Linh" / "Linh Nguyen").
  return Math.max(score(first1, last1, first2, last2), score(first1, last1, last2, first2));
}

/** A profile URL that identifies one person: linkedin.com/in/<handle>, github.com/<user>. */
function profileKey(url: string): { kind: 'linkedin' | 'github'; norm: string } | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`;
  const norm = normalizeUrl(withScheme).replace(/^m\.(?=linkedin\.com)/, '');
  if (/^linkedin\.com\/(in|pub)\/[^/]+/.test(norm)) return { kind: 'linkedin', norm };
  if (/^github\.com\/[^/]+$/.test(norm)) return { kind: 'github', norm };
  return null;
}

interface CandidateBrief {
  id: number;
  first_name: string;
  last_name: string;
  display_name: string;
  current_title: string;
  current_company: string;
  city: string;
  country: string;
  primary_email: string | null;
}

const BRIEF_COLUMNS = `c.id, c.first_name, c.last_name, c.display_name, c.current_title, c.current_company, c.city, c.country,
  (SELECT address FROM candidate_emails e WHERE e.candidate_id = c.id ORDER BY is_primary DESC, id LIMIT 1) AS primary_email`;
const LIVE = 'c.deleted_at IS NULL AND c.merged_into IS NULL';

const toMatch = (b: CandidateBrief, reasons: DuplicateReason[], score: number): DuplicateMatch => ({
  candidateId: b.id,
  displayName: b.display_name,
  currentTitle: b.current_title,
  currentCompany: b.current_company,
  city: b.city,
  country: b.country,
  primaryEmail: b.primary_email,
  reasons,
  score,
});

export interface DuplicateOptions {
  /** Region for phones without a country code; defaults to the `phone.defaultRegion` setting. */
  defaultRegion?: string;
  /** Candidates never reported (the record being checked, records already merged in this import, …). */
  excludeIds?: readonly number[];
}

/**
 * Finds existing live candidates that are the same person as `fields`:
 * - exact: same normalised e-mail, phone (E.164) or LinkedIn/GitHub profile URL;
 * - likely: similar first and last name plus the same current company or the same city.
 * Accepts a full CandidateFields/CandidateInput too (extra fields are ignored). Import calls this per row.
 */
export function findDuplicates(db: WriteDb, fields: Partial<DuplicateProbe>, options: DuplicateOptions = {}): DuplicateResult {
  const probe = probeSchema.parse(fields);
  const region = options.defaultRegion ?? phoneRegion(db);
  const exclude = new Set(options.excludeIds ?? []);
  const exact = new Map<number, { brief: CandidateBrief; reasons: DuplicateReason[] }>();
  const addExact = (rows: CandidateBrief[], reason: DuplicateReason) => {
    for (const row of rows) {
      if (exclude.has(row.id)) continue;
      const entry = exact.get(row.id) ?? { brief: row, reasons: [] };
      if (!entry.reasons.some((r) => r.kind === reason.kind && r.value === reason.value)) entry.reasons.push(reason);
      exact.set(row.id, entry);
    }
  };

  for (const address of new Set(probe.emails.map((e) => normalizeEmail(e.address)).filter((a) => a.includes('@')))) {
    const rows = sql(
      db,
      `SELECT ${BRIEF_COLUMNS} FROM candidate_emails m JOIN candidates c ON c.id = m.candidate_id WHERE m.address_norm = ? AND ${LIVE} GROUP BY c.id`,
    ).all(address) as CandidateBrief[];
    addExact(rows, { kind: 'email', value: address });
  }
  for (const number of new Set(probe.phones.map((p) => normalizePhone(p.number, region)))) {
    if (number.replace(/\D/g, '').length < MIN_PHONE_DIGITS) continue;
    const rows = sql(
      db,
      `SELECT ${BRIEF_COLUMNS} FROM candidate_phones m JOIN candidates c ON c.id = m.candidate_id WHERE m.number_norm = ? AND ${LIVE} GROUP BY c.id`,
    ).all(number) as CandidateBrief[];
    addExact(rows, { kind: 'phone', value: number });
  }
  for (const link of probe.links) {
    const key = profileKey(link.url);
    if (!key) continue;
    const rows = sql(
      db,
      `SELECT ${BRIEF_COLUMNS} FROM candidate_links m JOIN candidates c ON c.id = m.candidate_id
       WHERE m.url_norm IN (?, ?) AND ${LIVE} GROUP BY c.id`,
    ).all(key.norm, `m.${key.norm}`) as CandidateBrief[];
    addExact(rows, { kind: key.kind, value: key.norm });
  }

  const likely = findLikely(db, probe, (id) => exclude.has(id) || exact.has(id));
  return {
    exact: [...exact.values()].map((e) => toMatch(e.brief, e.reasons, 1)).sort((a, b) => a.candidateId - b.candidateId),
    likely,
  };
}

/** Narrows with the search index (name prefixes AND (company OR city)), then scores names in JS. */
function findLikely(db: WriteDb, probe: DuplicateProbe, skip: (id: number) => boolean): DuplicateMatch[] {
  const company = foldCompany(probe.currentCompany);
  const city = foldText(probe.city);
  const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  // The first given name and the last family name must both start the same (two letters): narrow enough to
  // stay fast on a big vault, loose enough for typos after them, accents (Muller/Müller) and swapped order.
  const prefix = (word: string | undefined) => (word ? [...word.toLowerCase()].slice(0, 2).join('') : '');
  const prefixes = [...new Set([prefix(words(probe.firstName)[0]), prefix(words(probe.lastName).at(-1))])].filter((p) => [...p].length === 2);
  if (prefixes.length === 0 || (!company && !city)) return [];
  const where: string[] = [];
  // Legal suffixes are dropped from the phrase so "Acme Corp." still finds "Acme Corporation".
  const companyWords = probe.currentCompany
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !LEGAL_WORDS.has(w.toLowerCase()));
  if (company && companyWords.length > 0) where.push(`company : ${ftsString(companyWords.join(' '))}`);
  if (city && hasSearchableText(probe.city)) where.push(`location : ${ftsString(probe.city)}`);
  if (where.length === 0) return [];
  const match = `(name : (${prefixes.map((p) => `${ftsString(p)}*`).join(' AND ')})) AND (${where.join(' OR ')})`;
  flushSearchIndex(db);
  const rows = sql(
    db,
    `SELECT ${BRIEF_COLUMNS} FROM candidate_fts f CROSS JOIN candidates c ON c.id = f.rowid
     WHERE candidate_fts MATCH ? ORDER BY f.rank LIMIT ${MAX_LIKELY_SCAN}`,
  ).all(match) as CandidateBrief[];
  const out: DuplicateMatch[] = [];
  for (const row of rows) {
    if (skip(row.id)) continue;
    const score = nameSimilarity(probe.firstName, probe.lastName, row.first_name, row.last_name);
    if (score === 0) continue;
    const reasons: DuplicateReason[] = [];
    if (company && foldCompany(row.current_company) === company) reasons.push({ kind: 'name+company', value: row.current_company });
    if (city && foldText(row.city) === city) reasons.push({ kind: 'name+city', value: row.city });
    if (reasons.length > 0) out.push(toMatch(row, reasons, score));
  }
  return out.sort((a, b) => b.score - a.score || a.candidateId - b.candidateId);
}

/** Duplicates of a stored candidate among the others. */
export function findDuplicatesOf(db: WriteDb, candidateId: number): DuplicateResult {
  const c = getCandidate(db, candidateId);
  return findDuplicates(db, c, { excludeIds: [candidateId] });
}

/** The first exact match as a `conflict` naming the contact point, for create/import to refuse. */
export function exactDuplicateError(fields: DuplicateProbe, exact: DuplicateMatch[], region: string): CodedError | null {
  const first = exact[0];
  if (!first) return null;
  const reason = first.reasons[0]!;
  let field: string | undefined;
  if (reason.kind === 'email') field = `emails.${fields.emails.findIndex((e) => normalizeEmail(e.address) === reason.value)}.address`;
  else if (reason.kind === 'phone') field = `phones.${fields.phones.findIndex((p) => normalizePhone(p.number, region) === reason.value)}.number`;
  else field = `links.${fields.links.findIndex((l) => profileKey(l.url)?.norm === reason.value)}.url`;
  const what = { email: 'e-mail', phone: 'phone number', linkedin: 'LinkedIn profile', github: 'GitHub profile' }[reason.kind as 'email'];
  return new CodedError(
    'conflict',
    `${first.displayName} (candidate ${first.candidateId}) already has this ${what} (${reason.value}). ` +
      'Open that record, merge, or create anyway with allowDuplicate.',
    field,
  );
}

/** Queues likely (or knowingly created exact) duplicates for review; a pair is flagged once. */
export function flagDuplicates(db: WriteDb, candidateId: number, matches: DuplicateMatch[], at: string): number {
  const insert = sql(
    db,
    `INSERT INTO duplicate_reviews (candidate_id, other_id, reasons, score, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (candidate_id, other_id) DO NOTHING`,
  );
  let n = 0;
  for (const m of matches) {
    if (m.candidateId === candidateId) continue;
    n += insert.run(candidateId, m.candidateId, JSON.stringify(m.reasons), m.score, at).changes;
  }
  return n;
}

interface ReviewRow {
  id: number;
  reasons: string;
  score: number;
  created_at: string;
  a_id: number;
  b_id: number;
}

/** Open reviews where both records are still live (a merge or delete resolves a pair implicitly). */
export function listDuplicateReviews(db: ReadDb, limit: number, offset: number) {
  const from = `FROM duplicate_reviews r
    JOIN candidates a ON a.id = r.candidate_id AND a.deleted_at IS NULL AND a.merged_into IS NULL
    JOIN candidates b ON b.id = r.other_id AND b.deleted_at IS NULL AND b.merged_into IS NULL
    WHERE r.status = 'open'`;
  const total = (sql(db, `SELECT count(*) AS n ${from}`).get() as { n: number }).n;
  const rows = sql(
    db,
    `SELECT r.id, r.reasons, r.score, r.created_at, r.candidate_id AS a_id, r.other_id AS b_id ${from}
     ORDER BY r.created_at DESC, r.id DESC LIMIT ? OFFSET ?`,
  ).all(limit, offset) as ReviewRow[];
  const brief = (id: number) => {
    const b = sql(db, `SELECT ${BRIEF_COLUMNS} FROM candidates c WHERE c.id = ?`).get(id) as CandidateBrief;
    const { reasons: _r, score: _s, ...rest } = toMatch(b, [], 0);
    return rest;
  };
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      candidate: brief(r.a_id),
      other: brief(r.b_id),
      reasons: JSON.parse(r.reasons) as DuplicateReason[],
      score: r.score,
      createdAt: r.created_at,
    })),
  };
}

/** "Not the same person": closes the review; audited on the candidate it was raised for. */
export function dismissDuplicateReview(db: WriteDb, id: number, w: WriteContext): void {
  const row = sql(db, 'SELECT candidate_id, other_id, status FROM duplicate_reviews WHERE id = ?').get(id) as
    | { candidate_id: number; other_id: number; status: string }
    | undefined;
  if (!row) throw new CodedError('not_found', `No duplicate review with id ${id}`);
  if (row.status !== 'open') throw new CodedError('conflict', `Duplicate review ${id} was already ${row.status}`);
  inTransaction(db, () => {
    sql(db, `UPDATE duplicate_reviews SET status = 'dismissed', resolved_at = ? WHERE id = ?`).run(w.at, id);
    recordAudit(db, w, 'candidate', row.candidate_id, 'dismiss-duplicate', { review: id, otherId: row.other_id, status: 'open' }, { status: 'dismissed' });
  });
}
