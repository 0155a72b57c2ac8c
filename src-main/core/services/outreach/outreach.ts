import type { Channel } from '../../../../src-shared/domain/candidate.js';
import { handoffUrl } from '../../../../src-shared/domain/templates/handoff.js';
import type { ReadDb, WriteDb } from '../../db/database.js';
import { targetMemberIds } from '../segments/segments.js';
import { logActivity } from '../activities.js';
import { previewTemplate, type MergeContext, type Recipient } from '../templates/templates.js';
import type { FieldWarning } from '../../../../src-shared/domain/templates/merge-fields.js';
import type { WriteContext } from '../write-meta.js';

export const touchChannels = ['email', 'phone', 'sms', 'whatsapp', 'linkedin'] as const;
export type TouchChannel = (typeof touchChannels)[number];

export interface ComposedMessage {
  channel: TouchChannel;
  subject: string;
  body: string;
  warnings: FieldWarning[];
  recipient: Recipient | null;
  /** mailto:, tel:, https://wa.me/… or the LinkedIn profile; null with `handoffBlocked` saying why. */
  handoffUrl: string | null;
  handoffBlocked: string | null;
}

/**
 * Renders a template (or free text) for one recipient and builds the link that hands it to the recruiter's own
 * mail client, dialler, WhatsApp or LinkedIn. The channel defaults to the candidate's preferred one.
 */
export function composeMessage(
  db: ReadDb,
  input: MergeContext & { templateId?: number | undefined; subject?: string | undefined; body?: string | undefined; channel?: TouchChannel | undefined },
): ComposedMessage {
  const rendered = previewTemplate(db, input);
  const preferred = rendered.recipient?.preferredChannel;
  const channel: TouchChannel =
    input.channel ?? ((touchChannels as readonly string[]).includes(preferred ?? '') ? (preferred as TouchChannel) : 'email');
  const { url, reason } = handoffUrl({
    channel,
    email: rendered.recipient?.email,
    phone: rendered.recipient?.phone,
    linkedinUrl: rendered.recipient?.linkedinUrl,
    subject: rendered.subject,
    body: rendered.body,
  });
  return { channel, subject: rendered.subject, body: rendered.body, warnings: rendered.warnings, recipient: rendered.recipient, handoffUrl: url, handoffBlocked: reason };
}

/** One click after the hand-off: the touch (or an inbound reply) goes on the timeline. */
export function logTouch(
  db: WriteDb,
  input: {
    channel: Channel;
    direction: 'outbound' | 'inbound';
    subject: string;
    body: string;
    outcome: string;
    candidateId: number | null;
    contactId: number | null;
    applicationId: number | null;
    jobId: number | null;
    templateId: number | null;
  },
  now: Date,
  w: WriteContext,
) {
  return logActivity(
    db,
    {
      channel: input.channel,
      direction: input.direction,
      outcome: input.outcome || (input.direction === 'inbound' ? 'replied' : input.templateId !== null ? `template:${input.templateId}` : 'sent'),
      subject: input.subject,
      body: input.body,
      occurredAt: now.toISOString(),
      durationMin: null,
      candidateId: input.candidateId,
      contactId: input.contactId,
      jobId: input.applicationId !== null ? null : input.jobId,
      applicationId: input.applicationId,
      recruiterId: null,
    },
    w,
  );
}

export const statsDimensions = ['channel', 'seniority', 'source', 'pool', 'segment'] as const;
export type StatsDimension = (typeof statsDimensions)[number];

export interface ChannelStat {
  group: string;
  channel: string;
  touches: number;
  replies: number;
  replyRate: number;
}

const GROUP: Record<Exclude<StatsDimension, 'segment'>, string> = {
  channel: `'all'`,
  seniority: `coalesce(c.seniority, 'unknown')`,
  source: `coalesce(nullif(c.source, ''), 'unknown')`,
  pool: `coalesce(p.name, 'not in a pool')`,
};

/**
 * Touches (outbound on a messaging channel), replies (an inbound on the same channel from the same person
 * within `replyWindowDays`) and the reply rate, per channel and per group — so a recruiter sees which channel
 * works for whom. Groups: seniority, source, talent pool, saved segment.
 */
export function channelStats(
  db: WriteDb,
  input: { by: StatsDimension; from?: string | undefined; to?: string | undefined; replyWindowDays: number },
  now: Date,
): ChannelStat[] {
  if (input.by === 'segment') {
    // Segments are live definitions: each one's members now, then the same figures restricted to them.
    const segments = db.prepare('SELECT id, name FROM segments ORDER BY name COLLATE NOCASE LIMIT 50').all() as { id: number; name: string }[];
    return segments.flatMap((seg) => {
      const ids = targetMemberIds(db, { type: 'segment', id: seg.id }, { now });
      if (ids.length === 0) return [];
      return statsQuery(db, { ...input, by: 'channel' }, `a.candidate_id IN (SELECT value FROM json_each(?))`, [JSON.stringify(ids)]).map((r) => ({
        ...r,
        group: seg.name,
      }));
    });
  }
  return statsQuery(db, input as { by: Exclude<StatsDimension, 'segment'>; from?: string | undefined; to?: string | undefined; replyWindowDays: number }, '1', []);
}

function statsQuery(
  db: ReadDb,
  input: { by: Exclude<StatsDimension, 'segment'>; from?: string | undefined; to?: string | undefined; replyWindowDays: number },
  restrict: string,
  restrictParams: unknown[],
): ChannelStat[] {
  const joinPool = input.by === 'pool' ? 'LEFT JOIN talent_pool_members m ON m.candidate_id = a.candidate_id LEFT JOIN talent_pools p ON p.id = m.pool_id' : '';
  const rows = db
    .prepare(
      `SELECT ${GROUP[input.by]} AS grp, a.channel, count(*) AS touches,
         sum(EXISTS (SELECT 1 FROM activities b WHERE b.candidate_id = a.candidate_id AND b.channel = a.channel
               AND b.direction = 'inbound' AND julianday(b.occurred_at) > julianday(a.occurred_at)
               AND julianday(b.occurred_at) <= julianday(a.occurred_at) + ?)) AS replies
       FROM activities a JOIN candidates c ON c.id = a.candidate_id ${joinPool}
       WHERE a.direction = 'outbound' AND a.channel IN ('email','phone','sms','whatsapp','linkedin')
         AND a.occurred_at >= ? AND a.occurred_at <= ? AND ${restrict}
       GROUP BY grp, a.channel ORDER BY grp, touches DESC, a.channel`,
    )
    .all(input.replyWindowDays, input.from ?? '0000', input.to ?? '9999', ...restrictParams) as { grp: string; channel: string; touches: number; replies: number }[];
  return rows.map((r) => ({
    group: r.grp,
    channel: r.channel,
    touches: r.touches,
    replies: r.replies,
    replyRate: r.touches === 0 ? 0 : Math.round((r.replies / r.touches) * 1000) / 1000,
  }));
}
