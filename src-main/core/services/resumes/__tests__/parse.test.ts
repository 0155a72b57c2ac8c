import { describe, expect, it } from 'vitest';
import {
  emptyScore,
  generateResumes,
  linkKey,
  phoneKey,
  precision,
  recall,
  renderDocx,
  renderPdf,
  renderText,
  score,
  type FieldScore,
} from '../../../../../test/fixtures/resumes/generate.js';
import { TEXT_RESUME } from '../../../../../test/fixtures/resumes/files.js';
import { extractResumeText } from '../extract.js';
import { joinWrappedUrls, normalizeDate, parseResumeText } from '../parse.js';
import { buildDraft } from '../resume-import.js';

const parse = (text: string, region = 'US') => parseResumeText(text, { defaultRegion: region });

describe('resume parsing', () => {
  it('reads every field of a plain resume, each with a confidence', () => {
    const p = parse(TEXT_RESUME);
    expect(p.name).toMatchObject({ first: 'Jane', last: 'Doe' });
    expect(p.name!.confidence).toBeGreaterThan(0.9);
    expect(p.headline?.value).toBe('Senior Backend Engineer');
    expect(p.emails.map((e) => e.value)).toEqual(['jane.doe@mail.example']);
    expect(p.phones).toEqual([{ value: '+47 912 34 567', e164: '+4791234567', confidence: expect.any(Number) }]);
    expect(p.links.map((l) => [l.kind, l.url])).toEqual([
      ['linkedin', 'https://www.linkedin.com/in/jane-doe-42'],
      ['github', 'https://github.com/janedoe'],
    ]);
    expect(p.location).toMatchObject({ city: 'Oslo', country: 'NO' });
    expect(p.skills.map((s) => s.name).sort()).toEqual(['Go', 'JavaScript', 'Kafka', 'Kubernetes', 'Microservices', 'PostgreSQL', 'Terraform']);
    expect(p.skills.find((s) => s.name === 'JavaScript')).toMatchObject({ matched: 'JS', confidence: 0.95 });
    expect(p.skills.find((s) => s.name === 'Microservices')!.confidence).toBeLessThan(0.95);
    expect(p.experience).toEqual([
      { title: 'Senior Backend Engineer', company: 'Bluefjord Systems', start: '2021-03', end: null, current: true, confidence: expect.any(Number) },
      { title: 'Backend Engineer', company: 'Ember Payments', start: '2017', end: '2021', current: false, confidence: expect.any(Number) },
    ]);
    expect(p.education).toEqual([{ institution: 'KTH Royal Institute of Technology', degree: 'MSc', field: 'Computer Science', end: '2016', confidence: 0.9 }]);
    for (const c of [p.name!, ...p.emails, ...p.phones, ...p.links, p.location!, ...p.skills, ...p.experience, ...p.education]) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('does not take a date range for a phone number', () => {
    const p = parse('Ola Nordmann\nola@x.example\n\nEXPERIENCE\nEngineer at Statoil 2015 - 2019\nAnalyst at DNB 2012 – 2015', 'NO');
    expect(p.phones).toEqual([]);
    expect(p.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Engineer', 'Statoil', '2015', '2019'],
      ['Analyst', 'DNB', '2012', '2015'],
    ]);
  });

  it('reads labelled contact lines and national numbers in the resume’s country', () => {
    const p = parse('CURRICULUM VITAE\nName: Max Mustermann\nTelefon: 030 901820\nE-Mail: max@beispiel.example\nAdresse: Berlin, Germany');
    expect(p.name).toMatchObject({ first: 'Max', last: 'Mustermann', confidence: 0.95 });
    expect(p.location).toMatchObject({ city: 'Berlin', country: 'DE' });
    expect(p.phones[0]).toMatchObject({ e164: '+4930901820' });
  });

  it('title-cases a name written in capitals, keeping surname particles lower case', () => {
    expect(parse('LÉA VAN DER BERG\nKey Account Manager').name).toMatchObject({ first: 'Léa', last: 'Van der Berg' });
    expect(parse('ANNA MÜLLER\nData Engineer').name).toMatchObject({ first: 'Anna', last: 'Müller' });
  });

  it('reads "City, ST" as a US state and "City, PR" as a Canadian province; "City, Country" as before', () => {
    const at = (line: string) => {
      const l = parse(`Jane Roe\n${line}`).location;
      return l && [l.city, l.region, l.country];
    };
    expect(at('San Francisco, CA')).toEqual(['San Francisco', 'CA', 'US']);
    expect(at('New York, NY')).toEqual(['New York', 'NY', 'US']);
    expect(at('Austin, Texas')).toEqual(['Austin', 'Texas', 'US']);
    expect(at('Austin, TX, USA')).toEqual(['Austin', 'TX', 'US']);
    expect(at('Toronto, ON')).toEqual(['Toronto', 'ON', 'CA']);
    expect(at('Montréal, Québec')).toEqual(['Montréal', 'Québec', 'CA']);
    expect(at("St. John's, NL")).toEqual(["St. John's", 'NL', 'CA']);
    // Clashing codes: a well-known city settles them, else a state code wins (and a province loses to a country).
    expect(at('Toronto, CA')).toEqual(['Toronto', '', 'CA']);
    expect(at('Berlin, DE')).toEqual(['Berlin', '', 'DE']);
    expect(at('Bengaluru, IN')).toEqual(['Bengaluru', '', 'IN']);
    expect(at('Dover, DE')).toEqual(['Dover', 'DE', 'US']);
    expect(at('Amsterdam, NL')).toEqual(['Amsterdam', '', 'NL']);
    expect(at('Tbilisi, Georgia')).toEqual(['Tbilisi', '', 'GE']);
    expect(at('Atlanta, Georgia')).toEqual(['Atlanta', 'Georgia', 'US']);
    expect(at('Berlin, Germany')).toEqual(['Berlin', '', 'DE']);
    expect(at('Zürich, Switzerland')).toEqual(['Zürich', '', 'CH']);
    expect(at('London, UK')).toEqual(['London', '', 'GB']);
    // A well-known city elsewhere keeps its country; the code is its state there.
    expect(at('Chennai, TN')).toEqual(['Chennai', 'TN', 'IN']);
    expect(at('Perth, WA')).toEqual(['Perth', 'WA', 'AU']);
    expect(at('Darwin, NT')).toEqual(['Darwin', 'NT', 'AU']);
    expect(at('Seattle, WA')).toEqual(['Seattle', 'WA', 'US']);
    expect(at('Tunis, TN')).toEqual(['Tunis', '', 'TN']);
    // A guess says so.
    const sure = parse('Jane Roe\nNew York, NY').location!.confidence;
    expect(parse('Jane Roe\nSan Francisco, CA').location!.confidence).toBe(sure);
    expect(parse('Jane Roe\nDover, DE').location!.confidence).toBeLessThan(sure);
    expect(parse('Jane Roe\nDover, DE').location!.confidence).toBeGreaterThanOrEqual(0.6);
    // The phone region follows: a national US number on a US resume.
    expect(parse('Jane Roe\nSan Francisco, CA | (415) 555-0134', 'GB').phones[0]).toMatchObject({ e164: '+14155550134' });
  });

  it('drops titles before a name and credentials after it', () => {
    const name = (text: string) => {
      const n = parse(text).name;
      return n && [n.first, n.last];
    };
    expect(name('Dr. Priya Raman\npriya.raman@mail.example')).toEqual(['Priya', 'Raman']);
    expect(parse('Dr. Priya Raman\npriya.raman@mail.example').name!.confidence).toBe(0.97);
    expect(name('Anna-Lena Schmidt, PhD')).toEqual(['Anna-Lena', 'Schmidt']);
    expect(name('Prof. Dr.-Ing. Jan Weber')).toEqual(['Jan', 'Weber']);
    expect(name('Dipl.-Ing. Jan Weber')).toEqual(['Jan', 'Weber']);
    expect(name('Mx Sam Lee, CPA, PMP')).toEqual(['Sam', 'Lee']);
    expect(name('Ms. Kari Nordmann MBA')).toEqual(['Kari', 'Nordmann']);
    expect(name('Priya Raman M.D. | Cardiologist')).toEqual(['Priya', 'Raman']);
    expect(name('DR. PRIYA RAMAN, PHD')).toEqual(['Priya', 'Raman']);
    // Generational suffixes stay with the last name; a surname that spells a degree stays a surname.
    expect(name('John Smith, Jr.')).toEqual(['John', 'Smith Jr.']);
    expect(name('MARTIN LUTHER KING III')).toEqual(['Martin', 'Luther King III']);
    expect(name('Jack Ma')).toEqual(['Jack', 'Ma']);
    expect(name('Ing Larsen')).toEqual(['Ing', 'Larsen']);
  });

  it('does not read the name line as a place ("Priya Raman, MD" is not Moldova or Maryland)', () => {
    const p = parse('Priya Raman, MD\nBoston, MA\npriya@mail.example');
    expect(p.name).toMatchObject({ first: 'Priya', last: 'Raman' });
    expect(p.location).toMatchObject({ city: 'Boston', region: 'MA', country: 'US' });
  });

  it('glues URLs that PDF layout wrapped over two lines', () => {
    expect(joinWrappedUrls('x https://www.linkedin.com/in/ava-\novergaard-395 y')).toBe('x https://www.linkedin.com/in/ava-overgaard-395 y');
    expect(joinWrappedUrls('https://site.dev\nSUMMARY')).toBe('https://site.dev\nSUMMARY');
    expect(joinWrappedUrls('x · github.com/\nngozipatel\nCORE')).toBe('x · github.com/ngozipatel\nCORE');
  });

  it('normalises dates', () => {
    expect(['Mar 2019', 'March 2019', '03/2019', '2019-03', '2019', 'sept. 2020', 'Okt 2021'].map(normalizeDate)).toEqual(['2019-03', '2019-03', '2019-03', '2019-03', '2019', '2020-09', '2021-10']);
  });

  it('builds a valid draft even from a resume with no name (file name instead)', () => {
    const p = parse('just some words about databases and SQL');
    const draft = buildDraft(p, 'Kari_Nordmann-CV (2).pdf');
    expect(draft).toMatchObject({ firstName: 'Kari', lastName: 'Nordmann', source: 'Resume import' });
  });
});

describe('resume parsing quality on generated resumes (the benchmark targets)', () => {
  const resumes = generateResumes(36, 2026);
  const formats = {
    txt: async (r: (typeof resumes)[number]) => renderText(r),
    pdf: async (r: (typeof resumes)[number]) => {
      const x = await extractResumeText(await renderPdf(r), 'r.pdf');
      if (!x.ok) throw new Error(x.reason);
      return x.text;
    },
    docx: async (r: (typeof resumes)[number]) => {
      const x = await extractResumeText(renderDocx(r), 'r.docx');
      if (!x.ok) throw new Error(x.reason);
      return x.text;
    },
  };

  it.each(Object.keys(formats) as (keyof typeof formats)[])('%s: precision and recall ≥ 0.95 for e-mail/phone/links, ≥ 0.85 for skills', { timeout: 120_000 }, async (format) => {
    const s: Record<string, FieldScore> = { email: emptyScore(), phone: emptyScore(), links: emptyScore(), skills: emptyScore(), experience: emptyScore(), education: emptyScore() };
    for (const r of resumes) {
      const p = parse(await formats[format](r));
      const t = r.truth;
      score(t.emails.map((e) => e.toLowerCase()), p.emails.map((e) => e.value.toLowerCase()), s.email!);
      score(t.phones, p.phones.map((x) => x.e164 ?? phoneKey(x.value, t.country)), s.phone!);
      score(t.links.map((l) => linkKey(l.url)), p.links.map((l) => linkKey(l.url)), s.links!);
      score(t.skills.map((x) => x.toLowerCase()), p.skills.map((x) => x.name.toLowerCase()), s.skills!);
      score(t.experience.map((e) => `${e.title}|${e.company}|${e.start}`), p.experience.map((e) => `${e.title}|${e.company}|${e.start}`), s.experience!);
      score(t.education.map((e) => `${e.institution}|${e.degree}`), p.education.map((e) => `${e.institution}|${e.degree}`), s.education!);
    }
    const summary = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { p: +precision(v).toFixed(3), r: +recall(v).toFixed(3) }]));
    for (const field of ['email', 'phone', 'links'] as const) {
      expect(precision(s[field]!), `${field} ${JSON.stringify(summary)}`).toBeGreaterThanOrEqual(0.95);
      expect(recall(s[field]!), `${field} ${JSON.stringify(summary)}`).toBeGreaterThanOrEqual(0.95);
    }
    expect(precision(s.skills!), JSON.stringify(summary)).toBeGreaterThanOrEqual(0.85);
    expect(recall(s.skills!), JSON.stringify(summary)).toBeGreaterThanOrEqual(0.85);
    // Not a benchmark target, but work history and education should mostly come through too.
    expect(recall(s.experience!), JSON.stringify(summary)).toBeGreaterThanOrEqual(0.8);
    expect(recall(s.education!), JSON.stringify(summary)).toBeGreaterThanOrEqual(0.8);
  });
});
