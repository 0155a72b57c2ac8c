import { skillsTaxonomy, type SkillCategory, type SkillEntry } from './skills-taxonomy.js';

export interface SkillHit {
  /** Canonical taxonomy name. */
  name: string;
  category: SkillCategory;
  /** The text as written. */
  matched: string;
  index: number;
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Short all-caps terms (REST, PR, QA, TS) only match as written: lower-case they are ordinary words. */
const isCaseSensitive = (alias: string, entry: SkillEntry): boolean =>
  entry.ambiguous === true || (alias.length <= 5 && alias === alias.toUpperCase() && /[A-Z]/.test(alias));

// Not part of a longer word: no letter, digit, + or # on either side (so "C" is not found in "C++" or "CSS");
// a dot is allowed after a term ("… and Kubernetes.") but not a dot followed by a letter ("Node.js").
const BEFORE = String.raw`(?<![\p{L}\p{N}+#_@.])`;
const AFTER = String.raw`(?![\p{L}\p{N}+#]|\.[\p{L}\p{N}])`;

interface Compiled {
  regex: RegExp;
  /** alias (folded, or exact for case-sensitive) → entry */
  lookup: Map<string, SkillEntry>;
  caseSensitive: boolean;
}

let compiled: { insensitive: Compiled; sensitive: Compiled; ambiguousNames: Set<string> } | null = null;
let exact: Map<string, string> | null = null;

function compile(): NonNullable<typeof compiled> {
  const insensitive = new Map<string, SkillEntry>();
  const sensitive = new Map<string, SkillEntry>();
  const ambiguousNames = new Set<string>();
  for (const entry of skillsTaxonomy) {
    if (entry.ambiguous) ambiguousNames.add(entry.name);
    for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
      if (isCaseSensitive(alias, entry)) sensitive.set(alias, entry);
      else insensitive.set(fold(alias), entry);
    }
  }
  const pattern = (aliases: string[]): string =>
    aliases
      .sort((a, b) => b.length - a.length)
      .map((a) => escape(a).replace(/ /g, String.raw`\s+`))
      .join('|');
  return {
    insensitive: { regex: new RegExp(`${BEFORE}(${pattern([...insensitive.keys()])})${AFTER}`, 'giu'), lookup: insensitive, caseSensitive: false },
    sensitive: { regex: new RegExp(`${BEFORE}(${pattern([...sensitive.keys()])})${AFTER}`, 'gu'), lookup: sensitive, caseSensitive: true },
    ambiguousNames,
  };
}

/**
 * Every taxonomy skill mentioned in `text`, with what was written. Ambiguous skills ("Go", "R", "Excel") are
 * only reported when `includeAmbiguous` (the text is a skills section).
 */
export function findSkills(text: string, includeAmbiguous: boolean): SkillHit[] {
  compiled ??= compile();
  const hits: SkillHit[] = [];
  for (const c of [compiled.insensitive, compiled.sensitive]) {
    c.regex.lastIndex = 0;
    for (const m of text.matchAll(c.regex)) {
      const matched = m[1]!;
      const key = c.caseSensitive ? matched.replace(/\s+/g, ' ') : fold(matched);
      const entry = c.lookup.get(key);
      if (!entry) continue;
      if (entry.ambiguous && !includeAmbiguous) continue;
      hits.push({ name: entry.name, category: entry.category, matched, index: m.index });
    }
  }
  // The two passes can overlap ("SQL" inside "PL/SQL" is consumed by the longer alias in one pass only).
  hits.sort((a, b) => a.index - b.index || b.matched.length - a.matched.length);
  const out: SkillHit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.index < end) continue;
    out.push(h);
    end = h.index + h.matched.length;
  }
  return out;
}

/** A skill as typed in a CSV cell or JSON Resume keyword → its canonical name (unknown skills stay as written). */
export function canonicalSkill(name: string): string {
  if (!exact) {
    exact = new Map();
    for (const entry of skillsTaxonomy) {
      for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
        const key = fold(alias);
        if (!exact.has(key)) exact.set(key, entry.name);
      }
    }
  }
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return exact.get(fold(trimmed)) ?? trimmed;
}

/** Canonicalises and de-duplicates (case-insensitively, as candidate_skills' NOCASE key does). */
export function canonicalSkills(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = canonicalSkill(raw);
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
