import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeUtf16be, encodeUtf16le, encodeUtf8, encodeWindows1252 } from '../../../../../test/fixtures/text-encodings.js';
import { CsvReader, csvLine, detectDelimiter, findHeader, readAll, unguardCell } from '../csv.js';
import { decodeText } from '../encoding.js';
import { detectPreset, mappingFor, matchesSignature, presets } from '../presets.js';

const fixtures = path.resolve(import.meta.dirname, '../../../../../test/fixtures/csv');
const sample = 'Name;City;Note\r\nSøren Ström;København;"Café, crème brûlée € — “quoted”"\r\n';

describe('encoding detection', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(encodeUtf8(sample))).toEqual({ encoding: 'utf-8', text: sample });
  });
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeText(encodeUtf8(sample, true))).toEqual({ encoding: 'utf-8-bom', text: sample });
  });
  it('reads UTF-16LE with a BOM as Excel writes "Unicode Text"', () => {
    expect(decodeText(encodeUtf16le(sample))).toEqual({ encoding: 'utf-16le', text: sample });
  });
  it('reads UTF-16BE with a BOM', () => {
    expect(decodeText(encodeUtf16be(sample))).toEqual({ encoding: 'utf-16be', text: sample });
  });
  it('recognises UTF-16LE without a BOM by its NUL bytes', () => {
    expect(decodeText(encodeUtf16le(sample, false))).toEqual({ encoding: 'utf-16le', text: sample });
  });
  it('falls back to Windows-1252 for bytes that are not UTF-8 (€, curly quotes, dashes too)', () => {
    const bytes = encodeWindows1252(sample);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes)).toEqual({ encoding: 'windows-1252', text: sample });
  });
  it('honours an explicit override', () => {
    expect(decodeText(encodeUtf8('abc'), 'windows-1252').encoding).toBe('windows-1252');
  });
  it('never throws and round-trips any text through UTF-8 and UTF-16', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const text = `x${s}`;
        expect(decodeText(encodeUtf8(text, true)).text).toBe(text);
        expect(decodeText(encodeUtf16le(text)).text).toBe(text);
      }),
    );
  });
});

describe('CSV reader', () => {
  it('handles quotes, doubled quotes, embedded delimiters and newlines, and reports start lines', () => {
    const text = 'a,b,c\n1,"x, y","he said ""hi"""\n2,"multi\nline\r\nvalue",z\r\n3,,\n';
    const records = readAll(text, ',');
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'he said "hi"'],
      ['2', 'multi\nline\r\nvalue', 'z'],
      ['3', '', ''],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 6]);
  });
  it('accepts CR-only line ends, a missing final newline and a trailing delimiter', () => {
    expect(readAll('a;b\r1;2\r3;', ';').map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2'], ['3', '']]);
  });
  it('is lenient with an unterminated quote and with text after a closing quote', () => {
    expect(readAll('"ab"c,d\n"open', ',').map((r) => r.fields)).toEqual([['abc', 'd'], ['open']]);
  });
  it('writes what it reads (property)', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom(',', ';', '\t', '|'), fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (d, rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const text = table.map((r) => csvLine(r, d, false)).join('\r\n');
        const back = readAll(text, d as ',').map((r) => r.fields);
        expect(back).toEqual(table);
      }),
    );
  });
  it('guards cells that a spreadsheet would run as formulas, and import undoes the guard', () => {
    expect(csvLine(['=SUM(A1)', '+47 22 33 44 55', '-x', '@y', 'plain'])).toBe("'=SUM(A1),'+47 22 33 44 55,'-x,'@y,plain");
    expect(unguardCell("'+47 22 33 44 55")).toBe('+47 22 33 44 55');
    expect(unguardCell("'quoted")).toBe("'quoted");
  });
  it('can stop after any record (so long imports can yield)', () => {
    const reader = new CsvReader('a\nb\nc', ',');
    expect(reader.next()?.fields).toEqual(['a']);
    expect(reader.done).toBe(false);
    reader.next();
    reader.next();
    expect(reader.next()).toBeNull();
  });
});

describe('delimiter and header detection', () => {
  it.each([
    [',', 'First Name,Last Name,Email\nAda,Lovelace,ada@x.example\nAlan,Turing,alan@x.example\n'],
    [';', 'Vorname;Nachname;E-Mail\nJürgen;Müller;j@x.example\nAnna;Weber;"a;b@x.example"\n'],
    ['\t', 'Name\tPhone\tCity\nAda\t+44 20 7946 0000\tLondon, UK\nAlan\t+44 161 496 0000\tManchester\n'],
    ['|', 'name|email|city\nAda|ada@x.example|London, England\nAlan|alan@x.example|Manchester\n'],
  ])('detects %j', (delimiter, text) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
  it('finds the header after LinkedIn’s "Notes:" preamble', () => {
    const text = readFileSync(path.join(fixtures, 'linkedin-connections.csv'), 'utf8');
    expect(detectDelimiter(text)).toBe(',');
    const records = readAll(text, ',');
    const index = findHeader(records, (f) => matchesSignature(presets['linkedin-connections'], f));
    expect(records[index]!.fields[0]).toBe('First Name');
    expect(records[index]!.line).toBe(4);
    // Without the signature the width heuristic finds it too.
    expect(findHeader(records, () => false)).toBe(index);
  });
});

describe('presets', () => {
  it('recognises LinkedIn Connections.csv and maps its columns', () => {
    const headers = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
    const preset = detectPreset(headers);
    expect(preset.name).toBe('linkedin-connections');
    expect(mappingFor(preset, headers).mapping).toEqual(['firstName', 'lastName', 'linkedin', 'email', 'currentCompany', 'currentTitle', null]);
  });
  it('maps common header spellings with the generic preset and lists the unknown ones', () => {
    const headers = ['Full Name', 'E-mail Address', 'Mobile', 'Job Title', 'Employer', 'Location', 'Favourite colour'];
    const preset = detectPreset(headers);
    expect(preset.name).toBe('generic');
    const { mapping, unmapped } = mappingFor(preset, headers);
    expect(mapping).toEqual(['fullName', 'email', 'phone', 'currentTitle', 'currentCompany', 'location', null]);
    expect(unmapped).toEqual(['Favourite colour']);
  });
  it('maps the headers of German, French, Spanish, Dutch and Nordic exports', () => {
    const cases: [string[], (string | null)[]][] = [
      [['Vorname', 'Nachname', 'E-Mail-Adresse', 'Handy', 'Firma', 'Berufsbezeichnung', 'Ort', 'Land', 'Kenntnisse'], ['firstName', 'lastName', 'email', 'phone', 'currentCompany', 'currentTitle', 'city', 'country', 'skills']],
      [['Prénom', 'Nom', 'Courriel', 'Téléphone', 'Entreprise', 'Poste', 'Ville', 'Pays'], ['firstName', 'lastName', 'email', 'phone', 'currentCompany', 'currentTitle', 'city', 'country']],
      [['Nombre', 'Apellidos', 'Correo electrónico', 'Teléfono', 'Empresa', 'Puesto', 'Ciudad', 'País'], ['firstName', 'lastName', 'email', 'phone', 'currentCompany', 'currentTitle', 'city', 'country']],
      [['Voornaam', 'Achternaam', 'Bedrijf', 'Functie', 'Woonplaats'], ['firstName', 'lastName', 'currentCompany', 'currentTitle', 'city']],
      [['Fornavn', 'Etternavn', 'E-post', 'Arbeidsgiver', 'Stilling'], ['firstName', 'lastName', 'email', 'currentCompany', 'currentTitle']],
    ];
    for (const [headers, expected] of cases) {
      const { mapping, unmapped } = mappingFor(detectPreset(headers), headers);
      expect(mapping, headers.join(';')).toEqual(expected);
      expect(unmapped).toEqual([]);
    }
  });
});

describe('country names', () => {
  it('maps names in several languages and codes to ISO codes, never to withdrawn codes', async () => {
    const { countryCode } = await import('../countries.js');
    expect(['Germany', 'Deutschland', 'Allemagne', 'DE', 'de', 'Russia', 'Serbia', 'UK', 'United Kingdom', 'Norge', 'Sverige', 'USA', 'Türkiye'].map(countryCode)).toEqual([
      'DE', 'DE', 'DE', 'DE', 'DE', 'RU', 'RS', 'GB', 'GB', 'NO', 'SE', 'US', 'TR',
    ]);
    expect(countryCode('Narnia')).toBeNull();
    expect(countryCode('DD')).toBeNull();
    expect(countryCode('EU')).toBeNull();
  });
});
