import { z } from 'zod';

/** Every kind of record the core writes an audit entry for (settings and imports have no id of their own). */
export const auditEntities = [
  'candidate',
  'client',
  'contact',
  'job',
  'application',
  'activity',
  'attachment',
  'merge',
  'reminder',
  'segment',
  'candidate_list',
  'talent_pool',
  'persona',
  'template',
  'settings',
  'import',
] as const;
export const auditEntity = z.enum(auditEntities);
export type AuditEntity = z.infer<typeof auditEntity>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
