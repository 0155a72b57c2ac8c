import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, stableUid, vcard } from '../vcard.js';

/** RFC 6350 §3.2: unfolding removes every CRLF followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const unescape = (value: string) => value.replace(/\\([\\,;nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('vCard 4 writer', () => {
  it('escapes backslash, comma, semicolon and newlines in text values', () => {
    expect(escapeText('a\\b, c; d\ne')).toBe('a\\\\b\\, c\\; d\\ne');
  });

  it('folding then unfolding gives the line back, every physical line ≤ 75 octets (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const line = `NOTE:${escapeText(s)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
        expect(unescape(unfold(folded).slice(5))).toBe(s.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });

  it('writes CRLF-terminated cards with a structured name, tel: URI and no empty optional lines', () => {
    const card = vcard({ uid: 'urn:uuid:x', fn: 'Ada Lovelace', first: 'Ada', last: 'Lovelace', emails: [], phones: [{ number: '+44 20 7946 0000', e164: '+442079460000', primary: true }], urls: [] });
    expect(card).toBe('BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nUID:urn:uuid:x\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nTEL;VALUE=uri;TYPE=voice;PREF=1:tel:+442079460000\r\nEND:VCARD\r\n');
  });

  it('gives a record a stable, well-formed UID', () => {
    const a = stableUid('candidate', 7, '2026-01-01T00:00:00Z');
    expect(a).toBe(stableUid('candidate', 7, '2026-01-01T00:00:00Z'));
    expect(a).not.toBe(stableUid('contact', 7, '2026-01-01T00:00:00Z'));
    expect(a).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
