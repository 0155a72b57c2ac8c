import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse as parseVcard } from 'vcard4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAll } from '../../src-main/core/services/import/csv.js';
import { CANDIDATE_CSV_HEADERS } from '../../src-main/core/services/export/candidates-csv.js';
import { foldLine } from '../../src-main/core/services/export/vcard.js';
import { b64, exchangeCore, type ExchangeCore } from '../fixtures/core.js';

const require = createRequire(import.meta.url);
const sampleResume = () => structuredClone(require('resume-schema/sample.resume.json')) as Record<string, unknown> & { basics: Record<string, unknown> };
const validateResume = (resume: unknown): Promise<{ valid: boolean; errors?: unknown }> =>
  new Promise((resolve) => {
    (require('resume-schema') as { validate(r: unknown, cb: (err: unknown, res?: { valid: boolean }) => void): void }).validate(resume, (err, res) =>
      resolve(err ? { valid: false, errors: err } : { valid: res!.valid }),
    );
  });

let t: ExchangeCore;
let tricky: number;
beforeAll(async () => {
  t = await exchangeCore();
  await t.call('demo:load-sample', { candidates: 60, seed: 11 });
  const c = await t.call('candidates:create-candidate', {
    firstName: 'Zoë',
    lastName: "O'Brien-Søndergaard",
    headline: 'Lead engineer; payments, risk & "fraud" — 10 years\nsecond line of the note that is long enough to be folded by the vCard writer ✓',
    currentTitle: 'Head of Engineering, EMEA',
    currentCompany: 'Müller & Söhne GmbH; Zürich',
    city: 'Zürich',
    region: 'ZH',
    country: 'CH',
    tags: ['vip', 'needs, care', '=HYPERLINK("x")'],
    emails: [{ address: 'zoe@muller.example', label: 'work' }, { address: 'zoe.private@mail.example' }],
    phones: [{ number: '+41 44 668 18 00' }, { number: '+47 22 12 34 56' }],
    links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/zoe-obrien' }, { kind: 'github', url: 'https://github.com/zoeob' }],
    skills: [{ name: 'TypeScript', level: 5 }, { name: 'Kubernetes' }],
    languages: ['English', 'German'],
    experience: [{ title: 'Head of Engineering', company: 'Müller & Söhne GmbH', start: '2021-03' }, { title: 'Engineer', company: 'Ember Payments', start: '2016', end: '2021-02' }],
    education: [{ institution: 'ETH Zürich', degree: 'MSc', field: 'Computer Science', end: '2015' }],
    allowDuplicate: true,
  });
  tricky = c.id;
});
afterAll(() => t.close());

describe('export:candidates-csv', () => {
  it('writes UTF-8 with a BOM, CRLF, formula-guarded cells, one row per live candidate', async () => {
    const file = await t.call('export:candidates-csv', {});
    expect(file).toMatchObject({ filename: 'rapport-candidates-2026-03-01.csv', mime: 'text/csv', count: 61 });
    expect(file.content.startsWith('\ufeffFirst Name,Last Name,Email')).toBe(true);
    expect(file.content).toContain('\r\n');
    const records = readAll(file.content.slice(1), ',');
    expect(records[0]!.fields).toEqual(CANDIDATE_CSV_HEADERS);
    const row = records.find((r) => r.fields[CANDIDATE_CSV_HEADERS.indexOf('Rapport ID')] === String(tricky))!.fields;
    const col = (h: string) => row[CANDIDATE_CSV_HEADERS.indexOf(h)];
    expect(col('First Name')).toBe('Zoë');
    expect(col('Phone')).toBe("'+41 44 668 18 00");
    expect(col('Phone 2')).toBe("'+47 22 12 34 56");
    expect(col('Company')).toBe('Müller & Söhne GmbH; Zürich');
    expect(col('Tags')).toBe(`'=HYPERLINK("x"); needs, care; vip`);
  });

  it('exports only the asked candidates', async () => {
    const file = await t.call('export:candidates-csv', { candidateIds: [tricky, 1] });
    expect(file.count).toBe(2);
  });

  it('re-imports into an empty vault with the generic preset and the same data comes back', async () => {
    const file = await t.call('export:candidates-csv', { candidateIds: [tricky] });
    const other = await exchangeCore();
    try {
      const preview = await other.call('import:preview-csv', { content: b64(file.content) });
      expect(preview.unmapped).toEqual([]);
      const result = await other.call('import:run-csv', { content: b64(file.content), onError: 'abort' });
      expect(result.counts.created).toBe(1);
      const [a, b] = [await t.call('candidates:get-candidate', { id: tricky }), await other.call('candidates:get-candidate', { id: result.rows[0]!.candidateId! })];
      const pick = (c: typeof a) => ({
        name: [c.firstName, c.lastName],
        title: c.currentTitle,
        company: c.currentCompany,
        where: [c.city, c.region, c.country],
        headline: c.headline,
        emails: c.emails.map((e) => e.address),
        phones: c.phones.map((p) => p.number),
        links: c.links,
        skills: c.skills.map((s) => s.name).sort(),
        tags: [...c.tags].sort(),
        languages: c.languages,
      });
      // Tags with a comma inside split on re-import (a CSV list cell cannot tell them apart): compare the rest.
      expect({ ...pick(b), tags: [] }).toEqual({ ...pick(a), tags: [] });
      expect(b.tags.sort()).toEqual(['=HYPERLINK("x")', 'care', 'needs', 'vip']);
    } finally {
      await other.close();
    }
  });
});

describe('export:vcard (vCard 4.0)', () => {
  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `NOTE:${'é'.repeat(60)}✓${'x'.repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\ufffd');
  });

  it('writes valid cards that vcard4 parses back, with escaping and tel: URIs', async () => {
    const file = await t.call('export:vcard', { include: 'candidates', candidateIds: [tricky] });
    expect(file).toMatchObject({ mime: 'text/vcard', count: 1 });
    expect(file.content).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(file.content.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const line of file.content.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(file.content).toContain('ORG:Müller & Söhne GmbH\\; Zürich');
    expect(file.content).toContain('TITLE:Head of Engineering\\, EMEA');
    expect(file.content).toContain('CATEGORIES:=HYPERLINK("x"),needs\\, care,vip');
    const card = parseVcard(file.content) as Exclude<ReturnType<typeof parseVcard>, unknown[]>;
    const prop = (name: string) => card.getProperty(name);
    expect(prop('FN')[0]!.value).toBe("Zoë O'Brien-Søndergaard");
    expect(prop('N')[0]!.value).toMatchObject({ familyNames: "O'Brien-Søndergaard", givenNames: 'Zoë' });
    expect(prop('TEL')[0]).toMatchObject({ value: 'tel:+41446681800', parameters: { VALUE: 'uri', PREF: '1' } });
    expect(prop('EMAIL').map((e) => e.value)).toEqual(['zoe@muller.example', 'zoe.private@mail.example']);
    expect(prop('EMAIL')[0]!.parameters).toMatchObject({ TYPE: 'work', PREF: '1' });
    expect(prop('URL').map((u) => u.value)).toEqual(['https://www.linkedin.com/in/zoe-obrien', 'https://github.com/zoeob']);
    expect(prop('NOTE')[0]!.value).toContain('second line of the note');
    expect(prop('UID')[0]!.value).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('exports candidates and client contacts together; the same record keeps its UID', async () => {
    const all = await t.call('export:vcard', {});
    const contacts = (t.db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
    expect(all.count).toBe(61 + contacts);
    const cards = parseVcard(all.content) as unknown[];
    expect(cards).toHaveLength(61 + contacts);
    const again = await t.call('export:vcard', {});
    expect(again.content).toBe(all.content);
  });

  const vobject = existsSync('/usr/bin/python3') && spawnSync('/usr/bin/python3', ['-c', 'import vobject'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!vobject)('Python vobject (Debian python3-vobject) reads every card with the same names and e-mails', async () => {
    const all = await t.call('export:vcard', {});
    const script = [
      'import sys, json, vobject',
      'out = []',
      'for c in vobject.readComponents(sys.stdin.read()):',
      '    assert c.version.value == "4.0"',
      '    out.append({"fn": c.fn.value, "emails": [e.value for e in c.contents.get("email", [])], "n": [c.n.value.family, c.n.value.given]})',
      'print(json.dumps(out))',
    ].join('\n');
    const res = spawnSync('/usr/bin/python3', ['-c', script], { input: all.content, encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    const cards = JSON.parse(res.stdout) as { fn: string; emails: string[]; n: [string, string] }[];
    const zoe = cards.find((c) => c.emails.includes('zoe@muller.example'))!;
    expect(zoe).toEqual({ fn: "Zoë O'Brien-Søndergaard", emails: ['zoe@muller.example', 'zoe.private@mail.example'], n: ["O'Brien-Søndergaard", 'Zoë'] });
    const contacts = (t.db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
    expect(cards).toHaveLength(61 + contacts);
  });
});

describe('JSON Resume (resume-schema’s own sample as third-party input)', () => {
  it('imports sample.resume.json: fields mapped, what has no field reported, the document kept', async () => {
    const result = await t.call('import:json-resume', { resume: sampleResume(), filename: 'richard.resume.json' });
    expect(result.status).toBe('created');
    const c = await t.call('candidates:get-candidate', { id: result.candidateId! });
    expect(c).toMatchObject({
      firstName: 'Richard',
      lastName: 'Hendriks',
      headline: 'Programmer',
      city: 'San Francisco',
      region: 'California',
      country: 'US',
      source: 'JSON Resume',
      emails: [{ address: 'richard.hendriks@mail.com', primary: true }],
      phones: [{ number: '(912) 555-4321' }],
      languages: ['English'],
    });
    expect(c.links).toEqual([
      { kind: 'website', url: 'http://richardhendricks.example.com' },
      { kind: 'other', url: 'https://twitter.com/neutralthoughts' },
      { kind: 'website', url: 'https://soundcloud.example.com/dandymusicnl' },
    ]);
    expect(c.skills.map((s) => s.name).sort()).toEqual(['Compression', 'CSS', 'GIF', 'HTML', 'JavaScript', 'MP4', 'Mpeg', 'Web Development'].sort());
    expect(c.skills.find((s) => s.name === 'JavaScript')!.level).toBe(5);
    expect(c.experience).toEqual([
      { title: 'CEO/President', company: 'Pied Piper', start: '2013-12-01', end: '2014-12-01', summary: expect.stringContaining('• Successfully won Techcrunch Disrupt') },
    ]);
    expect(c.education).toEqual([{ institution: 'University of Oklahoma', degree: 'Bachelor', field: 'Information Technology', end: '2014-01-01' }]);
    expect(result.messages).toContain('basics.summary is kept with the attached resume.json (no candidate field for it)');
    const att = t.db.prepare('SELECT mime, kind, text FROM attachments WHERE id = ?').get(result.attachmentId) as { mime: string; kind: string; text: string };
    expect(att).toMatchObject({ mime: 'application/json', kind: 'resume' });
    expect(JSON.parse(att.text)).toEqual(sampleResume());
  });

  it('the same resume again is a duplicate (skip), or fills empty fields (merge)', async () => {
    const again = await t.call('import:json-resume', { resume: sampleResume() });
    expect(again).toMatchObject({ status: 'duplicate', attachmentId: null });
    expect(again.matches[0]).toMatchObject({ kind: 'exact', candidateId: again.candidateId });
    expect(again.matches[0]!.reasons).toContain('same e-mail (richard.hendriks@mail.com)');
    const changed = sampleResume();
    changed.basics.label = 'CEO';
    const merged = await t.call('import:json-resume', { resume: changed, duplicates: 'merge-empty-fields' });
    expect(merged).toMatchObject({ status: 'updated', candidateId: again.candidateId });
    expect((await t.call('candidates:get-candidate', { id: again.candidateId! })).headline).toBe('Programmer');
  });

  it('refuses a document without a name and one that is not a resume', async () => {
    expect(await t.fail('import:json-resume', { resume: { basics: { email: 'x@y.org' } } })).toMatchObject({ code: 'invalid_input', field: 'resume.basics.name' });
    expect(await t.fail('import:json-resume', { resume: { basics: 'nope' } })).toMatchObject({ code: 'invalid_input' });
  });

  it('exports a candidate as JSON Resume that the resume-schema validator accepts, and it imports back', async () => {
    const out = await t.call('export:json-resume', { candidateId: tricky });
    expect(out.filename).toBe('zoe-o-brien-sondergaard.resume.json');
    expect(await validateResume(out.resume)).toEqual({ valid: true });
    expect(JSON.parse(out.json)).toEqual(out.resume);
    expect(out.resume).toMatchObject({
      basics: {
        name: "Zoë O'Brien-Søndergaard",
        email: 'zoe@muller.example',
        location: { city: 'Zürich', region: 'ZH', countryCode: 'CH' },
        profiles: [
          { network: 'LinkedIn', username: 'zoe-obrien', url: 'https://www.linkedin.com/in/zoe-obrien' },
          { network: 'GitHub', username: 'zoeob', url: 'https://github.com/zoeob' },
        ],
      },
      work: [
        { name: 'Müller & Söhne GmbH', position: 'Head of Engineering', startDate: '2021-03' },
        { name: 'Ember Payments', position: 'Engineer', startDate: '2016', endDate: '2021-02' },
      ],
      skills: [{ name: 'Kubernetes' }, { name: 'TypeScript', level: 'Expert' }],
    });
    const other = await exchangeCore();
    try {
      const back = await other.call('import:json-resume', { resume: out.resume });
      const c = await other.call('candidates:get-candidate', { id: back.candidateId! });
      expect(c).toMatchObject({ firstName: 'Zoë', lastName: "O'Brien-Søndergaard", city: 'Zürich', country: 'CH', currentTitle: 'Head of Engineering', currentCompany: 'Müller & Söhne GmbH' });
      expect(c.skills).toEqual([{ name: 'Kubernetes', level: null, years: null }, { name: 'TypeScript', level: 5, years: null }]);
      expect(c.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
        ['Head of Engineering', 'Müller & Söhne GmbH', '2021-03', undefined],
        ['Engineer', 'Ember Payments', '2016', '2021-02'],
      ]);
    } finally {
      await other.close();
    }
  });

  it('the export of the imported sample validates too', async () => {
    const id = (t.db.prepare(`SELECT id FROM candidates WHERE first_name = 'Richard'`).get() as { id: number }).id;
    const out = await t.call('export:json-resume', { candidateId: id });
    expect(await validateResume(out.resume)).toEqual({ valid: true });
    expect(await t.fail('export:json-resume', { candidateId: 999_999 })).toMatchObject({ code: 'not_found' });
  });
});
