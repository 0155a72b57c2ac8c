import type { Client, ClientFields, ClientSummary, Contact, ContactFields } from '../../../../src-shared/domain/client.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../database.js';
import { sql } from '../statements.js';

interface ClientRow {
  id: number;
  name: string;
  industry: string;
  website: string;
  city: string;
  country: string;
  notes: string;
  owner_id: number | null;
  created_at: string;
  updated_at: string;
  version: number;
}

const toClient = (r: ClientRow): Client => ({
  id: r.id,
  name: r.name,
  industry: r.industry,
  website: r.website,
  city: r.city,
  country: r.country,
  notes: r.notes,
  ownerId: r.owner_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export function getClient(db: ReadDb, id: number): Client {
  const row = sql(db, 'SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  if (!row) throw new CodedError('not_found', `No client with id ${id}`);
  return toClient(row);
}

export function insertClient(db: WriteDb, c: ClientFields, at: string): number {
  return Number(
    sql(
      db,
      `INSERT INTO clients (name, industry, website, city, country, notes, owner_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(c.name, c.industry, c.website, c.city, c.country, c.notes, c.ownerId, at, at).lastInsertRowid,
  );
}

/** Writes the whole record guarded by version; returns false when the version is stale or the row gone. */
export function writeClient(db: WriteDb, id: number, version: number, c: ClientFields, at: string): boolean {
  return (
    sql(
      db,
      `UPDATE clients SET name = ?, industry = ?, website = ?, city = ?, country = ?, notes = ?, owner_id = ?,
         updated_at = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    ).run(c.name, c.industry, c.website, c.city, c.country, c.notes, c.ownerId, at, id, version).changes > 0
  );
}

export function listClients(
  db: ReadDb,
  q: { limit: number; offset: number; nameContains?: string | undefined; ownerId?: number | undefined; sort: 'name' | 'updated' },
): { items: ClientSummary[]; total: number } {
  const where: string[] = ['1'];
  const params: (string | number)[] = [];
  if (q.nameContains !== undefined) {
    // LIKE is case-insensitive for ASCII; escape its wildcards so "50%" means the text "50%".
    where.push(`k.name LIKE ? ESCAPE '\\'`);
    params.push(`%${q.nameContains.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
  }
  if (q.ownerId !== undefined) {
    where.push('k.owner_id = ?');
    params.push(q.ownerId);
  }
  const whereSql = where.join(' AND ');
  const order = q.sort === 'name' ? 'k.name COLLATE NOCASE, k.id' : 'k.updated_at DESC, k.id DESC';
  const total = (sql(db, `SELECT count(*) AS n FROM clients k WHERE ${whereSql}`).get(...params) as { n: number }).n;
  const rows = sql(
    db,
    `SELECT k.id, k.name, k.industry, k.city, k.country, k.owner_id, k.updated_at,
            (SELECT count(*) FROM contacts c WHERE c.client_id = k.id) AS contact_count,
            (SELECT count(*) FROM jobs j WHERE j.client_id = k.id AND j.status IN ('open', 'on_hold')) AS open_job_count
     FROM clients k WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(...params, q.limit, q.offset) as (Omit<ClientRow, 'website' | 'notes' | 'created_at' | 'version'> & {
    contact_count: number;
    open_job_count: number;
  })[];
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      industry: r.industry,
      city: r.city,
      country: r.country,
      ownerId: r.owner_id,
      contactCount: r.contact_count,
      openJobCount: r.open_job_count,
      updatedAt: r.updated_at,
    })),
  };
}

interface ContactRow {
  id: number;
  client_id: number;
  client_name: string;
  first_name: string;
  last_name: string;
  title: string;
  email: string;
  phone: string;
  notes: string;
  created_at: string;
  updated_at: string;
  version: number;
}

const toContact = (r: ContactRow): Contact => ({
  id: r.id,
  clientId: r.client_id,
  clientName: r.client_name,
  firstName: r.first_name,
  lastName: r.last_name,
  title: r.title,
  email: r.email,
  phone: r.phone,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

const CONTACT_SELECT = 'SELECT c.*, k.name AS client_name FROM contacts c JOIN clients k ON k.id = c.client_id';

export function getContact(db: ReadDb, id: number): Contact {
  const row = sql(db, `${CONTACT_SELECT} WHERE c.id = ?`).get(id) as ContactRow | undefined;
  if (!row) throw new CodedError('not_found', `No contact with id ${id}`);
  return toContact(row);
}

export function insertContact(db: WriteDb, c: ContactFields, at: string): number {
  return Number(
    sql(
      db,
      `INSERT INTO contacts (client_id, first_name, last_name, title, email, phone, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(c.clientId, c.firstName, c.lastName, c.title, c.email, c.phone, c.notes, at, at).lastInsertRowid,
  );
}

export function writeContact(db: WriteDb, id: number, version: number, c: Omit<ContactFields, 'clientId'>, at: string): boolean {
  return (
    sql(
      db,
      `UPDATE contacts SET first_name = ?, last_name = ?, title = ?, email = ?, phone = ?, notes = ?, updated_at = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    ).run(c.firstName, c.lastName, c.title, c.email, c.phone, c.notes, at, id, version).changes > 0
  );
}

export function listContacts(db: ReadDb, clientId: number, limit: number, offset: number): { items: Contact[]; total: number } {
  const total = (sql(db, 'SELECT count(*) AS n FROM contacts WHERE client_id = ?').get(clientId) as { n: number }).n;
  const rows = sql(db, `${CONTACT_SELECT} WHERE c.client_id = ? ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id LIMIT ? OFFSET ?`).all(
    clientId,
    limit,
    offset,
  ) as ContactRow[];
  return { total, items: rows.map(toContact) };
}
