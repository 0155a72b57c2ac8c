import { z } from 'zod';
import { auditEntity, auditEntry } from '../../domain/audit.js';

export const auditContract = {
  /**
   * Newest first: who changed what, with the record before and after. Without `entityId`, every entry of that
   * kind (settings and imports have no id of their own).
   */
  'audit:list-entries': {
    req: z
      .object({
        entity: auditEntity,
        entityId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    res: z.object({ items: z.array(auditEntry), total: z.number().int() }),
  },
} as const;
