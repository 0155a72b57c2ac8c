import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export const normalizeEmail = (address: string): string => address.trim().toLowerCase();

/** E.164 where the number parses; otherwise the bare digits so that equal input still matches. */
export function normalizePhone(number: string, defaultRegion = 'US'): string {
  const parsed = parsePhoneNumberFromString(number, defaultRegion as CountryCode);
  if (parsed?.isValid()) return parsed.number;
  const digits = number.replace(/[^\d+]/g, '');
  return digits;
}

/** linkedin.com/in/jane-doe/ and https://www.LinkedIn.com/in/Jane-Doe?trk=x compare equal. */
export function normalizeUrl(url: string): string {
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
