import { z } from 'zod';
import { channel } from '../../domain/candidate.js';
import { fieldWarning, mergeContext, recipient } from './templates.js';

const id = z.number().int().positive();
const touchChannel = z.enum(['email', 'phone', 'sms', 'whatsapp', 'linkedin']);

export const channelStat = z.object({
  group: z.string(),
  channel: z.string(),
  touches: z.number().int(),
  replies: z.number().int(),
  replyRate: z.number(),
});
export type ChannelStatDto = z.infer<typeof channelStat>;

export const outreachContract = {
  /** Renders for the recipient and builds the hand-off link (mailto:, tel:, wa.me, LinkedIn) for the channel. */
  'outreach:compose-message': {
    req: z
      .object({ templateId: id.optional(), subject: z.string().max(1000).optional(), body: z.string().max(50_000).optional(), channel: touchChannel.optional(), ...mergeContext })
      .strict(),
    res: z.object({
      channel: touchChannel,
      subject: z.string(),
      body: z.string(),
      warnings: z.array(fieldWarning),
      recipient: recipient.nullable(),
      handoffUrl: z.string().nullable(),
      handoffBlocked: z.string().nullable(),
    }),
  },
  /** One click after sending (outbound) or when a reply arrives (inbound): the touch goes on the timeline. */
  'outreach:log-touch': {
    req: z
      .object({
        channel,
        direction: z.enum(['outbound', 'inbound']).default('outbound'),
        subject: z.string().trim().max(500).default(''),
        body: z.string().trim().max(100_000).default(''),
        outcome: z.string().trim().max(200).default(''),
        candidateId: id.nullable().default(null),
        contactId: id.nullable().default(null),
        applicationId: id.nullable().default(null),
        jobId: id.nullable().default(null),
        templateId: id.nullable().default(null),
      })
      .strict()
      .refine((t) => t.candidateId !== null || t.contactId !== null, { message: 'Log the touch on a candidate or contact', path: ['candidateId'] }),
    res: z.object({ activityId: z.number().int() }),
  },
  /** Touches, replies and reply rate per channel, overall or per seniority, source, talent pool or saved segment. */
  'outreach:channel-stats': {
    req: z
      .object({
        by: z.enum(['channel', 'seniority', 'source', 'pool', 'segment']).default('channel'),
        from: z.iso.datetime({ offset: true }).optional(),
        to: z.iso.datetime({ offset: true }).optional(),
        replyWindowDays: z.number().int().min(1).max(90).default(14),
      })
      .strict(),
    res: z.object({ items: z.array(channelStat) }),
  },
} as const;
