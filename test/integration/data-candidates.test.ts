import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../../src-shared/domain/candidate.js';
import type { ReqInput } from '../../src-shared/ipc/contract.js';
import { createTestCore, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore();
  t.db.prepare(`INSERT INTO recruiters (id, name, created_at) VALUES (1, 'Rita Recruiter', '2026-01-01T00:00:00Z'), (2, 'Sam Sourcer', '2026-01-01T00:00:00Z')`).run();
});
afterAll(() => t.close());

const base = {
  firstName: 'Ingrid',
  lastName: 'Nilsen',
  currentTitle: 'Platform Engineer',
  currentCompany: 'Nordlys',
  city: 'Oslo',
  country: 'no',
  source: 'LinkedIn',
  ownerId: 1,
  emails: [{ address: 'ingrid@nordlys.example', primary: true }],
  phones: [{ number: '+47 912 34 567' }],
  skills: [{ name: 'Go', level: 4, years: 5 }],
  tags: ['platform'],
};

describe('candidates:create-candidate / get / list (existing channels keep working)', () => {
  it('creates, gets and lists a candidate', async () => {
    const c = await t.call('candidates:create-candidate', base);
    expect(c).toMatchObject({ firstName: 'Ingrid', displayName: 'Ingrid Nilsen', country: 'NO', version: 1 });
    expect(c.phones[0]!.number).toBe('+47 912 34 567');
    expect(await t.call('candidates:get-candidate', { id: c.id })).toEqual(c);
    const list = await t.call('candidates:list-candidates', { limit: 10 });
    expect(list.items.map((i) => i.id)).toContain(c.id);
  });

  it('rejects bad input with the offending field', async () => {
    expect(await t.fail('candidates:create-candidate', { firstName: '' })).toMatchObject({ code: 'invalid_input', field: 'firstName' });
    expect(await t.fail('candidates:create-candidate', { firstName: 'A', emails: [{ address: 'nope' }] })).toMatchObject({
      code: 'invalid_input',
      field: 'emails.0.address',
    });
    expect(await t.fail('candidates:create-candidate', { firstName: 'A', ownerId: 99 })).toMatchObject({ code: 'not_found', field: 'ownerId' });
    expect(await t.fail('candidates:get-candidate', { id: 999_999 })).toMatchObject({ code: 'not_found' });
    expect(await t.fail('candidates:get-candidate', { id: 'x' })).toMatchObject({ code: 'invalid_input', field: 'id' });
  });

  it('catches an exact duplicate on create unless allowDuplicate', async () => {
    const error = await t.fail('candidates:create-candidate', { firstName: 'Other', emails: [{ address: ' INGRID@nordlys.example' }] });
    expect(error).toMatchObject({ code: 'conflict', field: 'emails.0.address' });
    expect(error.message).toMatch(/Ingrid Nilsen/);
    const forced = await t.call('candidates:create-candidate', { firstName: 'Other', emails: [{ address: 'ingrid@nordlys.example' }], allowDuplicate: true });
    expect(forced.id).toBeGreaterThan(0);
    const reviews = await t.call('candidates:list-duplicate-reviews', {});
    const review = reviews.items.find((r) => r.candidate.candidateId === forced.id)!;
    expect(review.reasons).toEqual([{ kind: 'email', value: 'ingrid@nordlys.example' }]);
    expect(await t.call('candidates:dismiss-duplicate-review', { id: review.id })).toEqual({ id: review.id, dismissed: true });
    expect((await t.fail('candidates:dismiss-duplicate-review', { id: review.id })).code).toBe('conflict');
    expect((await t.fail('candidates:dismiss-duplicate-review', { id: 999 })).code).toBe('not_found');
    await t.call('candidates:delete-candidate', { id: forced.id, version: forced.version });
  });
});

describe('candidates:update-candidate', () => {
  let c: Candidate;
  beforeAll(async () => {
    c = await t.call('candidates:create-candidate', { ...base, firstName: 'Ola', emails: [{ address: 'ola@example.org' }], phones: [] });
  });

  it('applies a partial patch and leaves everything else alone', async () => {
    const updated = await t.call('candidates:update-candidate', { id: c.id, version: c.version, patch: { lastName: 'Hansen', headline: 'SRE' } });
    expect(updated).toMatchObject({ lastName: 'Hansen', displayName: 'Ola Hansen', headline: 'SRE', currentCompany: 'Nordlys', version: 2 });
    expect(updated.emails).toEqual(c.emails);
    expect(updated.skills).toEqual(c.skills);
    // Lists in a patch replace the stored list.
    const again = await t.call('candidates:update-candidate', {
      id: c.id,
      version: 2,
      patch: { skills: [{ name: 'Rust' }], seniority: null, emails: [{ address: 'ola@new.example', primary: true }] },
    });
    expect(again.skills).toEqual([{ name: 'Rust', level: null, years: null }]);
    expect(again.emails).toEqual([{ address: 'ola@new.example', primary: true }]);
    c = again;
  });

  it('refuses a stale version with conflict and writes nothing', async () => {
    const error = await t.fail('candidates:update-candidate', { id: c.id, version: 1, patch: { headline: 'overwritten?' } });
    expect(error).toMatchObject({ code: 'conflict', field: 'version' });
    expect(error.message).toMatch(/changed by someone else.*version 3.*version 1/);
    expect((await t.call('candidates:get-candidate', { id: c.id })).headline).toBe('SRE');
  });

  it('rejects empty or unknown patches and missing candidates', async () => {
    expect((await t.fail('candidates:update-candidate', { id: c.id, version: c.version, patch: {} })).code).toBe('invalid_input');
    expect(await t.fail('candidates:update-candidate', { id: c.id, version: c.version, patch: { nope: 1 } })).toMatchObject({ code: 'invalid_input' });
    expect(await t.fail('candidates:update-candidate', { id: c.id, version: c.version, patch: { country: 'NOR' } })).toMatchObject({
      code: 'invalid_input',
      field: 'patch.country',
    });
    expect((await t.fail('candidates:update-candidate', { id: 999_999, version: 1, patch: { headline: 'x' } })).code).toBe('not_found');
    expect(await t.fail('candidates:update-candidate', { id: c.id, version: c.version, patch: { ownerId: 42 } })).toMatchObject({
      code: 'not_found',
      field: 'patch.ownerId',
    });
  });

  it('records before and after in the audit log', async () => {
    const log = await t.call('audit:list-entries', { entity: 'candidate', entityId: c.id });
    expect(log.items.map((e) => e.action)).toEqual(['update', 'update', 'create']);
    const first = log.items[1]!;
    expect(first.actor).toBe('cli');
    expect(first.before).toMatchObject({ lastName: 'Nilsen', headline: '', version: 1 });
    expect(first.after).toMatchObject({ lastName: 'Hansen', headline: 'SRE', version: 2 });
    expect(log.items[2]!.before).toBeNull();
  });
});

describe('candidates:delete-candidate', () => {
  it('soft-deletes: gone from get, list and search, kept in the audit log', async () => {
    const c = await t.call('candidates:create-candidate', { firstName: 'Temporary', lastName: 'Person' });
    expect((await t.fail('candidates:delete-candidate', { id: c.id, version: 7 })).code).toBe('conflict');
    const res = await t.call('candidates:delete-candidate', { id: c.id, version: 1 });
    expect(res).toEqual({ id: c.id, deletedAt: t.clock.iso() });
    expect((await t.fail('candidates:get-candidate', { id: c.id })).code).toBe('not_found');
    expect((await t.fail('candidates:delete-candidate', { id: c.id, version: 2 })).code).toBe('not_found');
    expect((await t.call('search:search-candidates', { query: 'temporary' })).total).toBe(0);
    const log = await t.call('audit:list-entries', { entity: 'candidate', entityId: c.id });
    expect(log.items[0]).toMatchObject({ action: 'delete', after: { deletedAt: t.clock.iso() } });
    expect(t.db.prepare('SELECT deleted_at FROM candidates WHERE id = ?').get(c.id)).toEqual({ deleted_at: t.clock.iso() });
  });
});

describe('candidates:list-candidates sorting, filtering and paging in SQL', () => {
  beforeAll(async () => {
    const people: ReqInput<'candidates:create-candidate'>[] = [
      { firstName: 'Zed', city: 'Bergen', country: 'NO', source: 'Referral', seniority: 'senior', ownerId: 2, skills: [{ name: 'Java' }], tags: ['vip'] },
      { firstName: 'Amy', city: 'bergen', country: 'NO', source: 'referral', seniority: 'junior', ownerId: 2, skills: [{ name: 'java' }] },
      { firstName: 'Mia', city: 'Paris', country: 'FR', source: 'Event', seniority: 'senior', ownerId: 1, tags: ['VIP'] },
    ];
    for (const p of people) {
      t.clock.advanceDays(1);
      await t.call('candidates:create-candidate', { ...p, lastName: 'List' });
    }
  });

  const list = async (req: Record<string, unknown>) =>
    (await t.call('candidates:list-candidates', { limit: 50, ...req } as never)).items.filter((i) => i.displayName.endsWith(' List')).map((i) => i.displayName.split(' ')[0]);

  it('sorts by name, created and updated', async () => {
    expect(await list({ sort: 'name' })).toEqual(['Amy', 'Mia', 'Zed']);
    expect(await list({ sort: 'name', direction: 'desc' })).toEqual(['Zed', 'Mia', 'Amy']);
    expect(await list({ sort: 'created' })).toEqual(['Mia', 'Amy', 'Zed']);
    expect(await list({ sort: 'created', direction: 'asc' })).toEqual(['Zed', 'Amy', 'Mia']);
    expect(await list({})).toEqual(['Mia', 'Amy', 'Zed']);
  });

  it('filters by owner, source, tag, country, city, seniority and skill (case-insensitive where people type)', async () => {
    expect(await list({ sort: 'name', ownerId: 2 })).toEqual(['Amy', 'Zed']);
    expect(await list({ sort: 'name', source: 'REFERRAL' })).toEqual(['Amy', 'Zed']);
    expect(await list({ sort: 'name', tag: 'vip' })).toEqual(['Mia', 'Zed']);
    expect(await list({ sort: 'name', country: 'fr' })).toEqual(['Mia']);
    expect(await list({ sort: 'name', city: 'BERGEN' })).toEqual(['Amy', 'Zed']);
    expect(await list({ sort: 'name', seniority: 'senior' })).toEqual(['Mia', 'Zed']);
    expect(await list({ sort: 'name', skill: 'JAVA' })).toEqual(['Amy', 'Zed']);
    expect(await list({ sort: 'name', skill: 'java', seniority: 'senior', country: 'NO' })).toEqual(['Zed']);
  });

  it('pages with a total that counts the whole filtered set', async () => {
    const page = await t.call('candidates:list-candidates', { sort: 'name', city: 'bergen', limit: 1, offset: 1 });
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.displayName)).toEqual(['Zed List']);
  });

  it('rejects unknown sorts and filters', async () => {
    expect((await t.fail('candidates:list-candidates', { sort: 'salary' })).field).toBe('sort');
    expect((await t.fail('candidates:list-candidates', { seniority: 'guru' })).field).toBe('seniority');
    expect((await t.fail('candidates:list-candidates', { colour: 'red' })).code).toBe('invalid_input');
    expect((await t.fail('candidates:list-candidates', { limit: 0 })).field).toBe('limit');
  });
});

describe('candidates:add-tags / remove-tags', () => {
  it('tags a selection in bulk, bumping versions only where something changed', async () => {
    const a = await t.call('candidates:create-candidate', { firstName: 'Tag', lastName: 'One', tags: ['keep'] });
    const b = await t.call('candidates:create-candidate', { firstName: 'Tag', lastName: 'Two', tags: ['hot'] });
    expect(await t.call('candidates:add-tags', { candidateIds: [a.id, b.id], tags: ['hot', 'q3'] })).toEqual({ updated: 2 });
    expect((await t.call('candidates:get-candidate', { id: a.id })).tags).toEqual(['hot', 'keep', 'q3']);
    expect(await t.call('candidates:add-tags', { candidateIds: [a.id], tags: ['HOT'] })).toEqual({ updated: 0 });
    expect(await t.call('candidates:remove-tags', { candidateIds: [a.id, b.id], tags: ['hot'] })).toEqual({ updated: 2 });
    const after = await t.call('candidates:get-candidate', { id: b.id });
    expect(after.tags).toEqual(['q3']);
    expect(after.version).toBe(3);
    expect((await t.call('search:search-candidates', { query: 'tag:q3' })).total).toBe(2);
  });

  it('is all-or-nothing: one unknown id changes nobody', async () => {
    const a = await t.call('candidates:create-candidate', { firstName: 'Tag', lastName: 'Three' });
    expect(await t.fail('candidates:add-tags', { candidateIds: [a.id, 999_999], tags: ['x'] })).toMatchObject({ code: 'not_found' });
    expect((await t.call('candidates:get-candidate', { id: a.id })).tags).toEqual([]);
    expect((await t.fail('candidates:add-tags', { candidateIds: [], tags: ['x'] })).field).toBe('candidateIds');
    expect((await t.fail('candidates:remove-tags', { candidateIds: [a.id], tags: [''] })).field).toBe('tags.0');
  });
});

describe('settings', () => {
  it('gets and sets the default phone region, which then reads local numbers', async () => {
    expect(await t.call('settings:get-settings', {})).toEqual({ phoneDefaultRegion: 'US' });
    expect(await t.call('settings:update-settings', { phoneDefaultRegion: 'gb' })).toEqual({ phoneDefaultRegion: 'GB' });
    const c = await t.call('candidates:create-candidate', { firstName: 'Local', phones: [{ number: '020 7946 0011' }] });
    expect(t.db.prepare('SELECT number_norm FROM candidate_phones WHERE candidate_id = ?').get(c.id)).toEqual({ number_norm: '+442079460011' });
    expect((await t.call('candidates:check-duplicates', { candidate: { phones: [{ number: '+44 20 7946 0011' }] } })).exact[0]!.candidateId).toBe(c.id);
    expect(await t.fail('settings:update-settings', { phoneDefaultRegion: 'XX' })).toMatchObject({ code: 'invalid_input', field: 'phoneDefaultRegion' });
    expect(await t.fail('settings:update-settings', { phoneDefaultRegion: 'GBR' })).toMatchObject({ code: 'invalid_input', field: 'phoneDefaultRegion' });
    expect((await t.fail('settings:update-settings', { theme: 'dark' })).code).toBe('invalid_input');
    await t.call('settings:update-settings', { phoneDefaultRegion: 'US' });
  });
});

describe('candidates:check-duplicates', () => {
  it('checks a typed candidate or a stored one', async () => {
    const c = await t.call('candidates:create-candidate', {
      firstName: 'Björn',
      lastName: 'Lindqvist',
      currentCompany: 'Spotify AB',
      city: 'Stockholm',
      links: [{ kind: 'linkedin', url: 'https://se.linkedin.com/in/bjorn-l' }],
    });
    const typed = await t.call('candidates:check-duplicates', {
      candidate: { firstName: 'Bjorn', lastName: 'Lindquist', currentCompany: 'Spotify', links: [{ kind: 'linkedin', url: 'linkedin.com/in/bjorn-l/' }] },
    });
    expect(typed.exact.map((m) => m.candidateId)).toEqual([c.id]);
    const dupe = await t.call('candidates:create-candidate', { firstName: 'Bjorn', lastName: 'Lindquist', currentCompany: 'Spotify' });
    const stored = await t.call('candidates:check-duplicates', { candidateId: dupe.id });
    expect(stored.likely.map((m) => [m.candidateId, m.reasons.map((r) => r.kind)])).toEqual([[c.id, ['name+company']]]);
    // The likely pair was queued for review when the second record was created.
    const reviews = await t.call('candidates:list-duplicate-reviews', {});
    expect(reviews.items.some((r) => r.candidate.candidateId === dupe.id && r.other.candidateId === c.id)).toBe(true);
    expect((await t.fail('candidates:check-duplicates', { candidateId: 999_999 })).code).toBe('not_found');
    expect((await t.fail('candidates:check-duplicates', { candidate: 'x' })).code).toBe('invalid_input');
  });
});

describe('skills and duplicates as a user types them', () => {
  it('stores skills under their canonical names (the import taxonomy), one entry per skill', async () => {
    const c = await t.call('candidates:create-candidate', {
      firstName: 'Kai',
      lastName: 'Skill',
      skills: [{ name: 'k8s', level: 3 }, { name: 'python' }, { name: 'Python', years: 4 }, { name: 'Fortran 77' }],
    });
    expect(c.skills).toEqual([
      { name: 'Fortran 77', level: null, years: null },
      { name: 'Kubernetes', level: 3, years: null },
      { name: 'Python', level: null, years: 4 },
    ]);
    const edited = await t.call('candidates:update-candidate', { id: c.id, version: c.version, patch: { skills: [...c.skills, { name: 'golang' }, { name: 'kubernetes', level: 5 }] } });
    expect(edited.skills.map((s) => [s.name, s.level])).toEqual([
      ['Fortran 77', null],
      ['Go', null],
      ['Kubernetes', 3],
      ['Python', null],
    ]);
  });

  it('queues an edit that makes two records the same person for review, once per pair whichever record changed', async () => {
    const a = await t.call('candidates:create-candidate', { firstName: 'Noor', lastName: 'Haddad', emails: [{ address: 'noor@haddad.example' }] });
    const b = await t.call('candidates:create-candidate', { firstName: 'N.', lastName: 'Haddad-Smit', emails: [{ address: 'n.smit@example.org' }] });
    const pairs = async () =>
      (await t.call('candidates:list-duplicate-reviews', { limit: 200 })).items
        .filter((r) => [a.id, b.id].includes(r.candidate.candidateId) && [a.id, b.id].includes(r.other.candidateId))
        .map((r) => ({ candidate: r.candidate.candidateId, other: r.other.candidateId, reasons: r.reasons }));
    expect(await pairs()).toEqual([]);
    // Saved as typed (the profile edits one field at a time), and queued like a knowingly created duplicate.
    const b2 = await t.call('candidates:update-candidate', { id: b.id, version: b.version, patch: { emails: [...b.emails, { address: 'NOOR@haddad.example' }] } });
    expect(b2.emails.map((e) => e.address)).toContain('NOOR@haddad.example');
    expect(await pairs()).toEqual([{ candidate: b.id, other: a.id, reasons: [{ kind: 'email', value: 'noor@haddad.example' }] }]);
    expect((await t.call('candidates:check-duplicates', { candidateId: a.id })).exact.map((m) => m.candidateId)).toEqual([b.id]);
    // Editing the other record of the pair does not queue it a second time.
    await t.call('candidates:update-candidate', { id: a.id, version: a.version, patch: { phones: [{ number: '+1 212 555 0199' }] } });
    expect(await pairs()).toHaveLength(1);
  });
});

describe('what a review of the channels found', () => {
  it('create refuses unknown fields and a desired salary that runs backwards; edit checks the range as it will be', async () => {
    expect(await t.fail('candidates:create-candidate', { firstName: 'Una', bogus: 1 })).toMatchObject({ code: 'invalid_input' });
    expect(await t.fail('candidates:create-candidate', { firstName: 'Una', desiredSalaryMin: 100_000, desiredSalaryMax: 10_000 })).toMatchObject({
      code: 'invalid_input',
      field: 'desiredSalaryMax',
    });
    const c = await t.call('candidates:create-candidate', { firstName: 'Una', desiredSalaryMin: 50_000, desiredSalaryMax: 60_000 });
    expect(await t.fail('candidates:update-candidate', { id: c.id, version: c.version, patch: { desiredSalaryMin: 70_000 } })).toMatchObject({
      code: 'invalid_input',
      field: 'patch.desiredSalaryMax',
    });
    expect((await t.call('candidates:update-candidate', { id: c.id, version: c.version, patch: { desiredSalaryMin: 55_000 } })).desiredSalaryMin).toBe(55_000);
  });

  it('links and client websites are web pages: javascript: and data: addresses are refused', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
      expect(await t.fail('candidates:create-candidate', { firstName: 'Link', links: [{ kind: 'website', url }] }), url).toMatchObject({ code: 'invalid_input', field: 'links.0.url' });
      expect(await t.fail('clients:create-client', { name: 'Link Co', website: url }), url).toMatchObject({ code: 'invalid_input', field: 'website' });
    }
    expect((await t.call('clients:create-client', { name: 'Link Co', website: 'https://link.example' })).website).toBe('https://link.example');
  });

  it('a reminder is for a live candidate; audit entries of every kind can be listed, settings without an id', async () => {
    const gone = await t.call('candidates:create-candidate', { firstName: 'Gone', lastName: 'Soon' });
    await t.call('candidates:delete-candidate', { id: gone.id, version: gone.version });
    expect(await t.fail('reminders:create-reminder', { title: 'Call', dueAt: '2026-12-01T10:00:00Z', candidateId: gone.id })).toMatchObject({ code: 'not_found', field: 'candidateId' });
    const here = await t.call('candidates:create-candidate', { firstName: 'Here', lastName: 'Still' });
    const reminder = await t.call('reminders:create-reminder', { title: 'Call', dueAt: '2026-12-01T10:00:00Z', candidateId: here.id });
    expect((await t.call('audit:list-entries', { entity: 'reminder', entityId: reminder.id })).items.map((e) => e.action)).toEqual(['create']);
    await t.call('settings:update-settings', { phoneDefaultRegion: 'GB' });
    await t.call('settings:update-settings', { phoneDefaultRegion: 'US' });
    const settings = await t.call('audit:list-entries', { entity: 'settings' });
    expect(settings.items.slice(0, 2).map((e) => e.after)).toEqual([{ 'phone.defaultRegion': 'US' }, { 'phone.defaultRegion': 'GB' }]);
  });
});
