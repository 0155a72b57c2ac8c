import type { Client, ClientFields, Contact, ContactFields } from '../../../src-shared/domain/client.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { WriteDb } from '../db/database.js';
import { getClient, getContact, insertClient, insertContact, writeClient, writeContact } from '../db/repositories/clients.js';
import { sql } from '../db/statements.js';
import { inTransaction, recordAudit, requireRow, staleOrMissing, type WriteContext } from './write-meta.js';

const defined = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;

export function createClient(db: WriteDb, fields: ClientFields, w: WriteContext): Client {
  requireRow(db, 'recruiter', fields.ownerId, 'ownerId');
  const id = inTransaction(db, () => {
    const newId = insertClient(db, fields, w.at);
    recordAudit(db, w, 'client', newId, 'create', undefined, getClient(db, newId));
    return newId;
  });
  return getClient(db, id);
}

export function updateClient(db: WriteDb, id: number, version: number, patch: Partial<ClientFields>, w: WriteContext): Client {
  requireRow(db, 'recruiter', patch.ownerId, 'patch.ownerId');
  inTransaction(db, () => {
    const before = getClient(db, id);
    if (!writeClient(db, id, version, { ...before, ...defined(patch) }, w.at)) throw staleOrMissing(db, 'client', id, version);
    recordAudit(db, w, 'client', id, 'update', before, getClient(db, id));
  });
  return getClient(db, id);
}

/** Jobs keep a client's placement history, so a client with jobs cannot be deleted (close the jobs instead). */
export function deleteClient(db: WriteDb, id: number, version: number, w: WriteContext): void {
  inTransaction(db, () => {
    const before = getClient(db, id);
    if (before.version !== version) throw staleOrMissing(db, 'client', id, version);
    const jobs = (sql(db, 'SELECT count(*) AS n FROM jobs WHERE client_id = ?').get(id) as { n: number }).n;
    if (jobs > 0) {
      throw new CodedError('conflict', `${before.name} has ${jobs} job${jobs === 1 ? '' : 's'}; close or delete them before deleting the client`);
    }
    const contacts = sql(db, 'SELECT id FROM contacts WHERE client_id = ?').all(id) as { id: number }[];
    for (const c of contacts) detachSharedActivities(db, c.id);
    sql(db, 'DELETE FROM clients WHERE id = ?').run(id);
    recordAudit(db, w, 'client', id, 'delete', { ...before, contactIds: contacts.map((c) => c.id) }, undefined);
  });
}

export function createContact(db: WriteDb, fields: ContactFields, w: WriteContext): Contact {
  requireRow(db, 'client', fields.clientId, 'clientId');
  const id = inTransaction(db, () => {
    const newId = insertContact(db, fields, w.at);
    recordAudit(db, w, 'contact', newId, 'create', undefined, getContact(db, newId));
    return newId;
  });
  return getContact(db, id);
}

export function updateContact(db: WriteDb, id: number, version: number, patch: Partial<Omit<ContactFields, 'clientId'>>, w: WriteContext): Contact {
  inTransaction(db, () => {
    const before = getContact(db, id);
    if (!writeContact(db, id, version, { ...before, ...defined(patch) }, w.at)) throw staleOrMissing(db, 'contact', id, version);
    recordAudit(db, w, 'contact', id, 'update', before, getContact(db, id));
  });
  return getContact(db, id);
}

export function deleteContact(db: WriteDb, id: number, version: number, w: WriteContext): void {
  inTransaction(db, () => {
    const before = getContact(db, id);
    if (before.version !== version) throw staleOrMissing(db, 'contact', id, version);
    detachSharedActivities(db, id);
    sql(db, 'DELETE FROM contacts WHERE id = ?').run(id);
    recordAudit(db, w, 'contact', id, 'delete', before, undefined);
  });
}

/**
 * The schema cascades a contact's activities on delete. Entries that also belong to a candidate, job or
 * application are part of their timelines too, so they are unlinked from the contact instead of lost.
 */
function detachSharedActivities(db: WriteDb, contactId: number): void {
  sql(
    db,
    `UPDATE activities SET contact_id = NULL
     WHERE contact_id = ? AND (candidate_id IS NOT NULL OR job_id IS NOT NULL OR application_id IS NOT NULL)`,
  ).run(contactId);
}
