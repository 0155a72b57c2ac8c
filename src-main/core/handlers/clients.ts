import { getClient, getContact, listClients, listContacts } from '../db/repositories/clients.js';
import { defineHandlers } from '../ipc/handlers.js';
import { createClient, createContact, deleteClient, deleteContact, updateClient, updateContact } from '../services/clients.js';
import { writeContext } from './write-context.js';

export const clientHandlers = defineHandlers({
  'clients:create-client': (req, ctx) => createClient(ctx.vault.database(), req, writeContext(ctx)),
  'clients:get-client': (req, ctx) => getClient(ctx.vault.database(), req.id),
  'clients:update-client': (req, ctx) => updateClient(ctx.vault.database(), req.id, req.version, req.patch, writeContext(ctx)),
  'clients:delete-client': (req, ctx) => {
    deleteClient(ctx.vault.database(), req.id, req.version, writeContext(ctx));
    return { id: req.id, deleted: true as const };
  },
  'clients:list-clients': (req, ctx) => listClients(ctx.vault.database(), req),
  'contacts:create-contact': (req, ctx) => createContact(ctx.vault.database(), req, writeContext(ctx)),
  'contacts:get-contact': (req, ctx) => getContact(ctx.vault.database(), req.id),
  'contacts:update-contact': (req, ctx) => updateContact(ctx.vault.database(), req.id, req.version, req.patch, writeContext(ctx)),
  'contacts:delete-contact': (req, ctx) => {
    deleteContact(ctx.vault.database(), req.id, req.version, writeContext(ctx));
    return { id: req.id, deleted: true as const };
  },
  'contacts:list-contacts': (req, ctx) => {
    const db = ctx.vault.database();
    getClient(db, req.clientId);
    return listContacts(db, req.clientId, req.limit, req.offset);
  },
});
