import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
let candidateId: number;
let sparseId: number;
let jobId: number;
let appId: number;
beforeAll(async () => {
  t = await createTestCore();
  t.db.prepare(`INSERT INTO recruiters (id, name, email, created_at) VALUES (1, 'Rita Recruiter', 'rita@agency.example', '2026-01-01T00:00:00Z')`).run();
  t.db.prepare(`INSERT INTO settings (key, value) VALUES ('agency.name', '"Northstar"')`).run();
  const client = await t.call('clients:create-client', { name: 'Globex' });
  jobId = (await t.call('jobs:create-job', { clientId: client.id, title: 'Data Engineer', ownerId: 1 })).id;
  candidateId = (
    await t.call('candidates:create-candidate', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      seniority: 'senior',
      currentCompany: 'Analytical Engines',
      emails: [{ address: 'ada@example.com' }],
      tags: ['vip'],
    })
  ).id;
  sparseId = (await t.call('candidates:create-candidate', { firstName: 'Bo' })).id;
  appId = (await t.call('applications:create-application', { candidateId, jobId })).id;
});
afterAll(() => t.close());

describe('message templates', () => {
  it('ships the stage library', async () => {
    const { items } = await t.call('templates:list-templates', {});
    expect(items.filter((i) => i.builtin).map((i) => i.purpose)).toEqual(
      expect.arrayContaining(['interview-invitation', 'status-update', 'rejection', 'interview-follow-up', 'check-in', 'offer']),
    );
  });

  it('previews against a real candidate and job, with conditional blocks by seniority', async () => {
    const invite = (await t.call('templates:list-templates', {})).items.find((i) => i.purpose === 'interview-invitation')!;
    const p = await t.call('templates:preview-template', { templateId: invite.id, applicationId: appId, interview: { date: '2 April', time: '10:00' } });
    expect(p.subject).toBe('Interview for Data Engineer at Globex');
    expect(p.body).toContain('Hi Ada,');
    expect(p.body).toContain('Proposed time: 2 April 10:00.');
    expect(p.body).toContain('scope, team and strategy');
    expect(p.body).toContain('Rita Recruiter\nNorthstar');
    expect(p.warnings).toEqual([]);
    expect(p.recipient).toMatchObject({ email: 'ada@example.com', candidateId });
  });

  it('warns before use when a merge field is empty for that candidate, and for unknown fields', async () => {
    const p = await t.call('templates:preview-template', {
      candidateId: sparseId,
      subject: 'Hi {{ candidate.first_name }}',
      body: '{{ candidate.company }} {{ candidate.city | default: "your city" }} {{ candidate.nope }}{% if candidate.tags contains "vip" %}VIP{% endif %}',
    });
    expect(p.subject).toBe('Hi Bo');
    expect(p.body).toBe('your city');
    expect(p.warnings.map((w) => [w.path, w.kind])).toEqual([
      ['candidate.company', 'empty'],
      ['candidate.nope', 'unknown'],
    ]);
    const vip = await t.call('templates:preview-template', { candidateId, body: '{% if candidate.tags contains "vip" %}VIP{% endif %}' });
    expect(vip.body).toBe('VIP');
  });

  it('saves, checks syntax and deletes custom templates', async () => {
    const saved = await t.call('templates:save-template', { name: 'Mine', body: 'Hello {{ candidate.first_name }}' });
    expect(saved).toMatchObject({ builtin: false, purpose: 'custom', channel: 'email' });
    const err = await t.fail('templates:save-template', { name: 'Broken', body: 'Hello {% if %}' });
    expect(err).toMatchObject({ code: 'invalid_input', field: 'body' });
    expect(await t.call('templates:delete-template', { id: saved.id })).toEqual({ deleted: true });
  });
});

describe('hostile templates', () => {
  const render = (body: string) => t.call('templates:preview-template', { candidateId, body });
  const renderFail = (body: string) => t.fail('templates:preview-template', { candidateId, body });

  it('cannot reach constructors, prototypes or process', async () => {
    for (const body of [
      '{{ candidate.constructor.constructor }}',
      '{{ candidate.constructor.constructor("return process")() }}',
      '{{ candidate.__proto__ }}{{ candidate.tags.constructor }}',
      '{{ candidate.first_name.constructor.name }}',
      '{% assign f = candidate.constructor %}{{ f.constructor }}',
      '{{ process.env }}{{ global }}{{ globalThis }}{{ this }}',
    ]) {
      const out = await render(body).catch((e: Error) => ({ body: `ERR ${e.message}` }));
      expect(out.body === '' || out.body.startsWith('ERR ')).toBe(true);
      expect(out.body).not.toMatch(/function|native code|process|\[object/i);
    }
  });

  it('has no file system: include, render and layout fail', async () => {
    for (const body of ["{% include '/etc/passwd' %}", "{% render 'package.json' %}", "{% layout '../../secret' %}x"]) {
      const e = await renderFail(body);
      expect(e.code).toBe('invalid_input');
      expect(e.message).not.toContain('root:');
    }
  });

  it('bounded runtime and memory: huge loops and string blow-ups fail fast', async () => {
    const start = Date.now();
    const loops = await renderFail('{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}');
    expect(loops).toMatchObject({ code: 'invalid_input', field: 'body' });
    expect(loops.message).toMatch(/limit/i);
    const blowUp = await renderFail('{% assign s = "xxxxxxxxxx" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}');
    expect(blowUp.message).toMatch(/limit/i);
    const huge = await renderFail('x'.repeat(49_000) + '{{ candidate.first_name }}'.repeat(100));
    expect(huge.message).toMatch(/limit|too big/i); // the contract's size cap answers first
    expect(Date.now() - start).toBeLessThan(5_000);
  });

  it('unknown filters are refused instead of silently ignored', async () => {
    expect((await renderFail('{{ candidate.first_name | shell: "ls" }}')).code).toBe('invalid_input');
  });
});
