/** Pure helpers of the command palette: turning typed text into queries and ranking what is found. */

/** Letters and digits only, lower-cased (so OR/NOT never become operators), each word a prefix when it can be. */
export function toCandidateQuery(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.map((w) => (w.length >= 2 ? `${w}*` : w)).join(' ');
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/**
 * 0 when any word is missing; otherwise higher for matches at the start of the text or of a word, so
 * "eng" ranks "Engineer" above "Data engineering".
 */
export function matchScore(haystack: string, text: string): number {
  const hay = fold(haystack);
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  let score = 0;
  for (const w of words) {
    const i = hay.indexOf(w);
    if (i < 0) return 0;
    score += i === 0 ? 3 : /[\s\-/(,.]/.test(hay[i - 1]!) ? 2 : 1;
  }
  return score;
}

/** The items whose text matches, best first, stable for equal scores; at most `limit`. */
export function rank<T>(items: readonly T[], text: (item: T) => string, query: string, limit: number): T[] {
  return items
    .map((item, i) => ({ item, i, s: matchScore(text(item), query) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.item);
}

/** "reminders" → "Reminders": screen ids become action labels, so screens added later appear on their own. */
export const screenLabel = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);
