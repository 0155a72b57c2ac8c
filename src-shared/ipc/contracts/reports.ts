import { z } from 'zod';
import { kpiFilter } from '../../domain/kpi/dashboard.js';
import { branding, brandingUpdate, pdfFile } from '../../domain/kpi/reports.js';
import { empty } from './common.js';

const progressId = z.string().min(1).max(64).optional();

/** PDFs are made in the core (so the CLI can make them too) and returned as bytes; the host saves them. */
export const reportsContract = {
  'reports:get-branding': { req: empty, res: branding },
  'reports:update-branding': { req: brandingUpdate, res: branding },
  /** KPI report for a period and filter. Reports `job:progress` (kind `report`). */
  'reports:generate-kpi-report': { req: z.object({ filter: kpiFilter, jobId: progressId }).strict(), res: pdfFile },
  /** A candidate profile to send to a client; `anonymize` drops contact details and reduces the name to initials. */
  'reports:generate-candidate-profile': {
    req: z.object({ candidateId: z.number().int().positive(), anonymize: z.boolean().default(false), jobId: progressId }).strict(),
    res: pdfFile,
  },
} as const;
