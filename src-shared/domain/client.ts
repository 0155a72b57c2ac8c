import { z } from 'zod';

const trimmed = (max: number) => z.string().trim().max(max);
// Web pages only: a javascript: or data: address would run or open something else from a link in the app.
const optionalUrl = z.union([z.url({ protocol: /^https?$/, error: 'Enter a web address such as https://example.com' }).max(2000), z.literal('')]);

/** A client company the agency recruits for. */
export const clientInput = z.object({
  name: trimmed(200).min(1, 'Client name is required'),
  industry: trimmed(120).default(''),
  website: optionalUrl.default(''),
  city: trimmed(120).default(''),
  country: trimmed(2).toUpperCase().default(''),
  notes: trimmed(20_000).default(''),
  ownerId: z.number().int().positive().nullable().default(null),
});
export type ClientFields = z.output<typeof clientInput>;

export const client = clientInput.extend({
  id: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Client = z.infer<typeof client>;

export const clientSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  industry: z.string(),
  city: z.string(),
  country: z.string(),
  ownerId: z.number().int().nullable(),
  contactCount: z.number().int(),
  openJobCount: z.number().int(),
  updatedAt: z.string(),
});
export type ClientSummary = z.infer<typeof clientSummary>;

/** A person at a client: hiring manager, head of talent, … */
export const contactInput = z.object({
  clientId: z.number().int().positive(),
  firstName: trimmed(100).min(1, 'First name is required'),
  lastName: trimmed(100).default(''),
  title: trimmed(200).default(''),
  email: z.union([z.email('Not a valid e-mail address').max(320), z.literal('')]).default(''),
  phone: trimmed(40).default(''),
  notes: trimmed(20_000).default(''),
});
export type ContactFields = z.output<typeof contactInput>;

export const contact = contactInput.extend({
  id: z.number().int(),
  clientName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Contact = z.infer<typeof contact>;
