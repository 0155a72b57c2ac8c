import { z } from 'zod';
import { client, clientInput, clientSummary, contact, contactInput } from '../../domain/client.js';
import { patchSchema } from '../../domain/patch.js';
import { idRequest } from './common.js';

const id = z.number().int().positive();
const version = z.number().int().positive();

export const clientPatch = patchSchema(clientInput.shape);
export const contactPatch = patchSchema(contactInput.omit({ clientId: true }).shape);

const page = { limit: z.number().int().min(1).max(500).default(50), offset: z.number().int().min(0).default(0) };

export const clientsContract = {
  'clients:create-client': { req: clientInput.strict(), res: client },
  'clients:get-client': { req: idRequest, res: client },
  'clients:update-client': { req: z.object({ id, version, patch: clientPatch }).strict(), res: client },
  /** Refused (`conflict`) while the client has jobs: close them instead, the history matters. */
  'clients:delete-client': { req: z.object({ id, version }).strict(), res: z.object({ id: z.number().int(), deleted: z.literal(true) }) },
  'clients:list-clients': {
    req: z
      .object({
        ...page,
        /** Case- and accent-insensitive "name starts with / contains". */
        nameContains: z.string().trim().min(1).max(200).optional(),
        ownerId: id.optional(),
        sort: z.enum(['name', 'updated']).default('name'),
      })
      .strict(),
    res: z.object({ items: z.array(clientSummary), total: z.number().int() }),
  },
  'contacts:create-contact': { req: contactInput.strict(), res: contact },
  'contacts:get-contact': { req: idRequest, res: contact },
  'contacts:update-contact': { req: z.object({ id, version, patch: contactPatch }).strict(), res: contact },
  /** Also deletes the contact's own timeline entries (the schema cascades them). */
  'contacts:delete-contact': { req: z.object({ id, version }).strict(), res: z.object({ id: z.number().int(), deleted: z.literal(true) }) },
  'contacts:list-contacts': {
    req: z.object({ clientId: id, ...page }).strict(),
    res: z.object({ items: z.array(contact), total: z.number().int() }),
  },
} as const;
