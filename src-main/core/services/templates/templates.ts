import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../../db/database.js';
import { getSetting } from '../../db/repositories/settings.js';
import { sql } from '../../db/statements.js';
import { inTransaction, recordAudit, type WriteContext } from '../write-meta.js';
import { checkTemplate, renderMessage, type RenderedMessage } from './render.js';

export interface MessageTemplate {
  id: number;
  name: string;
  purpose: string;
  channel: string;
  subject: string;
  body: string;
  builtin: boolean;
  updatedAt: string;
}

interface Row {
  id: number;
  name: string;
  purpose: string;
  channel: string;
  subject: string;
  body: string;
  builtin: number;
  updated_at: string;
}
const toTemplate = (r: Row): MessageTemplate => ({
  id: r.id,
  name: r.name,
  purpose: r.purpose,
  channel: r.channel,
  subject: r.subject,
  body: r.body,
  builtin: r.builtin === 1,
  updatedAt: r.updated_at,
});

export const listTemplates = (db: ReadDb): MessageTemplate[] =>
  (sql(db, 'SELECT * FROM message_templates ORDER BY builtin DESC, name').all() as Row[]).map(toTemplate);

export function getTemplate(db: ReadDb, id: number): MessageTemplate {
  const row = sql(db, 'SELECT * FROM message_templates WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw new CodedError('not_found', `No template with id ${id}`);
  return toTemplate(row);
}

export interface TemplateFields {
  name: string;
  purpose: string;
  channel: string;
  subject: string;
  body: string;
}

export function saveTemplate(db: WriteDb, input: TemplateFields & { id?: number | undefined }, w: WriteContext): MessageTemplate {
  checkTemplate(input.subject, 'subject');
  checkTemplate(input.body, 'body');
  const id = inTransaction(db, () => {
    if (input.id !== undefined) {
      const before = getTemplate(db, input.id);
      sql(db, 'UPDATE message_templates SET name = ?, purpose = ?, channel = ?, subject = ?, body = ?, updated_at = ? WHERE id = ?').run(
        input.name,
        input.purpose,
        input.channel,
        input.subject,
        input.body,
        w.at,
        input.id,
      );
      recordAudit(db, w, 'template', input.id, 'update', before, input);
      return input.id;
    }
    const r = sql(
      db,
      'INSERT INTO message_templates (name, purpose, channel, subject, body, builtin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
    ).run(input.name, input.purpose, input.channel, input.subject, input.body, w.at, w.at);
    const newId = Number(r.lastInsertRowid);
    recordAudit(db, w, 'template', newId, 'create', undefined, input);
    return newId;
  });
  return getTemplate(db, id);
}

export function deleteTemplate(db: WriteDb, id: number, w: WriteContext): void {
  const before = getTemplate(db, id);
  inTransaction(db, () => {
    sql(db, 'DELETE FROM message_templates WHERE id = ?').run(id);
    recordAudit(db, w, 'template', id, 'delete', before);
  });
}

export interface MergeContext {
  candidateId?: number | undefined;
  jobId?: number | undefined;
  applicationId?: number | undefined;
  contactId?: number | undefined;
  interview?: { date?: string | undefined; time?: string | undefined; location?: string | undefined } | undefined;
  feedback?: string | undefined;
}

export interface Recipient {
  candidateId: number | null;
  name: string;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  preferredChannel: string | null;
}

/**
 * The merge data for one recipient: plain objects of strings (and arrays for tags/pools) — never a row
 * object or a class instance, so a template can reach nothing but these values.
 */
export function mergeData(db: ReadDb, ctx: MergeContext): { data: Record<string, unknown>; recipient: Recipient | null } {
  let { candidateId, jobId } = ctx;
  let stage = '';
  if (ctx.applicationId !== undefined) {
    const app = sql(db, 'SELECT a.candidate_id, a.job_id, s.name AS stage FROM applications a JOIN job_stages s ON s.id = a.stage_id WHERE a.id = ?').get(
      ctx.applicationId,
    ) as { candidate_id: number; job_id: number; stage: string } | undefined;
    if (!app) throw new CodedError('not_found', `No application with id ${ctx.applicationId}`, 'applicationId');
    candidateId ??= app.candidate_id;
    jobId ??= app.job_id;
    stage = app.stage;
  }
  const data: Record<string, unknown> = {};
  let recipient: Recipient | null = null;
  let ownerId: number | null = null;
  if (candidateId !== undefined) {
    const c = sql(
      db,
      `SELECT id, first_name, last_name, display_name, current_title, current_company, seniority, city, country, source,
         preferred_channel, owner_id FROM candidates WHERE id = ? AND deleted_at IS NULL`,
    ).get(candidateId) as Record<string, string | number | null> | undefined;
    if (!c) throw new CodedError('not_found', `No candidate with id ${candidateId}`, 'candidateId');
    const email = (sql(db, 'SELECT address FROM candidate_emails WHERE candidate_id = ? ORDER BY is_primary DESC, id LIMIT 1').get(candidateId) as { address: string } | undefined)?.address ?? null;
    const phone = (sql(db, 'SELECT number FROM candidate_phones WHERE candidate_id = ? ORDER BY is_primary DESC, id LIMIT 1').get(candidateId) as { number: string } | undefined)?.number ?? null;
    const linkedin = (sql(db, `SELECT url FROM candidate_links WHERE candidate_id = ? AND kind = 'linkedin' ORDER BY id LIMIT 1`).get(candidateId) as { url: string } | undefined)?.url ?? null;
    const tags = (sql(db, 'SELECT tag FROM candidate_tags WHERE candidate_id = ? ORDER BY tag').all(candidateId) as { tag: string }[]).map((t) => t.tag);
    const pools = (
      sql(db, 'SELECT p.name FROM talent_pool_members m JOIN talent_pools p ON p.id = m.pool_id WHERE m.candidate_id = ? ORDER BY p.name').all(candidateId) as { name: string }[]
    ).map((p) => p.name);
    ownerId = (c.owner_id as number | null) ?? null;
    data.candidate = {
      first_name: String(c.first_name ?? ''),
      last_name: String(c.last_name ?? ''),
      name: String(c.display_name ?? ''),
      title: String(c.current_title ?? ''),
      company: String(c.current_company ?? ''),
      seniority: String(c.seniority ?? ''),
      city: String(c.city ?? ''),
      country: String(c.country ?? ''),
      email: email ?? '',
      phone: phone ?? '',
      linkedin: linkedin ?? '',
      source: String(c.source ?? ''),
      preferred_channel: String(c.preferred_channel ?? ''),
      tags,
      pools,
    };
    recipient = {
      candidateId,
      name: String(c.display_name ?? ''),
      email,
      phone,
      linkedinUrl: linkedin,
      preferredChannel: (c.preferred_channel as string | null) ?? null,
    };
  }
  let contactId = ctx.contactId;
  if (jobId !== undefined) {
    const j = sql(
      db,
      `SELECT j.title, j.city, j.country, j.remote, j.salary_min, j.salary_max, j.salary_currency, j.contact_id, j.owner_id,
         cl.name AS client_name, cl.industry, cl.city AS client_city, cl.website
       FROM jobs j JOIN clients cl ON cl.id = j.client_id WHERE j.id = ?`,
    ).get(jobId) as Record<string, string | number | null> | undefined;
    if (!j) throw new CodedError('not_found', `No job with id ${jobId}`, 'jobId');
    const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
    data.job = {
      title: text(j.title),
      city: text(j.city),
      country: text(j.country),
      remote: text(j.remote),
      salary_min: text(j.salary_min),
      salary_max: text(j.salary_max),
      salary_currency: text(j.salary_currency),
      stage,
    };
    data.client = { name: text(j.client_name), industry: text(j.industry), city: text(j.client_city), website: text(j.website) };
    contactId ??= (j.contact_id as number | null) ?? undefined;
    ownerId ??= (j.owner_id as number | null) ?? null;
  }
  if (contactId !== undefined) {
    const ct = sql(db, 'SELECT first_name, last_name, title, email, phone FROM contacts WHERE id = ?').get(contactId) as Record<string, string> | undefined;
    if (ct) {
      data.contact = { first_name: ct.first_name, last_name: ct.last_name, name: `${ct.first_name} ${ct.last_name}`.trim(), title: ct.title, email: ct.email };
      if (recipient === null) {
        recipient = { candidateId: null, name: `${ct.first_name} ${ct.last_name}`.trim(), email: ct.email || null, phone: ct.phone || null, linkedinUrl: null, preferredChannel: null };
      }
    }
  }
  const recruiter = (
    ownerId !== null
      ? sql(db, 'SELECT name, email FROM recruiters WHERE id = ?').get(ownerId)
      : sql(db, 'SELECT name, email FROM recruiters WHERE active = 1 ORDER BY id LIMIT 1').get()
  ) as { name: string; email: string } | undefined;
  data.recruiter = { name: recruiter?.name ?? '', email: recruiter?.email ?? '', agency: getSetting<string>(db, 'agency.name', '') };
  data.interview = { date: ctx.interview?.date ?? '', time: ctx.interview?.time ?? '', location: ctx.interview?.location ?? '' };
  data.feedback = { text: ctx.feedback ?? '' };
  return { data, recipient };
}

export function previewTemplate(
  db: ReadDb,
  input: MergeContext & { templateId?: number | undefined; subject?: string | undefined; body?: string | undefined },
): RenderedMessage & { recipient: Recipient | null } {
  const t = input.templateId !== undefined ? getTemplate(db, input.templateId) : null;
  const subject = input.subject ?? t?.subject ?? '';
  const body = input.body ?? t?.body ?? '';
  const { data, recipient } = mergeData(db, input);
  return { ...renderMessage(subject, body, data), recipient };
}
