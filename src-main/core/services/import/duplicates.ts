import type { CandidateFields } from '../../../../src-shared/domain/candidate.js';
import type { DuplicateReason } from '../../../../src-shared/domain/import.js';
import type { ReadDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import { normalizeEmail, normalizePhone, normalizeUrl } from '../normalize.js';

/**
 * Exact duplicate keys for bulk import: the same rules as the duplicate service's exact matches (normalised
 * e-mail, E.164 phone of 7+ digits, LinkedIn /in/ or GitHub user profile URL), as single indexed point lookups
 * that return only an id. The service's findDuplicates also builds a summary per match and runs the name-based
 * "likely" search; a 100k-row import cannot afford that per row (resume import, a handful of files, uses it).
 */
export interface IdentityKeys {
  emails: string[];
  phones: string[];
  /** Normalised LinkedIn and GitHub profile URLs. */
  profiles: { kind: 'linkedin' | 'github'; norm: string }[];
}

const MIN_PHONE_DIGITS = 7;

/** linkedin.com/in/<handle> or github.com/<user> as stored in url_norm; null for any other URL. */
export function profileKey(url: string): { kind: 'linkedin' | 'github'; norm: string } | null {
  const trimmed = url.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const norm = normalizeUrl(withScheme).replace(/^m\.(?=linkedin\.com)/, '');
  if (/^linkedin\.com\/(in|pub)\/[^/]+/.test(norm)) return { kind: 'linkedin', norm };
  if (/^github\.com\/[^/]+$/.test(norm)) return { kind: 'github', norm };
  return null;
}

export function identityKeys(fields: Pick<CandidateFields, 'emails' | 'phones' | 'links'>, defaultRegion: string): IdentityKeys {
  return {
    emails: fields.emails.map((e) => normalizeEmail(e.address)).filter((a) => a.includes('@')),
    phones: fields.phones.map((p) => normalizePhone(p.number, defaultRegion)).filter((p) => p.replace(/\D/g, '').length >= MIN_PHONE_DIGITS),
    profiles: fields.links.map((l) => profileKey(l.url)).filter((k): k is NonNullable<typeof k> => k !== null),
  };
}

export interface ExactMatch {
  candidateId: number;
  reason: DuplicateReason;
  /** The normalised key that matched (what a review queue entry records). */
  value: string;
}

const LIVE = 'c.deleted_at IS NULL AND c.merged_into IS NULL';

/** Exact matches found for a batch: normalised key → lowest live candidate id, per kind of key. */
export interface Prefetched {
  emails: Map<string, number>;
  phones: Map<string, number>;
  profiles: Map<string, number>;
}

/**
 * Exact matches for many rows at once: one query per kind of key for a whole batch of rows (instead of three
 * per row).
 */
export function prefetchExactMatches(db: ReadDb, batch: readonly IdentityKeys[]): Prefetched {
  const found: Prefetched = { emails: new Map(), phones: new Map(), profiles: new Map() };
  const emails = new Set<string>();
  const phones = new Set<string>();
  const profiles = new Set<string>();
  for (const k of batch) {
    for (const e of k.emails) emails.add(e);
    for (const p of k.phones) phones.add(p);
    for (const u of k.profiles) {
      profiles.add(u.norm);
      profiles.add(`m.${u.norm}`);
    }
  }
  // Driven from the list of keys (one index probe each): written as "… WHERE norm IN (list) GROUP BY norm", the
  // planner walks the whole norm index instead, and the import slows down as the vault grows.
  const run = (into: Map<string, number>, table: string, column: string, values: Set<string>, strip = false) => {
    if (values.size === 0) return;
    const text = `SELECT j.value AS k, (SELECT min(m.candidate_id) FROM ${table} m JOIN candidates c ON c.id = m.candidate_id
                   WHERE m.${column} = j.value AND ${LIVE}) AS id FROM json_each(?) j`;
    for (const r of sql(db, text).all(JSON.stringify([...values])) as { k: string; id: number | null }[]) {
      if (r.id === null) continue;
      const key = strip ? r.k.replace(/^m\.(?=linkedin\.com)/, '') : r.k;
      const prev = into.get(key);
      if (prev === undefined || r.id < prev) into.set(key, r.id);
    }
  };
  run(found.emails, 'candidate_emails', 'address_norm', emails);
  run(found.phones, 'candidate_phones', 'number_norm', phones);
  run(found.profiles, 'candidate_links', 'url_norm', profiles, true);
  return found;
}

/** The first key of `keys` found in a prefetched batch, in the order e-mail, phone, profile. */
export function matchPrefetched(found: Prefetched, keys: IdentityKeys): ExactMatch | null {
  for (const e of keys.emails) {
    const id = found.emails.get(e);
    if (id !== undefined) return { candidateId: id, reason: 'email', value: e };
  }
  for (const p of keys.phones) {
    const id = found.phones.get(p);
    if (id !== undefined) return { candidateId: id, reason: 'phone', value: p };
  }
  for (const u of keys.profiles) {
    const id = found.profiles.get(u.norm);
    if (id !== undefined) return { candidateId: id, reason: u.kind, value: u.norm };
  }
  return null;
}

export interface InFileMatch {
  row: number;
  candidateId: number | null;
  reason: DuplicateReason;
  value: string;
}

/** Keys seen earlier in the same file, so row 40 duplicating row 3 is caught even in a dry run. */
export class InFileIndex {
  // One map per kind, keyed by the normalised strings themselves (their hash is computed once and cached by
  // the engine; a prefixed copy would be hashed anew on every lookup), valued by row number only.
  private readonly emails = new Map<string, number>();
  private readonly phones = new Map<string, number>();
  private readonly profiles = new Map<string, number>();
  private readonly candidateOfRow: (number | null)[] = [];

  /** Forgets rows from `row` on (their writes were rolled back). */
  dropFrom(row: number): void {
    for (const map of [this.emails, this.phones, this.profiles]) for (const [key, r] of map) if (r >= row) map.delete(key);
    this.candidateOfRow.length = Math.min(this.candidateOfRow.length, row);
  }

  private hit(row: number | undefined, reason: DuplicateReason, value: string): InFileMatch | null {
    return row === undefined ? null : { row, candidateId: this.candidateOfRow[row] ?? null, reason, value };
  }

  find(keys: IdentityKeys): InFileMatch | null {
    for (const e of keys.emails) {
      const found = this.hit(this.emails.get(e), 'email', e);
      if (found) return found;
    }
    for (const p of keys.phones) {
      const found = this.hit(this.phones.get(p), 'phone', p);
      if (found) return found;
    }
    for (const p of keys.profiles) {
      const found = this.hit(this.profiles.get(p.norm), p.kind, p.norm);
      if (found) return found;
    }
    return null;
  }

  add(keys: IdentityKeys, row: number, candidateId: number | null): void {
    this.candidateOfRow[row] = candidateId;
    for (const e of keys.emails) if (!this.emails.has(e)) this.emails.set(e, row);
    for (const p of keys.phones) if (!this.phones.has(p)) this.phones.set(p, row);
    for (const p of keys.profiles) if (!this.profiles.has(p.norm)) this.profiles.set(p.norm, row);
  }
}
