import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateInput, type CandidateInput } from '../../../../src-shared/domain/candidate.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { WriteDb } from '../../db/database.js';
import { setSetting } from '../../db/repositories/settings.js';
import { createCandidate, deleteCandidate } from '../candidates.js';
import { findDuplicates, foldCompany, foldText, jaroWinkler, listDuplicateReviews, nameSimilarity } from '../duplicates.js';
import { openTestDb } from './fixtures.js';

const w = { at: '2026-03-01T10:00:00.000Z', actor: 'test' };

describe('name and company folding', () => {
  it('folds accents, case and punctuation', () => {
    expect(foldText('  Zoë  O’Brien-Ström ')).toBe('zoe o brien strom');
    expect(foldText('Søren Ærø Straße')).toBe('soren aero strasse');
    expect(foldCompany('ACME Corp.')).toBe(foldCompany('Acme Corporation'));
    expect(foldCompany('Helvetia Analytics AG')).toBe('helvetia analytics');
  });

  it('scores similar names high and different people low', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(nameSimilarity('Jon', 'Smith', 'John', 'Smith')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Anna', 'Muller', 'Anna', 'Müller')).toBe(1);
    expect(nameSimilarity('Rob', 'Jones', 'Robert', 'Jones')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Linh', 'Nguyen', 'Nguyen', 'Linh')).toBe(1);
    expect(nameSimilarity('Jane', 'Smith', 'John', 'Smith')).toBe(0);
    expect(nameSimilarity('John', 'Smith', 'John', 'Jones')).toBe(0);
  });
});

describe('findDuplicates against a real vault', () => {
  let env: ReturnType<typeof openTestDb>;
  let db: WriteDb;
  const ids: Record<string, number> = {};
  const add = (key: string, input: CandidateInput) => {
    ids[key] = createCandidate(db, candidateInput.parse(input), { allowDuplicate: true }, w).id;
  };

  beforeAll(() => {
    env = openTestDb();
    db = env.db;
    setSetting(db, 'phone.defaultRegion', 'GB');
    add('jane', {
      firstName: 'Jane',
      lastName: 'Doe',
      emails: [{ address: 'Jane.Doe@Example.com' }],
      phones: [{ number: '+44 20 7123 4567' }],
      links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/jane-doe/' }, { kind: 'github', url: 'https://github.com/janedoe' }],
    });
    add('john', { firstName: 'John', lastName: 'Smith', currentCompany: 'ACME Corporation', city: 'Leeds' });
    add('anna', { firstName: 'Anna', lastName: 'Müller', currentCompany: 'Other GmbH', city: 'Zürich' });
    add('gone', { firstName: 'Gone', lastName: 'Person', emails: [{ address: 'gone@example.com' }] });
    deleteCandidate(db, ids.gone!, 1, w);
  });
  afterAll(() => env.cleanup());

  const exactIds = (probe: Partial<CandidateInput>) => findDuplicates(db, probe).exact.map((m) => m.candidateId);

  it('matches e-mails whatever their case and surrounding spaces', () => {
    const result = findDuplicates(db, { emails: [{ address: '  jane.doe@EXAMPLE.com ' }] });
    expect(result.exact).toHaveLength(1);
    expect(result.exact[0]).toMatchObject({ candidateId: ids.jane, reasons: [{ kind: 'email', value: 'jane.doe@example.com' }], score: 1 });
  });

  it('matches phones written in any format (same E.164, default region from the setting)', () => {
    for (const number of ['020 7123 4567', '(020) 7123-4567', '+442071234567', '+44 (0)20 7123 4567', '0044 20 7123 4567']) {
      expect(exactIds({ phones: [{ number }] }), number).toEqual([ids.jane]);
    }
    expect(findDuplicates(db, { phones: [{ number: '020 7123 4567' }] }, { defaultRegion: 'US' }).exact).toEqual([]);
    expect(exactIds({ phones: [{ number: '12345' }] })).toEqual([]);
  });

  it('matches LinkedIn and GitHub profile URLs across their variants', () => {
    for (const url of [
      'https://www.linkedin.com/in/jane-doe',
      'http://linkedin.com/in/Jane-Doe/?trk=public_profile',
      'https://uk.linkedin.com/in/jane-doe',
      'https://m.linkedin.com/in/jane-doe/',
      'linkedin.com/in/jane-doe',
      'www.linkedin.com/in/JANE-DOE',
    ]) {
      expect(exactIds({ links: [{ kind: 'linkedin', url }] }), url).toEqual([ids.jane]);
    }
    expect(findDuplicates(db, { links: [{ kind: 'other', url: 'https://github.com/janedoe/' }] }).exact[0]!.reasons[0]!.kind).toBe('github');
    // A bare site is not a person.
    expect(exactIds({ links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/' }] })).toEqual([]);
  });

  it('flags similar names at the same company or in the same city as likely', () => {
    const byCompany = findDuplicates(db, { firstName: 'Jon', lastName: 'Smith', currentCompany: 'Acme Corp.' });
    expect(byCompany.exact).toEqual([]);
    expect(byCompany.likely).toHaveLength(1);
    expect(byCompany.likely[0]).toMatchObject({ candidateId: ids.john, reasons: [{ kind: 'name+company', value: 'ACME Corporation' }] });
    const byCity = findDuplicates(db, { firstName: 'Anna', lastName: 'Muller', city: 'Zurich' });
    expect(byCity.likely.map((m) => [m.candidateId, m.reasons[0]!.kind])).toEqual([[ids.anna, 'name+city']]);
  });

  it('matches a company whose name has a signed word ("A+ Dental", "C# Corner") as the search index writes it', () => {
    add('ada', { firstName: 'Ada', lastName: 'Okafor', currentCompany: 'A+ Dental Ltd' });
    const hits = findDuplicates(db, { firstName: 'Ada', lastName: 'Okafor', currentCompany: 'A+ Dental' }).likely;
    expect(hits.map((m) => [m.candidateId, m.reasons[0]!.kind])).toEqual([[ids.ada, 'name+company']]);
    expect(findDuplicates(db, { firstName: 'Ada', lastName: 'Okafor', currentCompany: 'A Dental' }).likely).toEqual([]);
  });

  it('does not flag different people or the same name elsewhere', () => {
    expect(findDuplicates(db, { firstName: 'Jane', lastName: 'Smith', currentCompany: 'ACME' }).likely).toEqual([]);
    expect(findDuplicates(db, { firstName: 'John', lastName: 'Smith', currentCompany: 'Globex', city: 'York' }).likely).toEqual([]);
    expect(findDuplicates(db, { firstName: 'John', lastName: 'Smith' }).likely).toEqual([]);
  });

  it('ignores deleted records and excluded ids', () => {
    expect(exactIds({ emails: [{ address: 'gone@example.com' }] })).toEqual([]);
    expect(findDuplicates(db, { emails: [{ address: 'jane.doe@example.com' }] }, { excludeIds: [ids.jane!] }).exact).toEqual([]);
  });

  it('refuses an exact duplicate on create, naming the field; allowDuplicate creates it and queues a review', () => {
    const input = candidateInput.parse({ firstName: 'J', lastName: 'Doe', phones: [{ number: '07700 900123' }, { number: '020 7123 4567' }] });
    let error: unknown;
    try {
      createCandidate(db, input, { allowDuplicate: false }, w);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toMatchObject({ code: 'conflict', field: 'phones.1.number' });
    expect((error as Error).message).toMatch(/Jane Doe \(candidate \d+\) already has this phone number \(\+442071234567\)/);
    const created = createCandidate(db, input, { allowDuplicate: true }, w);
    const reviews = listDuplicateReviews(db, 10, 0);
    expect(reviews.items.some((r) => r.candidate.candidateId === created.id && r.other.candidateId === ids.jane)).toBe(true);
  });
});
