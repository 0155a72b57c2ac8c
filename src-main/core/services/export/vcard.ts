import { createHash } from 'node:crypto';
import type { TextFile } from '../../../../src-shared/domain/exchange.js';
import type { ReadDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import { countryName } from '../import/countries.js';
import { normalizePhone } from '../normalize.js';
import { exportCandidates } from './candidate-rows.js';

/**
 * vCard 4.0 (RFC 6350): CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character,
 * text values escaped (backslash, comma, semicolon, newline). Phones that parse go out as tel: URIs.
 */

/** RFC 6350 §3.4: escape in text values; `,` and `;` also separate list items and structured components. */
export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');

/** RFC 6350 §3.2: a line longer than 75 octets continues on the next line after CRLF and one space. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(bytes.length, start + limit);
    // Never cut inside a multi-byte character: back up to a lead byte.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    out.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74; // the leading space of a continuation line counts
  }
  return out.join('\r\n ');
}

export interface VcardPerson {
  uid: string;
  fn: string;
  last: string;
  first: string;
  org?: string;
  title?: string;
  emails: { address: string; primary: boolean; label?: string }[];
  phones: { number: string; e164: string | null; primary: boolean; label?: string }[];
  urls: string[];
  address?: { city: string; region: string; country: string };
  categories?: string[];
  note?: string;
  rev?: string;
}

const TYPE_FOR_LABEL: Record<string, string> = { work: 'work', home: 'home', mobile: 'cell', cell: 'cell', personal: 'home' };

function typeParam(label: string | undefined, phone: boolean): string {
  const l = (label ?? '').trim().toLowerCase();
  const known = TYPE_FOR_LABEL[l];
  if (known === 'cell' && !phone) return '';
  if (known) return `;TYPE=${known}`;
  return phone ? ';TYPE=voice' : '';
}

const revTimestamp = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/Z?$/, 'Z');

export function vcard(p: VcardPerson): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:individual', `UID:${p.uid}`, `FN:${escapeText(p.fn)}`, `N:${escapeText(p.last)};${escapeText(p.first)};;;`];
  if (p.org) lines.push(`ORG:${escapeText(p.org)}`);
  if (p.title) lines.push(`TITLE:${escapeText(p.title)}`);
  p.emails.forEach((e, i) => lines.push(`EMAIL${typeParam(e.label, false)}${e.primary || i === 0 ? ';PREF=1' : ''}:${escapeText(e.address)}`));
  p.phones.forEach((t, i) => {
    const pref = t.primary || i === 0 ? ';PREF=1' : '';
    lines.push(t.e164 ? `TEL;VALUE=uri${typeParam(t.label, true)}${pref}:tel:${t.e164}` : `TEL;VALUE=text${typeParam(t.label, true)}${pref}:${escapeText(t.number)}`);
  });
  if (p.address && (p.address.city || p.address.region || p.address.country)) {
    const country = p.address.country ? countryName(p.address.country) : '';
    lines.push(`ADR:;;;${escapeText(p.address.city)};${escapeText(p.address.region)};;${escapeText(country)}`);
  }
  for (const url of p.urls) lines.push(`URL:${url}`);
  if (p.categories && p.categories.length > 0) lines.push(`CATEGORIES:${p.categories.map(escapeText).join(',')}`);
  if (p.note) lines.push(`NOTE:${escapeText(p.note)}`);
  if (p.rev) lines.push(`REV:${revTimestamp(p.rev)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A stable urn:uuid for a record (same vault, same record → same UID across exports), shaped as a v5-style UUID. */
export function stableUid(kind: string, id: number, createdAt: string): string {
  const h = createHash('sha1').update(`rapport:${kind}:${id}:${createdAt}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const e164 = (norm: string): string | null => (/^\+\d{6,15}$/.test(norm) ? norm : null);

export async function exportVcards(
  db: ReadDb,
  options: { include: 'all' | 'candidates' | 'contacts'; candidateIds?: readonly number[] | undefined; contactIds?: readonly number[] | undefined; defaultRegion: string; date: string },
): Promise<TextFile> {
  const cards: string[] = [];
  if (options.include !== 'contacts') {
    for await (const chunk of exportCandidates(db, options.candidateIds)) {
      for (const c of chunk) {
        cards.push(
          vcard({
            uid: stableUid('candidate', c.id, c.created_at),
            fn: c.display_name,
            first: c.first_name,
            last: c.last_name,
            org: c.current_company,
            title: c.current_title,
            emails: c.emails.map((e) => ({ address: e.address, primary: e.primary, label: e.label })),
            phones: c.phones.map((p) => ({ number: p.number, e164: e164(p.norm), primary: p.primary, label: p.label })),
            urls: c.links.map((l) => l.url),
            address: { city: c.city, region: c.region, country: c.country },
            categories: c.tags,
            note: c.headline,
            rev: c.updated_at,
          }),
        );
      }
    }
  }
  if (options.include !== 'candidates') {
    const filter = options.contactIds ? ' WHERE k.id IN (SELECT value FROM json_each(?))' : '';
    const rows = sql(
      db,
      `SELECT k.id, k.first_name, k.last_name, k.title, k.email, k.phone, k.notes, k.created_at, k.updated_at, c.name AS company, c.city, c.country
       FROM contacts k JOIN clients c ON c.id = k.client_id${filter} ORDER BY k.id`,
    ).all(...(options.contactIds ? [JSON.stringify(options.contactIds)] : [])) as {
      id: number;
      first_name: string;
      last_name: string;
      title: string;
      email: string;
      phone: string;
      notes: string;
      created_at: string;
      updated_at: string;
      company: string;
      city: string;
      country: string;
    }[];
    for (const k of rows) {
      cards.push(
        vcard({
          uid: stableUid('contact', k.id, k.created_at),
          fn: [k.first_name, k.last_name].filter(Boolean).join(' '),
          first: k.first_name,
          last: k.last_name,
          org: k.company,
          title: k.title,
          emails: k.email ? [{ address: k.email, primary: true, label: 'work' }] : [],
          phones: k.phone ? [{ number: k.phone, e164: e164(normalizePhone(k.phone, options.defaultRegion)), primary: true, label: 'work' }] : [],
          urls: [],
          note: k.notes,
          rev: k.updated_at,
        }),
      );
    }
  }
  return { filename: `rapport-contacts-${options.date}.vcf`, mime: 'text/vcard', content: cards.join(''), count: cards.length };
}
