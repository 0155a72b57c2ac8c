import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export const normalizeEmail = (address: string): string => address.trim().toLowerCase();

/**
 * Recent answers of normalizePhone. Parsing is the costly part of a bulk import's row (~50 µs), and the same
 * number is normalised twice per row: once for the duplicate check, once by the insert. A small bounded map,
 * emptied when full, keeps both cheap without growing with the import.
 */
const recentPhones = new Map<string, string>();
const RECENT_PHONES = 4096;

/** E.164 where the number parses; otherwise the bare digits so that equal input still matches. */
export function normalizePhone(number: string, defaultRegion = 'US'): string {
  const key = `${defaultRegion}\u0000${number}`;
  const known = recentPhones.get(key);
  if (known !== undefined) return known;
  const parsed = parsePhoneNumberFromString(number, defaultRegion as CountryCode);
  const norm = parsed?.isValid() ? parsed.number : number.replace(/[^\d+]/g, '');
  if (recentPhones.size >= RECENT_PHONES) recentPhones.clear();
  recentPhones.set(key, norm);
  return norm;
}

/** Recent answers of normalizeUrl, for the same reason as recentPhones (URL parsing, twice per imported row). */
const recentUrls = new Map<string, string>();

/** linkedin.com/in/jane-doe/ and https://www.LinkedIn.com/in/Jane-Doe?trk=x compare equal. */
export function normalizeUrl(url: string): string {
  const known = recentUrls.get(url);
  if (known !== undefined) return known;
  const norm = normalizeUrlUncached(url);
  if (recentUrls.size >= RECENT_PHONES) recentUrls.clear();
  recentUrls.set(url, norm);
  return norm;
}

function normalizeUrlUncached(url: string): string {
  try {
    const u = new URL(url.trim());
    const host = u.hostname.toLowerCase().replace(/^(www\.|[a-z]{2}\.)(?=linkedin\.com$)/, '').replace(/^www\./, '');
    const pathname = decodeURIComponent(u.pathname).replace(/\/+$/, '');
    return `${host}${host.endsWith('linkedin.com') ? pathname.toLowerCase() : pathname}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

export const displayName = (first: string, last: string): string => [first, last].filter(Boolean).join(' ').trim();
