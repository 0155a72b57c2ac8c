import { countryCode } from './countries.js';

export type LinkKind = 'linkedin' | 'github' | 'portfolio' | 'website' | 'other';

const PORTFOLIO_HOSTS = /(^|\.)(behance\.net|dribbble\.com|artstation\.com|deviantart\.com|medium\.com|substack\.com|gitlab\.com|bitbucket\.org|stackoverflow\.com|kaggle\.com)$/;

/** Social profiles are neither a portfolio nor the person's own website. */
const SOCIAL_HOSTS = /(^|\.)(twitter\.com|x\.com|facebook\.com|instagram\.com|threads\.net|bsky\.app|youtube\.com|tiktok\.com|xing\.com)$/;

/** "linkedin.com/in/x", "www.x.dev", "https://x" → an absolute http(s) URL, or null. */
export function toUrl(value: string): string | null {
  let v = value.trim().replace(/[)\].,;:]+$/, '');
  if (v === '' || /\s/.test(v)) return null;
  if (!/^https?:\/\//i.test(v)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(v) && !/^[^:/]+\.[a-z]{2,}[:/]/i.test(v)) return null;
    v = `https://${v.replace(/^\/+/, '')}`;
  }
  try {
    const u = new URL(v);
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(u.hostname) || !/\.[a-z]{2,}$/i.test(u.hostname)) return null;
    return u.href.length > 2000 ? null : v;
  } catch {
    return null;
  }
}

export function linkKind(url: string): LinkKind {
  let host: string;
  let path: string;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase().replace(/^www\./, '');
    path = u.pathname;
  } catch {
    return 'other';
  }
  if (/(^|\.)linkedin\.com$/.test(host)) return /^\/(in|pub)\//i.test(path) ? 'linkedin' : 'other';
  if (host === 'github.com') return 'github';
  if (PORTFOLIO_HOSTS.test(host)) return 'portfolio';
  if (SOCIAL_HOSTS.test(host)) return 'other';
  return 'website';
}

/** "Oslo, Norway" / "Austin, TX, United States" / "Berlin" → parts; the country only when recognised. */
export function parseLocation(value: string): { city: string; region: string; country: string } {
  const parts = value
    .split(/\s*[,/·|]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { city: '', region: '', country: '' };
  const last = parts[parts.length - 1]!;
  const code = parts.length > 1 ? countryCode(last) : null;
  const rest = code ? parts.slice(0, -1) : parts;
  // "Austin, TX" — a 2-letter upper-case second part that is not a country is a region.
  return { city: rest[0] ?? '', region: rest.slice(1).join(', '), country: code ?? '' };
}
