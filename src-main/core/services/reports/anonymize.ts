/** Initials of the first given name and the last surname part: "Ana María" "de la Cruz" → "A. C." */
export function initials(firstName: string, lastName: string): string {
  const first = firstName.trim().split(/\s+/)[0] ?? '';
  const lastParts = lastName.trim().split(/\s+/).filter(Boolean);
  const last = lastParts[lastParts.length - 1] ?? '';
  const letter = (s: string) => (s ? `${[...s][0]!.toUpperCase()}.` : '');
  return [letter(first), letter(last)].filter(Boolean).join(' ') || '—';
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Seven or more digits with the usual separators: phone numbers, not years or salaries written with separators.
const PHONE = /\+?\d[\d\s().-]{5,}\d/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Free text with the candidate's identity taken out: e-mail addresses, phone numbers and links removed, every
 * part of their name replaced by its initial. Used for every text field of an anonymised profile.
 */
export function scrub(text: string, names: readonly string[]): string {
  let out = text.replace(EMAIL, '[e-mail removed]').replace(URL, '[link removed]');
  out = out.replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 7 ? '[phone removed]' : m));
  // Whole names, then each part (hyphenated surnames too), longest first so "Ström-Łukasiewicz" goes before "Ström".
  const parts = [...new Set(names.flatMap((n) => [n.trim(), ...n.split(/\s+/), ...n.split(/[\s-]+/)]).filter((p) => p.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  for (const p of parts) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}(?![\\p{L}\\p{N}])`, 'giu'), `${[...p][0]!.toUpperCase()}.`);
  }
  return out;
}
