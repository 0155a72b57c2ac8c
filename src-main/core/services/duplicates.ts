import { encodeSearchSigns, foldLetters } from '../../../src-shared/domain/search-query.js';
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

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Accent- and case-folded text with single spaces: "Zoë  O'Brien" → "zoe o brien". */
export function foldText(text: string): string {
  // Printable ASCII (most names, companies and cities) folds the same without NFKD and the letter table.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
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
    .replace(/[^\p{L}\p{N}\p{Co}]+/gu, ' ')
    .trim();
}

const LEGAL_WORDS = new Set(
  'inc incorporated ltd limited llc llp plc gmbh ag sa sas sarl bv nv as asa ab oy aps spa srl co corp corporation company group holding holdings'.split(' '),
);

/**
 * "ACME Corp." and "Acme Corporation" compare equal; "A+ Dental" and "A Dental" do not (the signed word stays a
 * word of its own, as the search index and the create path's probe have it).
 */
export const foldCompany = (name: string): string =>
  foldText(encodeSearchSigns(name))
    .split(' ')
    .filter((w) => w && !LEGAL_WORDS.has(w))
    .join(' ');

let matchedFlags = new Uint8Array(128);

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  // Matched flags of a at [0, a.length) and of b after them, in one reused buffer: bulk import calls this
  // millions of times, and two fresh arrays per call kept the garbage collector busy.
  const bAt = a.length;
  if (matchedFlags.length < a.length + b.length) matchedFlags = new Uint8Array(2 * (a.length + b.length));
  const flags = matchedFlags.fill(0, 0, a.length + b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (flags[bAt + j] || a[i] !== b[j]) continue;
      flags[i] = flags[bAt + j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!flags[i]) continue;
    while (!flags[bAt + j]) j++;
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
  return foldedNameSimilarity(foldText(first1), foldText(last1), foldText(first2), foldText(last2));
}

/** nameSimilarity of names already passed through foldText (bulk import folds each name once). */
function foldedNameSimilarity(first1: string, last1: string, first2: string, last2: string): number {
  const score = (f1: string, l1: string, f2: string, l2: string): number => {
    const last = jaroWinkler(l1, l2);
    if (last < LAST_NAME_THRESHOLD) return 0;
    const first = firstNameScore(f1, f2);
    if (first < FIRST_NAME_THRESHOLD) return 0;
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

const nameWords = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/**
 * The two-letter starts a likely duplicate's name must contain: those of the first given name and of the last
 * family name. Narrow enough to stay fast on a big vault, loose enough for typos after them, accents
 * (Muller/Müller: the search index folds them, `fold` does here) and swapped order.
 */
function likelyNamePrefixes(firstName: string, lastName: string, fold: (word: string) => string): string[] {
  const prefix = (word: string | undefined) => (word ? firstTwo(fold(word)) : '');
  return [...new Set([prefix(nameWords(firstName)[0]), prefix(nameWords(lastName).at(-1))])].filter((p) => p !== '');
}

/** The first two characters (code points) of a word, or '' when it has fewer. */
function firstTwo(word: string): string {
  const a = word.codePointAt(0);
  if (a === undefined) return '';
  const at = a > 0xffff ? 2 : 1;
  const b = word.codePointAt(at);
  return b === undefined ? '' : word.slice(0, at + (b > 0xffff ? 2 : 1));
}

/**
 * The likely-duplicate rule, for the create path and bulk import alike: similar first and last names (see
 * nameSimilarity) plus the same current company (legal suffixes ignored) or the same city. `folded` is the
 * probe's foldCompany/foldText, computed once per probe rather than once per compared record.
 */
export function likelyMatch(
  probe: { firstName: string; lastName: string },
  folded: { company: string; city: string },
  other: { first_name: string; last_name: string; current_company: string; city: string },
): { reasons: DuplicateReason[]; score: number } | null {
  return likelyFolded(
    { first: foldText(probe.firstName), last: foldText(probe.lastName), ...folded },
    { first: foldText(other.first_name), last: foldText(other.last_name), company: foldCompany(other.current_company), city: foldText(other.city) },
    other,
  );
}

interface FoldedIdentity {
  first: string;
  last: string;
  company: string;
  city: string;
}

/** likelyMatch on folded names, company and city; `other` gives the reasons' values as the record has them. */
function likelyFolded(probe: FoldedIdentity, folded: FoldedIdentity, other: { current_company: string; city: string }): { reasons: DuplicateReason[]; score: number } | null {
  const sameCompany = probe.company !== '' && folded.company === probe.company;
  const sameCity = probe.city !== '' && folded.city === probe.city;
  if (!sameCompany && !sameCity) return null;
  const score = foldedNameSimilarity(probe.first, probe.last, folded.first, folded.last);
  if (score === 0) return null;
  const reasons: DuplicateReason[] = [];
  if (sameCompany) reasons.push({ kind: 'name+company', value: other.current_company });
  if (sameCity) reasons.push({ kind: 'name+city', value: other.city });
  return { reasons, score };
}

/** A record the bulk likely-duplicate index knows: a live candidate, or a row of the file being imported. */
export interface LikelyRecord {
  candidateId: number | null;
  /** Row of the import file (1-based); null for candidates that were in the vault before. */
  row: number | null;
  first_name: string;
  last_name: string;
  current_company: string;
  city: string;
}

export interface LikelyHit {
  record: LikelyRecord;
  reasons: DuplicateReason[];
  score: number;
}

interface IndexedRecord extends LikelyRecord {
  folded: FoldedIdentity;
  /** The name keys of the buckets it was added to (for dropFrom; shared with other records of the same name). */
  nameKeys: readonly string[];
}

/** A name as LikelyIndex keeps it (see foldedName). */
interface FoldedName {
  first: string;
  last: string;
  /** The probe's two name starts and their bucket key. */
  prefixes: string[];
  probeKey: string;
  /** The stored name whose starts recordKeys lists (a record's display name can differ from first + last). */
  displayName: string | null;
  recordKeys: string[];
}

/** Buckets by company (or city), then by name key: nested maps, so no key string is built per row. */
type BucketMap = Map<string, Map<string, IndexedRecord[]>>;

function bucketFor(map: BucketMap, place: string, nameKey: string): IndexedRecord[] {
  let byName = map.get(place);
  if (!byName) map.set(place, (byName = new Map()));
  let bucket = byName.get(nameKey);
  if (!bucket) byName.set(nameKey, (bucket = []));
  return bucket;
}

/**
 * findLikely for bulk import, where one search query per row would dominate a 100k-row file: the same rule
 * (likelyMatch, the same two-letter name starts, same company or city) over an in-memory index built once
 * from the vault and grown with the file's rows. Records are bucketed by folded company or city plus the
 * name starts, so a probe compares names only with the few people who could match.
 */
export class LikelyIndex {
  private readonly byCompany: BucketMap = new Map();
  private readonly byCity: BucketMap = new Map();
  private readonly fromFile: IndexedRecord[] = [];
  // Companies and cities repeat across thousands of rows: fold each distinct one once.
  private readonly foldedCompanies = new Map<string, string>();
  private readonly foldedCities = new Map<string, string>();
  /** Set by lazyVault(): vault candidates are then fetched per pair of name starts, on first use. */
  private vault: { db: ReadDb; maxId: number; keys: Set<string>; ids: Set<number> } | null = null;

  /**
   * Instead of loadLikelyIndex: fetch the vault's candidates on demand, asking the search index (as the create
   * path does) for those whose name has a probe's two starts, once per pair. Cheaper than reading the whole vault
   * when the file is small next to it. Candidates above `maxId` (this import's own) are left to the file's rows.
   */
  lazyVault(db: ReadDb, maxId: number): void {
    this.vault = { db, maxId, keys: new Set(), ids: new Set() };
  }

  private fetchVault(prefixes: readonly string[], nameKey: string): void {
    const v = this.vault;
    if (!v || v.keys.has(nameKey)) return;
    v.keys.add(nameKey);
    // The name's twin column spells out ø æ ł … (migration 0009), as the folded prefixes do.
    const match = `{name name_alt} : (${prefixes.map((p) => `${ftsString(foldLetters(p))}*`).join(' AND ')})`;
    const ids = (sql(v.db, 'SELECT rowid AS id FROM candidate_fts WHERE candidate_fts MATCH ?').all(match) as { id: number }[])
      .map((r) => r.id)
      .filter((id) => id <= v.maxId && !v.ids.has(id));
    if (ids.length === 0) return;
    for (const id of ids) v.ids.add(id);
    const rows = sql(
      v.db,
      `SELECT c.id, c.first_name, c.last_name, c.display_name, c.current_company, c.city
       FROM json_each(?) j CROSS JOIN candidates c ON c.id = j.value WHERE ${LIVE}`,
    ).all(JSON.stringify(ids)) as { id: number; first_name: string; last_name: string; display_name: string; current_company: string; city: string }[];
    for (const r of rows) this.add({ candidateId: r.id, row: null, first_name: r.first_name, last_name: r.last_name, current_company: r.current_company, city: r.city }, r.display_name);
  }

  /**
   * Folded names and name starts per name as written: import probes a row and then adds it, and names repeat
   * across a file (bounded like the company and city folds).
   */
  private readonly names = new Map<string, FoldedName>();

  private foldedName(first: string, last: string, displayName?: string): FoldedName {
    const key = `${first}\u0000${last}`;
    let out = this.names.get(key);
    if (out === undefined) {
      const prefixes = likelyNamePrefixes(first, last, foldText);
      out = { first: foldText(first), last: foldText(last), prefixes, probeKey: prefixes.length === 0 ? '' : LikelyIndex.nameKey(prefixes), displayName: null, recordKeys: [] };
      if (this.names.size >= 100_000) this.names.clear();
      this.names.set(key, out);
    }
    if (displayName !== undefined && out.displayName !== displayName) {
      // Bucketed under each start of the stored name and each pair of them, so a probe finds exactly the
      // records whose name has both of its starts (what the create path's search query asks for).
      const starts = [...new Set(foldText(displayName).split(' ').map(firstTwo).filter((p) => p !== ''))];
      const keys: string[] = [];
      for (let a = 0; a < starts.length; a++) {
        keys.push(starts[a]!);
        for (let b = a + 1; b < starts.length; b++) keys.push(LikelyIndex.nameKey([starts[a]!, starts[b]!]));
      }
      out.displayName = displayName;
      out.recordKeys = keys;
    }
    return out;
  }

  private fold(cache: Map<string, string>, text: string, fold: (t: string) => string): string {
    let out = cache.get(text);
    if (out === undefined) {
      out = fold(text);
      if (cache.size < 100_000) cache.set(text, out);
    }
    return out;
  }

  /** One name start, or two in either order ("jo+sm" and "sm+jo" are the same bucket). */
  private static nameKey(prefixes: readonly string[]): string {
    return prefixes.length === 1 ? prefixes[0]! : prefixes[0]! < prefixes[1]! ? `${prefixes[0]}+${prefixes[1]}` : `${prefixes[1]}+${prefixes[0]}`;
  }

  /** `displayName` is what the search index tokenises for the name (candidates.display_name). */
  add(record: LikelyRecord, displayName: string): void {
    const company = this.fold(this.foldedCompanies, record.current_company, foldCompany);
    const city = this.fold(this.foldedCities, record.city, foldText);
    if (!company && !city) return;
    const name = this.foldedName(record.first_name, record.last_name, displayName);
    const entry: IndexedRecord = {
      candidateId: record.candidateId,
      row: record.row,
      first_name: record.first_name,
      last_name: record.last_name,
      current_company: record.current_company,
      city: record.city,
      folded: { first: name.first, last: name.last, company, city },
      nameKeys: name.recordKeys,
    };
    for (const nameKey of name.recordKeys) {
      if (company) bucketFor(this.byCompany, company, nameKey).push(entry);
      if (city) bucketFor(this.byCity, city, nameKey).push(entry);
    }
    if (record.row !== null) this.fromFile.push(entry);
  }

  /** Forgets the file's rows from `row` on (their writes were rolled back). */
  dropFrom(row: number): void {
    while (this.fromFile.length > 0 && this.fromFile[this.fromFile.length - 1]!.row! >= row) {
      const entry = this.fromFile.pop()!;
      for (const nameKey of entry.nameKeys) {
        for (const [map, place] of [[this.byCompany, entry.folded.company], [this.byCity, entry.folded.city]] as const) {
          const bucket = place ? map.get(place)?.get(nameKey) : undefined;
          const at = bucket ? bucket.lastIndexOf(entry) : -1;
          if (at >= 0) bucket!.splice(at, 1);
        }
      }
    }
  }

  /** Likely duplicates of `probe`, best first (highest score, then vault records, then lowest id or row). */
  find(probe: { firstName: string; lastName: string; currentCompany: string; city: string }, skip?: (r: LikelyRecord) => boolean): LikelyHit[] {
    const company = this.fold(this.foldedCompanies, probe.currentCompany, foldCompany);
    const city = this.fold(this.foldedCities, probe.city, foldText);
    if (!company && !city) return [];
    const name = this.foldedName(probe.firstName, probe.lastName);
    if (name.prefixes.length === 0) return [];
    const folded: FoldedIdentity = { first: name.first, last: name.last, company, city };
    const out: LikelyHit[] = [];
    this.fetchVault(name.prefixes, name.probeKey);
    const byCompany = company ? this.byCompany.get(company)?.get(name.probeKey) : undefined;
    const byCity = city ? this.byCity.get(city)?.get(name.probeKey) : undefined;
    const check = (entry: IndexedRecord) => {
      if (skip?.(entry)) return;
      const hit = likelyFolded(folded, entry.folded, entry);
      if (hit) out.push({ record: entry, reasons: hit.reasons, score: hit.score });
    };
    if (byCompany) for (const [from, to] of boundedRanges(byCompany.length)) for (let i = from; i < to; i++) check(byCompany[i]!);
    // A record in both buckets (same company and city) was checked already, with both reasons.
    if (byCity) {
      for (const [from, to] of boundedRanges(byCity.length)) {
        for (let i = from; i < to; i++) if (!(byCompany && byCity[i]!.folded.company === company)) check(byCity[i]!);
      }
    }
    if (out.length < 2) return out;
    const order = (r: LikelyRecord) => (r.row === null ? -1e12 + (r.candidateId ?? 0) : r.row);
    return out.sort((a, b) => b.score - a.score || order(a.record) - order(b.record));
  }
}

/**
 * Records of one bucket a probe is compared with, at most. Real people spread over many buckets (company or city
 * times both name starts); a bucket of thousands only comes from generated or anonymised lists ("Person 1",
 * "Person 2", … all in one city), where comparing every row with every earlier one made a 20k-row import take
 * minutes. Beyond the bound the oldest half (the vault's candidates come first) and the newest half are compared.
 */
export const LIKELY_BUCKET_SCAN = 500;

/** Index ranges of a bucket to compare (a plain loop: a generator here cost more than the comparisons). */
function boundedRanges(length: number): [number, number][] {
  if (length <= LIKELY_BUCKET_SCAN) return [[0, length]];
  const half = LIKELY_BUCKET_SCAN / 2;
  return [
    [0, half],
    [length - half, length],
  ];
}

/** Fills a LikelyIndex with the vault's live candidates, a page at a time with a turn for the event loop between. */
export async function loadLikelyIndex(db: ReadDb, index: LikelyIndex, pause: () => Promise<void>, pageSize = 2000): Promise<number> {
  // Ids first (a covering index has them), then the name, company and city columns by rowid, which sit at the
  // start of each record. Reading the live flags row by row instead walked every candidate's overflow pages
  // (they are the last columns, after the long JSON ones): 16-28 s for a 100k vault under load.
  const ids = (sql(db, `SELECT id FROM candidates c WHERE ${LIVE}`).all() as { id: number }[]).map((r) => r.id).sort((a, b) => a - b);
  await pause();
  const page = sql(
    db,
    `SELECT c.id, c.first_name, c.last_name, c.display_name, c.current_company, c.city
     FROM json_each(?) j CROSS JOIN candidates c ON c.id = j.value`,
  );
  for (let from = 0; from < ids.length; from += pageSize) {
    const rows = page.all(JSON.stringify(ids.slice(from, from + pageSize))) as { id: number; first_name: string; last_name: string; display_name: string; current_company: string; city: string }[];
    for (const r of rows) {
      if (r.current_company === '' && r.city === '') continue;
      index.add({ candidateId: r.id, row: null, first_name: r.first_name, last_name: r.last_name, current_company: r.current_company, city: r.city }, r.display_name);
    }
    await pause();
  }
  return ids.length;
}

/** Narrows with the search index (name prefixes AND (company OR city)), then scores names in JS. */
function findLikely(db: WriteDb, probe: DuplicateProbe, skip: (id: number) => boolean): DuplicateMatch[] {
  const company = foldCompany(probe.currentCompany);
  const city = foldText(probe.city);
  const prefixes = likelyNamePrefixes(probe.firstName, probe.lastName, (w) => w.toLowerCase());
  if (prefixes.length === 0 || (!company && !city)) return [];
  const where: string[] = [];
  // Legal suffixes are dropped from the phrase so "Acme Corp." still finds "Acme Corporation".
  // The index writes "A+" and "C#" as words of their own (encodeSearchSigns): so does the probe.
  const companyWords = encodeSearchSigns(probe.currentCompany)
    .split(/[^\p{L}\p{N}\p{Co}]+/u)
    .filter((w) => w && !LEGAL_WORDS.has(w.toLowerCase()));
  // Each column with its twin that spells out ø æ ł … (migration 0009): "Bjorn" finds Bjørn and back.
  if (company && companyWords.length > 0) where.push(`{company company_alt} : ${ftsString(foldLetters(companyWords.join(' ')))}`);
  if (city && hasSearchableText(probe.city)) where.push(`{location location_alt} : ${ftsString(foldLetters(probe.city))}`);
  if (where.length === 0) return [];
  const match = `({name name_alt} : (${prefixes.map((p) => `${ftsString(foldLetters(p))}*`).join(' AND ')})) AND (${where.join(' OR ')})`;
  flushSearchIndex(db);
  const rows = sql(
    db,
    `SELECT ${BRIEF_COLUMNS} FROM candidate_fts f CROSS JOIN candidates c ON c.id = f.rowid
     WHERE candidate_fts MATCH ? ORDER BY f.rank LIMIT ${MAX_LIKELY_SCAN}`,
  ).all(match) as CandidateBrief[];
  const out: DuplicateMatch[] = [];
  for (const row of rows) {
    if (skip(row.id)) continue;
    const hit = likelyMatch(probe, { company, city }, row);
    if (hit) out.push(toMatch(row, hit.reasons, hit.score));
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

/**
 * Queues likely (or knowingly created exact) duplicates for review; a pair is flagged once, in either order (an
 * edit of the older record can find the pair its creation already queued, or that the user dismissed).
 */
export function flagDuplicates(db: WriteDb, candidateId: number, matches: readonly Pick<DuplicateMatch, 'candidateId' | 'reasons' | 'score'>[], at: string): number {
  const insert = sql(
    db,
    `INSERT INTO duplicate_reviews (candidate_id, other_id, reasons, score, created_at)
     SELECT @id, @other, @reasons, @score, @at
     WHERE NOT EXISTS (SELECT 1 FROM duplicate_reviews WHERE candidate_id = @other AND other_id = @id)
     ON CONFLICT (candidate_id, other_id) DO NOTHING`,
  );
  let n = 0;
  for (const m of matches) {
    if (m.candidateId === candidateId) continue;
    n += insert.run({ id: candidateId, other: m.candidateId, reasons: JSON.stringify(m.reasons), score: m.score, at }).changes;
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
