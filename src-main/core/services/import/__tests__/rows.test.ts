import { describe, expect, it } from 'vitest';
import type { CsvField } from '../../../../../src-shared/domain/import.js';
import { mapRow, splitFullName } from '../rows.js';
import { linkKind, parseLocation, toUrl } from '../values.js';

const ctx = (headers: string[], mapping: (CsvField | null)[]) => ({ headers, mapping, source: 'CSV import', tags: ['batch-7'] });

describe('row mapping', () => {
  it('builds a candidate from cells, canonicalising skills and splitting lists', () => {
    const m = mapRow(
      ['Doe, Jane', 'jane@x.org; j.doe@y.org', '+47 912 34 567', 'linkedin.com/in/jane', 'JS, k8s | SQL', 'Senior', 'on-site', '85k', '€ 1.200.000', 'nok', 'Oslo, Norway'],
      ctx(
        ['Name', 'Emails', 'Mobile', 'LinkedIn', 'Skills', 'Level', 'Remote', 'Salary', 'Max', 'Currency', 'Location'],
        ['fullName', 'email', 'phone', 'linkedin', 'skills', 'seniority', 'remotePreference', 'desiredSalaryMin', 'desiredSalaryMax', 'salaryCurrency', 'location'],
      ),
    );
    expect(m.kind).toBe('valid');
    if (m.kind !== 'valid') return;
    expect(m.fields).toMatchObject({
      firstName: 'Jane',
      lastName: 'Doe',
      emails: [{ address: 'jane@x.org' }, { address: 'j.doe@y.org' }],
      phones: [{ number: '+47 912 34 567' }],
      links: [{ kind: 'linkedin', url: 'https://linkedin.com/in/jane' }],
      skills: [{ name: 'JavaScript' }, { name: 'Kubernetes' }, { name: 'SQL' }],
      seniority: 'senior',
      remotePreference: 'onsite',
      desiredSalaryMin: 85_000,
      desiredSalaryMax: 1_200_000,
      salaryCurrency: 'NOK',
      city: 'Oslo',
      country: 'NO',
      tags: ['batch-7'],
      source: 'CSV import',
    });
  });

  it('reports every bad cell by its column', () => {
    const m = mapRow(['', 'nope', 'Mars', 'guru', 'sometimes', 'javascript:alert(1)'], ctx(['First', 'Mail', 'Country', 'Seniority', 'Remote', 'Site'], ['firstName', 'email', 'country', 'seniority', 'remotePreference', 'website']));
    expect(m).toEqual({
      kind: 'invalid',
      messages: [
        'Column "Mail": "nope" is not a valid e-mail address',
        'Column "Country": "Mars" is not a country we know; use a name or a 2-letter ISO code',
        'Column "Seniority": "guru" is not a seniority level (intern, junior, mid, senior, lead, principal, director, executive)',
        'Column "Remote": "sometimes" is not a remote preference (onsite, hybrid, remote, flexible)',
        'Column "Site": "javascript:alert(1)" is not a web address',
        'Column "First": a first name is required and the cell is empty',
      ],
    });
  });

  it('names the column when the schema refuses a value (too long)', () => {
    const m = mapRow(['Ada', 'x'.repeat(301)], ctx(['First', 'Headline'], ['firstName', 'headline']));
    expect(m.kind).toBe('invalid');
    expect(m.kind === 'invalid' && m.messages[0]).toMatch(/^Column "Headline": /);
  });

  it('a row with nothing in the mapped columns is empty', () => {
    expect(mapRow(['', '  ', 'ignored'], ctx(['A', 'B', 'C'], ['firstName', 'email', null]))).toEqual({ kind: 'empty' });
  });

  it('splits names and locations the usual ways', () => {
    expect(splitFullName('Jane van der Berg')).toEqual({ first: 'Jane', last: 'van der Berg' });
    expect(splitFullName('Berg, Jane')).toEqual({ first: 'Jane', last: 'Berg' });
    expect(parseLocation('Austin, TX, United States')).toEqual({ city: 'Austin', region: 'TX', country: 'US' });
    expect(parseLocation('Berlin')).toEqual({ city: 'Berlin', region: '', country: '' });
  });

  it('accepts web addresses with or without a scheme and classifies profiles', () => {
    expect(toUrl('www.janedoe.dev/')).toBe('https://www.janedoe.dev/');
    expect(toUrl('ftp://x')).toBeNull();
    expect(toUrl('not a url')).toBeNull();
    expect(['https://www.linkedin.com/in/x', 'https://github.com/x', 'https://dribbble.com/x', 'https://twitter.com/x', 'https://x.dev'].map(linkKind)).toEqual([
      'linkedin',
      'github',
      'portfolio',
      'other',
      'website',
    ]);
  });
});
