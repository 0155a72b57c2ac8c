import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../src-main/core/services/__tests__/fixtures.js';

let t: TestCore;
let ada: number;
let bo: number;
beforeAll(async () => {
  t = await createTestCore();
  ada = (
    await t.call('candidates:create-candidate', {
      firstName: 'Ada',
      seniority: 'senior',
      source: 'referral',
      preferredChannel: 'whatsapp',
      emails: [{ address: 'ada@example.com' }],
      phones: [{ number: '+47 912 34 567' }],
      links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/ada' }],
    })
  ).id;
  bo = (await t.call('candidates:create-candidate', { firstName: 'Bo', seniority: 'junior', source: 'linkedin' })).id;
});
afterAll(() => t.close());

describe('outreach', () => {
  it('composes for the preferred channel and hands off through mailto:, tel:, wa.me and LinkedIn', async () => {
    const checkIn = (await t.call('templates:list-templates', {})).items.find((i) => i.purpose === 'check-in')!;
    const wa = await t.call('outreach:compose-message', { templateId: checkIn.id, candidateId: ada });
    expect(wa.channel).toBe('whatsapp');
    expect(wa.handoffUrl).toMatch(/^https:\/\/wa\.me\/4791234567\?text=Hi%20Ada/);
    const mail = await t.call('outreach:compose-message', { candidateId: ada, channel: 'email', subject: 'Hello {{ candidate.first_name }}', body: 'Line 1\nLine 2' });
    expect(mail.handoffUrl).toBe('mailto:ada@example.com?subject=Hello%20Ada&body=Line%201%0D%0ALine%202');
    expect((await t.call('outreach:compose-message', { candidateId: ada, channel: 'phone', body: 'x' })).handoffUrl).toBe('tel:+4791234567');
    expect((await t.call('outreach:compose-message', { candidateId: ada, channel: 'linkedin', body: 'x' })).handoffUrl).toBe('https://www.linkedin.com/in/ada');
    const none = await t.call('outreach:compose-message', { candidateId: bo, body: 'x' });
    expect(none).toMatchObject({ channel: 'email', handoffUrl: null, handoffBlocked: 'No e-mail address' });
  });

  it('logs touches and replies, and reports reply rates per channel and per group', async () => {
    const touch = await t.call('outreach:log-touch', { channel: 'whatsapp', candidateId: ada, subject: 'Check-in', body: 'Hi Ada', templateId: 1 });
    const timeline = await t.call('activities:list-timeline', { candidateId: ada });
    expect(timeline.items[0]).toMatchObject({ id: touch.activityId, channel: 'whatsapp', direction: 'outbound', outcome: 'template:1' });
    t.clock.advanceDays(1);
    await t.call('outreach:log-touch', { channel: 'whatsapp', direction: 'inbound', candidateId: ada, body: 'Hei!' });
    expect((await t.call('activities:list-timeline', { candidateId: ada })).items[0]).toMatchObject({ direction: 'inbound', outcome: 'replied' });
    await t.call('outreach:log-touch', { channel: 'email', candidateId: bo });
    await t.call('outreach:log-touch', { channel: 'email', candidateId: ada });
    t.clock.advanceDays(20);
    await t.call('outreach:log-touch', { channel: 'email', direction: 'inbound', candidateId: bo }); // too late to count

    const overall = (await t.call('outreach:channel-stats', {})).items;
    expect(overall).toEqual([
      { group: 'all', channel: 'email', touches: 2, replies: 0, replyRate: 0 },
      { group: 'all', channel: 'whatsapp', touches: 1, replies: 1, replyRate: 1 },
    ]);
    const bySeniority = (await t.call('outreach:channel-stats', { by: 'seniority' })).items;
    expect(bySeniority).toContainEqual({ group: 'senior', channel: 'whatsapp', touches: 1, replies: 1, replyRate: 1 });
    expect(bySeniority).toContainEqual({ group: 'junior', channel: 'email', touches: 1, replies: 0, replyRate: 0 });
    expect((await t.call('outreach:channel-stats', { by: 'source', replyWindowDays: 30 })).items).toContainEqual({
      group: 'linkedin',
      channel: 'email',
      touches: 1,
      replies: 1,
      replyRate: 1,
    });
    const pool = await t.call('pools:create-pool', { name: 'Seniors' });
    await t.call('pools:add-members', { poolId: pool.id, candidateIds: [ada] });
    expect((await t.call('outreach:channel-stats', { by: 'pool' })).items).toContainEqual({ group: 'Seniors', channel: 'whatsapp', touches: 1, replies: 1, replyRate: 1 });
    // Per saved segment: its members now.
    await t.call('segments:create-segment', {
      name: 'Senior people',
      definition: { kind: 'group', op: 'and', negate: false, children: [{ kind: 'seniority', values: ['senior'] }] },
    });
    expect((await t.call('outreach:channel-stats', { by: 'segment' })).items).toEqual([
      { group: 'Senior people', channel: 'email', touches: 1, replies: 0, replyRate: 0 },
      { group: 'Senior people', channel: 'whatsapp', touches: 1, replies: 1, replyRate: 1 },
    ]); // ties ordered by channel
    expect((await t.fail('outreach:log-touch', { channel: 'email' })).field).toBe('candidateId');
  });
});
