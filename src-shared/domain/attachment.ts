import { z } from 'zod';

/** Attachments live inside the encrypted vault; 25 MiB keeps one IPC message and one row reasonable. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export const attachmentKinds = ['resume', 'document'] as const;

export const attachmentInput = z
  .object({
    candidateId: z.number().int().positive(),
    filename: z
      .string()
      .trim()
      .min(1, 'File name is required')
      .max(255)
      .refine((n) => !/[/\\\0]/.test(n), 'A file name, not a path'),
    mime: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/, 'Not a MIME type (e.g. application/pdf)'),
    kind: z.enum(attachmentKinds).default('document'),
    contentBase64: z
      .base64('Content must be base64')
      .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4, `Attachments are limited to ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB`),
    /** Extracted plain text for search; text/* files are read as UTF-8 when this is omitted. */
    text: z.string().max(2_000_000).optional(),
  })
  .strict();
export type AttachmentFields = z.output<typeof attachmentInput>;

export const attachmentMeta = z.object({
  id: z.number().int(),
  candidateId: z.number().int().nullable(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  kind: z.enum(attachmentKinds),
  hasText: z.boolean(),
  createdAt: z.string(),
});
export type AttachmentMeta = z.infer<typeof attachmentMeta>;
