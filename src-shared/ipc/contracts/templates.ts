import { z } from 'zod';
import { idRequest } from './common.js';

const id = z.number().int().positive();
export const templatePurpose = z.enum(['interview-invitation', 'status-update', 'rejection', 'interview-follow-up', 'check-in', 'offer', 'custom']);
export const messageChannel = z.enum(['email', 'sms', 'whatsapp', 'linkedin', 'phone']);

export const messageTemplate = z.object({
  id: z.number().int(),
  name: z.string(),
  purpose: z.string(),
  channel: z.string(),
  subject: z.string(),
  body: z.string(),
  builtin: z.boolean(),
  updatedAt: z.string(),
});
export type MessageTemplateDto = z.infer<typeof messageTemplate>;

export const fieldWarning = z.object({ path: z.string(), kind: z.enum(['empty', 'unknown']), message: z.string() });
export const recipient = z.object({
  candidateId: z.number().int().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  preferredChannel: z.string().nullable(),
});

/** Who and what a message is about: fills the merge fields. */
export const mergeContext = {
  candidateId: id.optional(),
  jobId: id.optional(),
  applicationId: id.optional(),
  contactId: id.optional(),
  interview: z
    .object({ date: z.string().max(100).optional(), time: z.string().max(100).optional(), location: z.string().max(300).optional() })
    .strict()
    .optional(),
  feedback: z.string().max(5000).optional(),
};

export const templatesContract = {
  'templates:list-templates': { req: z.object({}).strict(), res: z.object({ items: z.array(messageTemplate) }) },
  'templates:get-template': { req: idRequest, res: messageTemplate },
  /** Create (no id) or update; the Liquid syntax is checked before saving. */
  'templates:save-template': {
    req: z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1).max(200),
        purpose: templatePurpose.default('custom'),
        channel: messageChannel.default('email'),
        subject: z.string().max(1000).default(''),
        body: z.string().min(1).max(50_000),
      })
      .strict(),
    res: messageTemplate,
  },
  'templates:delete-template': { req: idRequest, res: z.object({ deleted: z.literal(true) }) },
  /** Renders a saved template (or draft text) against a real candidate/job, with warnings for empty fields. */
  'templates:preview-template': {
    req: z
      .object({ templateId: id.optional(), subject: z.string().max(1000).optional(), body: z.string().max(50_000).optional(), ...mergeContext })
      .strict(),
    res: z.object({ subject: z.string(), body: z.string(), warnings: z.array(fieldWarning), recipient: recipient.nullable() }),
  },
} as const;
